package io.dvmaven.model.mermaid;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.DesignResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of diagram mistake is reported at its line and column, with a fix, and nothing resolves. */
class MermaidErrorsTest {

    /** A valid diagram; tests replace one line. Line numbers are those of the file. */
    private static final String BASE = """
            erDiagram
                %% dv:source member legacy schema=raw_legacy table=member key_field=member_id
                h_member {
                    binary member_hk PK
                    varchar member_bk
                }
                s_member_demographics_legacy {
                    binary member_hk FK
                    varchar first_name "Given name"
                }
                h_member ||--o{ s_member_demographics_legacy : "has"
            """;

    @TempDir
    Path project;

    private DesignResult load(String diagram) {
        Designs.write(project, "specs/member.mmd", diagram);
        return Designs.load(project);
    }

    private static String replaceLine(int line, String text) {
        String[] lines = BASE.split("\n", -1);
        lines[line - 1] = text;
        return String.join("\n", lines);
    }

    private java.util.List<String> errors(String diagram) {
        DesignResult result = load(diagram);
        assertThat(result.vault()).isNull();
        return Designs.formatted(result);
    }

    @Test
    void baseDiagramIsValid() {
        DesignResult result = load(BASE);

        assertThat(Designs.formatted(result)).isEmpty();
        assertThat(result.vault().satellites()).extracting(s -> s.model() + ":" + s.payload())
                .containsExactly("s_member_demographics_legacy:[Attribute[name=first_name, description=Given name, "
                        + "sourceColumn=first_name]]");
    }

    @Test
    void otherDiagramType() {
        assertThat(errors("%% a flowchart\nflowchart LR\n    a --> b\n")).containsExactly(
                "specs/member.mmd:2:1: expected erDiagram, found 'flowchart' (start the diagram with a line "
                        + "'erDiagram' (only entity-relationship diagrams describe a vault))");
    }

    @Test
    void unreadableLine() {
        assertThat(errors(replaceLine(11, "    h_member has s_member_demographics_legacy"))).containsExactly(
                "specs/member.mmd:11:5: cannot read this line as an entity, attribute or relationship (write "
                        + "'<name> {', 'type name [PK|FK|UK] [\"comment\"]', 'a ||--o{ b : \"label\"' or a '%%' "
                        + "comment)");
    }

    @Test
    void unknownCardinality() {
        assertThat(errors(replaceLine(11, "    h_member ||--o< s_member_demographics_legacy : has"))).containsExactly(
                "specs/member.mmd:11:14: unknown relationship '||--o<' (write <left><line><right> with left one of "
                        + "|o || }o }|, line -- or .., right one of o| || o{ |{, e.g. ||--o{)");
    }

    @Test
    void relationshipWithoutLabel() {
        assertThat(errors(replaceLine(11, "    h_member ||--o{ s_member_demographics_legacy"))).containsExactly(
                "specs/member.mmd:11:49: relationship between 'h_member' and 's_member_demographics_legacy' has "
                        + "no label (add ': \"has\"' after 's_member_demographics_legacy')");
    }

    @Test
    void unknownKeyMarker() {
        assertThat(errors(replaceLine(4, "        binary member_hk PKK"))).containsExactly(
                "specs/member.mmd:4:26: unknown key marker 'PKK' on attribute 'member_hk' (use PK, FK or UK "
                        + "(comma separated), and put a comment in double quotes)");
    }

    @Test
    void attributeWithoutName() {
        assertThat(errors(replaceLine(9, "        varchar"))).containsExactly(
                "specs/member.mmd:9:9: attribute needs a type and a name, found 'varchar' (write 'type name', "
                        + "e.g. 'varchar varchar')");
    }

    @Test
    void unclosedComment() {
        assertThat(errors(replaceLine(9, "        varchar first_name \"Given name"))).containsExactly(
                "specs/member.mmd:9:28: comment is missing its closing '\"' (end the comment with '\"')");
    }

