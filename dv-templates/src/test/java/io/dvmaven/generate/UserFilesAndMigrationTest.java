package io.dvmaven.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dvmaven.model.DvLog;
import io.dvmaven.model.vault.SpecRef;
import io.dvmaven.templates.GeneratedHeader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Business-rule tests are written once and then belong to the person who completes them; the folder-wide
 * schema.yml and sources.yml of earlier versions are removed when unchanged and protected when edited.
 */
class UserFilesAndMigrationTest {

    private static final String RULE_TEST = "tests/business_rules/member_one_active_member.sql";

    @TempDir
    Path project;

    @Test
    void aBusinessRuleTestIsWrittenOnceThenNeverRegeneratedOrFlaggedAndListedWhileToDo() throws Exception {
        writeSpecWithRule("Only one active member per id");
        GenerateResult first = generate();
        assertThat(first.written()).contains(RULE_TEST);
        assertThat(first.plan().todo()).extracting(UserFile::path).containsExactly(RULE_TEST);
        Path test = project.resolve(RULE_TEST);
        String scaffold = Files.readString(test);
        assertThat(scaffold).contains(UserFile.TODO_MARKER).doesNotContain(GeneratedHeader.MARKER);

        // the person completes the rule: enabled=false goes, a condition comes
        String completed = scaffold.replace("{{ config(enabled=false, severity='error') }}",
                "{{ config(severity='error') }}").replace("where false", "where member_bk is null");
        Files.writeString(test, completed);
        // and the rule's wording in the spec changes: the completed test stays as it is
        writeSpecWithRule("At most one active member per id");
        GenerateResult second = generate();
        assertThat(second.written()).doesNotContain(RULE_TEST);
        assertThat(second.plan().conflicts()).isEmpty();
        assertThat(second.plan().todo()).isEmpty();
        assertThat(second.plan().userFiles()).extracting(UserFile::path, UserFile::todo)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RULE_TEST, false));
        assertThat(Files.readString(test)).isEqualTo(completed);
        assertThat(new DvGenerator().plan(GenerateRequest.defaults(project)).drift()).isEmpty();
        assertThat(Files.readString(project.resolve("target/dv/generation-report.md")))
                .contains("## Files to complete", "`" + RULE_TEST + "`: done");

        // without the rule in the spec the file is still the person's: never removed
        MemberSpec.write(project);
        GenerateResult third = generate();
        assertThat(third.removed()).doesNotContain(RULE_TEST);
        assertThat(test).exists();
    }

    @Test
    void anUnchangedFolderWideSchemaFileOfAnEarlierVersionIsRemoved() throws Exception {
        MemberSpec.write(project);
        Path legacy = writeLegacySchema("models/integration/hubs/schema.yml");
        GenerateResult result = generate();
        assertThat(result.removed()).contains("models/integration/hubs/schema.yml");
        assertThat(legacy).doesNotExist();
        assertThat(project.resolve("models/integration/hubs/h_member.yml")).exists();
    }

    @Test
    void anEditedFolderWideSchemaFileOfAnEarlierVersionIsProtectedWithWhatToDo() throws Exception {
        MemberSpec.write(project);
        Path legacy = writeLegacySchema("models/staging/crm/sources.yml");
        String edited = Files.readString(legacy) + "# a column note added by hand\n";
        Files.writeString(legacy, edited);
        assertThatThrownBy(this::generate).isInstanceOfSatisfying(FileConflictException.class,
                e -> assertThat(e.conflicts()).extracting(PlannedFile::path, PlannedFile::detail).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("models/staging/crm/sources.yml",
                                StaleFiles.EDITED_FOLDER_WIDE)));
        assertThat(Files.readString(legacy)).isEqualTo(edited);
    }

    /** A folder-wide file as version 0.1.0 wrote it (spec hashes in its header, every model in one file). */
    private Path writeLegacySchema(String relative) throws Exception {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, GeneratedHeader.compose(relative, "0.1.0", List.of("member"), List.of("crm"),
                List.of(new SpecRef("specs/member.yml", "ab".repeat(32))), null,
                "version: 2\n\nmodels:\n  - name: h_member\n    description: \"Member hub\"\n"));
        return file;
    }

    private void writeSpecWithRule(String description) throws Exception {
        MemberSpec.write(project);
        Files.writeString(project.resolve("specs/member.yml"), Files.readString(project.resolve("specs/member.yml"))
                + """
                business_rules:
                  - name: one_active_member
                    description: "%s"
                """.formatted(description));
    }

    private GenerateResult generate() throws Exception {
        return new DvGenerator().generate(GenerateRequest.defaults(project), DvLog.silent());
    }
}
