package io.dvmaven.plugin.faults;

import io.dvmaven.draft.ApiKey;
import io.dvmaven.draft.ChatSettings;
import io.dvmaven.draft.DraftRequest;
import io.dvmaven.draft.Narrative;
import io.dvmaven.draft.OpenAiChatClient;
import io.dvmaven.draft.SpecDrafter;
import io.dvmaven.generate.DvGenerator;
import io.dvmaven.generate.GenerateRequest;
import io.dvmaven.model.DvLog;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.plugin.verify.DvVerifier;
import io.dvmaven.plugin.verify.VerifyRequest;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The call each goal's mojo makes, in a JVM of its own so a test can kill it with SIGKILL at any point:
 * {@code generate <project>}, {@code verify <project>} or {@code draft <project> <chat base URL>}. Prints
 * {@code done} on success, or the failure's message and exits with 1.
 */
public final class FaultProbe {

    private FaultProbe() {
    }

    public static void main(String[] args) {
        Path project = Path.of(args[1]);
        try {
            run(args[0], project, args.length > 2 ? args[2] : null);
            System.out.println("done");
        } catch (Exception e) {
            System.out.println("failed: " + e.getMessage());
            System.exit(1);
        }
    }

    static void run(String goal, Path project, String chatUrl) throws Exception {
        switch (goal) {
            case "generate" -> new DvGenerator().generate(GenerateRequest.defaults(project), DvLog.silent());
            case "verify" -> new DvVerifier().verify(VerifyRequest.defaults(project), DvLog.silent());
            case "draft" -> {
                Path specs = project.resolve("specs");
                ChatSettings settings = ChatSettings.of(URI.create(chatUrl), "gpt-test")
                        .withTimeout(Duration.ofSeconds(20));
                new SpecDrafter(new OpenAiChatClient(settings, ApiKey.none(), DvLog.silent(), d -> { }),
                        DvLog.silent()).draft(new DraftRequest(project, specs, NamingConventions.defaults(),
                        Narrative.read(specs.resolve("member.md"), "specs/member.md"), 2, true, "gpt-test"));
            }
            default -> throw new IllegalArgumentException("unknown goal " + goal);
        }
    }
}