    @Test
    void unclosedEntity() {
        String diagram = BASE.replace("        varchar first_name \"Given name\"\n    }\n",
                "        varchar first_name \"Given name\"\n");
        assertThat(errors(diagram)).containsExactly(
                "specs/member.mmd:7:5: entity 's_member_demographics_legacy' is not closed (add a line '}' after "
                        + "its last attribute)");
    }

    @Test
    void unknownTableRole() {
        String diagram = BASE + "    x_member {\n        varchar note\n    }\n";
        assertThat(errors(diagram)).containsExactly(
                "specs/member.mmd:12:5: table 'x_member' is not a hub (h_{entity}), link (l_{link}) or satellite "
                        + "(s_{entity}_{group}_{source}) (rename it after the naming conventions, e.g. 'h_x_member')");
    }

    @Test
    void satelliteWithoutItsHub() {
        String diagram = BASE + "    s_membr_contact_legacy {\n        binary membr_hk FK\n        varchar email\n"
                + "    }\n";
        assertThat(errors(diagram)).containsExactly(
                "specs/member.mmd:12:5: satellite table 's_membr_contact_legacy' belongs to entity 'membr', which "
                        + "has no hub (add a table h_membr to the diagram or a spec for entity membr, or did you "
                        + "mean 'member'?)");
    }

    @Test
    void linkForeignKeyToMissingHub() {
        String diagram = BASE + "    l_member_provider {\n        binary member_provider_hk PK\n"
                + "        binary member_hk FK\n        binary provider_hk FK\n    }\n";
        assertThat(errors(diagram)).containsExactly(
                "specs/member.mmd:12:5: link table 'l_member_provider' relates only hub h_member (add an FK column "
                        + "<entity>_hk for every hub it relates (at least two))",
                "specs/member.mmd:15:16: link table 'l_member_provider' refers to hub h_provider through "
                        + "provider_hk, but no diagram or spec defines entity 'provider' (add a table h_provider to "
                        + "the diagram or a spec for entity provider)");
    }

    @Test
    void unknownDirective() {
        assertThat(errors(replaceLine(2, "    %% dv:sorce member legacy schema=raw_legacy table=member "
                + "key_field=member_id"))).containsExactly(
                "specs/member.mmd:2:8: unknown directive 'dv:sorce' (did you mean 'dv:source'?)",
                "specs/member.mmd:3:5: hub h_member has no source system (add %% dv:source member <source> "
                        + "schema=<schema> table=<table> key_field=<column>)",
                "specs/member.mmd:7:5: source 'legacy' of satellite 'demographics' has no source mapping (add "
                        + "%% dv:source member legacy schema=<schema> table=<table> key_field=<column>)");
    }

    @Test
    void directiveWithoutRequiredOptionAndWithUnknownOne() {
        assertThat(errors(replaceLine(2, "    %% dv:source member legacy schema=raw_legacy tabel=member")))
                .contains(
                        "specs/member.mmd:2:8: dv:source needs option key_field (write %% dv:source <entity> "
                                + "<source> schema=<schema> table=<table> key_field=<column>)",
                        "specs/member.mmd:2:8: dv:source needs option table (write %% dv:source <entity> "
                                + "<source> schema=<schema> table=<table> key_field=<column>)",
                        "specs/member.mmd:2:50: unknown option 'tabel' in dv:source (did you mean 'table'?)");
    }

    @Test
    void directiveWithUnclosedQuote() {
        assertThat(errors(replaceLine(2, "    %% dv:source member legacy schema=raw_legacy table=member "
                + "key_field=member_id description=\"open"))).first().isEqualTo(
                "specs/member.mmd:2:95: directive value is missing its closing '\"' (end the value with '\"' "
                        + "(write \\\" for a quote inside it))");
    }

    @Test
    void hubColumnThatIsNotAKey() {
        assertThat(errors(replaceLine(5, "        varchar member_bk\n        varchar first_name"))).containsExactly(
                "specs/member.mmd:6:17: column 'first_name' of hub h_member is not its hash key, business key, "
                        + "record source or load timestamp (move it to a satellite table "
                        + "s_member_<group>_<source> (business key columns are named member_bk))");
    }

