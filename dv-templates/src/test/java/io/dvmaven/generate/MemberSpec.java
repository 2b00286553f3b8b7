package io.dvmaven.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The smallest valid design: one hub, one source. */
final class MemberSpec {

    private MemberSpec() {
    }

    /** Writes {@code specs/member.yml} into {@code project} and returns the spec folder. */
    static Path write(Path project) throws IOException {
        Path specs = Files.createDirectories(project.resolve("specs"));
        Files.writeString(specs.resolve("member.yml"), """
                entity:
                  name: member
                hub:
                  business_key: [member_id]
                  sources: [crm]
                source_mappings:
                  crm:
                    schema: raw
                    table: members
                    key_field: id
                """);
        return specs;
    }
}
