package io.dvmaven.model.parse.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.DesignLoader;
import io.dvmaven.model.DesignResult;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.naming.NamingConventions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnavailableEntitiesTest {

    @TempDir
    Path project;

    @Test
    void aReferenceToAnEntityWhoseFileDidNotParseSaysSoInsteadOfUnknownEntity() throws Exception {
        Path specs = Files.createDirectories(project.resolve("specs"));
        Files.writeString(specs.resolve("member.yml"), "entity:\n  name: member\nhub: [unclosed\n");
        Files.writeString(specs.resolve("claim.yml"), """
                entity:
                  name: claim
                hub:
                  business_key: [claim_id]
                  sources: [claims_system]
                links:
                  - name: claim_member
                    related_hub: member
                    sources: [claims_system]
                    related_keys:
                      claims_system: {member: member_ref}
                source_mappings:
                  claims_system:
                    schema: raw
                    table: claims
                    key_field: claim_no
                """);

        DesignResult result = DesignLoader.load(project, specs, NamingConventions.defaults());

        assertThat(result.diagnostics()).extracting(Diagnostic::code).doesNotContain("spec.unknown-hub")
                .contains("spec.syntax");
        assertThat(result.diagnostics()).filteredOn(d -> d.location().file().equals("specs/claim.yml"))
                .isNotEmpty().allSatisfy(d -> {
                    assertThat(d.code()).isEqualTo("spec.unavailable-entity");
                    assertThat(d.message()).contains("'member', which is unavailable")
                            .contains("specs/member.yml could not be read");
                    assertThat(d.fix()).contains("fix the error reported in specs/member.yml");
                });
    }
}