    @Test
    void relationshipBetweenTwoHubs() {
        String diagram = BASE.replace("    h_member ||--o{", "    h_coverage {\n        varchar coverage_bk\n    }\n"
                + "    %% dv:source coverage legacy schema=raw_legacy table=coverage key_field=coverage_id\n"
                + "    h_member }o--o{ h_coverage : \"holds\"\n    h_member ||--o{");
        assertThat(errors(diagram)).containsExactly(
                "specs/member.mmd:15:5: relationship between 'h_member' and 'h_coverage' has no Data Vault meaning "
                        + "(connect a hub to its satellites and links; relate two hubs through a link table "
                        + "l_<link>)");
    }

    @Test
    void satelliteSourceWithoutMappingIsNamedAtTheTable() {
        String diagram = BASE + "    s_member_contact_crm {\n        binary member_hk FK\n        varchar email\n"
                + "    }\n";
        assertThat(errors(diagram)).containsExactly(
                "specs/member.mmd:12:5: source 'crm' of satellite 'contact' has no source mapping (add %% dv:source "
                        + "member crm schema=<schema> table=<table> key_field=<column>)");
    }

    @Test
    void groupAndSourceThatCannotBeToldApart() {
        String diagram = BASE.replace("s_member_demographics_legacy", "s_member_demographics_legacy_db")
                .replace("%% dv:source member legacy ", "%% dv:source member legacy_db ")
                + "    %% dv:source member db schema=raw_legacy table=member2 key_field=member_id\n";
        assertThat(errors(diagram)).containsExactly(
                "specs/member.mmd:7:5: cannot tell attribute group and source apart in satellite table "
                        + "'s_member_demographics_legacy_db' (group demographics + source legacy_db or group "
                        + "demographics_legacy + source db) (declare its source with %% dv:source member <source> "
                        + "schema=<schema> table=<table> key_field=<column>)");
    }

    @Test
    void satelliteTablesOfOneGroupWithDifferentAttributes() {
        String diagram = BASE + "    %% dv:source member crm schema=raw_crm table=member key_field=member_id\n"
                + "    s_member_demographics_crm {\n        binary member_hk FK\n        varchar last_name\n    }\n";
        assertThat(errors(diagram)).containsExactly(
                "specs/member.mmd:13:5: satellite table 's_member_demographics_crm' has attributes [last_name] but "
                        + "'s_member_demographics_legacy' of the same group has [first_name] (give every source's "
                        + "table of group demographics the same attributes, or name the groups differently)");
    }

    @Test
    void markdownBlockErrorsCarryTheMarkdownLineNumbers() {
        Designs.write(project, "specs/README.md", "# Notes\n\nNo diagram here.\n");
        Designs.write(project, "specs/member.md", "# Member\n\nText.\n\n```mermaid\n"
                + replaceLine(4, "        binary member_hk PKK") + "```\n");
        DesignResult result = Designs.load(project);

        assertThat(Designs.formatted(result)).containsExactly(
                "specs/member.md:9:26: unknown key marker 'PKK' on attribute 'member_hk' (use PK, FK or UK "
                        + "(comma separated), and put a comment in double quotes)");
        assertThat(result.specFiles()).containsExactly("specs/member.md");
    }

    @Test
    void yamlSpecCompletingTheDiagramMustAgreeWithIt() {
        Designs.write(project, "specs/member.yml", """
                entity:
                  name: member
                satellites:
                  - name: demographics
                    attributes: [last_name]
                    sources: [legacy]
                source_mappings:
                  legacy:
                    schema: raw_legacy
                    table: member
                    key_field: member_id
                """);
        assertThat(errors(BASE.replace("    %% dv:source member legacy schema=raw_legacy table=member "
                + "key_field=member_id\n", ""))).containsExactly(
                "specs/member.mmd:6:5: attributes of satellite 'demographics' of entity 'member' is [first_name] in "
                        + "the diagram but [last_name] at specs/member.yml:4:5 (give it in one place only, or make "
                        + "both the same)");
    }
}
