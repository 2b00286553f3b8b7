package io.dvmaven.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dvmaven.draft.ChatSettings;
import io.dvmaven.draft.eval.ReplayServer;
import io.dvmaven.draft.eval.ReplayServer.Reply;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dv:draft and dv:approve wiring: parameters bind, the key is found and never logged, failures are worded. */
@MojoTest
class DraftMojoTest {

    private static final String KEY = "sk-mojo-SECRET-123";
    private static final Path CASES = Path.of("../dv-templates/src/test/resources/draft-eval");

    @TempDir
    Path project;
    private ReplayServer server;
    private final AllLevelsLog log = new AllLevelsLog();

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(project.resolve("specs"));
        Files.copy(CASES.resolve("member-two-sources/specs/coverage.yml"), project.resolve("specs/coverage.yml"));
        Files.copy(CASES.resolve("member-two-sources/narrative.md"), project.resolve("specs/member.md"));
        server = ReplayServer.start();
    }

    @AfterEach
    void tearDown() {
        server.close();
        assertThat(String.join("\n", log.lines)).doesNotContain(KEY);
        assertThat(project.resolve("models")).doesNotExist();
    }

    private void pointAt(AbstractDvMojo mojo, URI url) throws IllegalAccessException {
        MojoExtension.setVariableValueToObject(mojo, "dbtProjectDirectory", project.toFile());
        if (url != null) {
            MojoExtension.setVariableValueToObject(mojo, "baseUrl", url.toString());
            MojoExtension.setVariableValueToObject(mojo, "timeout", 5);
            MojoExtension.setVariableValueToObject(mojo, "maxRetries", 0);
        }
        Settings settings = new Settings();
        Server entry = new Server();
        entry.setId("llm");
        entry.setPassword(KEY);
        settings.addServer(entry);
        if (mojo instanceof AbstractChatMojo) {
            MojoExtension.setVariableValueToObject(mojo, "settings", settings);
        }
        mojo.setLog(log);
    }

    private static String reply(String caseName, int n) throws IOException {
        return Files.readString(CASES.resolve(caseName + "/replies/" + n + ".content.json"));
    }

    @Test
    @Basedir("/unit/draft")
    @InjectMojo(goal = "draft")
    void defaults(DraftMojo mojo) throws Exception {
        ChatSettings settings = mojo.chatSettings();

        assertThat(settings).isEqualTo(new ChatSettings(URI.create("https://api.openai.com/v1"), "gpt-4o-mini", 0.0,
                Duration.ofSeconds(120), 4, Duration.ofSeconds(1), Duration.ofSeconds(60), 60_000, false));
        assertThat(mojo.repairRounds()).isEqualTo(2);
    }

    @Test
    @Basedir("/unit/draft-configured")
    @InjectMojo(goal = "draft")
    void everyParameterBindsFromThePom(DraftMojo mojo) throws Exception {
        ChatSettings settings = mojo.chatSettings();

        assertThat(settings).isEqualTo(new ChatSettings(URI.create("http://localhost:11434/v1"), "llama3.1", 0.2,
                Duration.ofSeconds(30), 0, Duration.ofSeconds(1), Duration.ofSeconds(60), 1000, true));
        assertThat(mojo.repairRounds()).isEqualTo(1);
        assertThat(mojo.narratives()).singleElement().satisfies(n -> {
            assertThat(n.file()).isEqualTo("docs/member.md");
            assertThat(n.text()).isEqualTo("A member is identified by member id.\n");
        });
        assertThat(mojo.request(mojo.narratives().get(0)).overwrite()).isTrue();
    }

    @Test
    @Basedir("/unit/draft")
    @InjectMojo(goal = "draft")
    @MojoParameter(name = "serverId", value = "llm")
    void draftsFromTheMarkedNarrativeWithTheKeyFromSettings(DraftMojo mojo) throws Exception {
        URI url = server.script("good", List.of(Reply.content(reply("member-two-sources", 1))));
        pointAt(mojo, url);

        mojo.execute();

        assertThat(project.resolve("specs/member.draft.yml")).exists();
        assertThat(server.requests("good").get(0).headers().get("Authorization")).containsExactly("Bearer " + KEY);
        assertThat(log.lines).contains("[info] Wrote specs/member.draft.yml (valid, 2 assumptions, 0 open questions)",
                "[debug] API key from server 'llm' in settings.xml");
    }

    @Test
    @Basedir("/unit/draft")
    @InjectMojo(goal = "draft")
    @MojoParameter(name = "serverId", value = "llm")
    void unauthorizedFailsWithTheFix(DraftMojo mojo) throws Exception {
        URI url = server.script("denied", List.of(Reply.status(401,
                "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + "\"}}")));
        pointAt(mojo, url);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("dv:draft: the chat endpoint refused the request with HTTP 401 (unauthorized): Incorrect "
                        + "API key provided: ****; the API key from server 'llm' in settings.xml was rejected or lacks "
                        + "access to model gpt-4o-mini\nPut a valid key in the environment variable named by "
                        + "<apiKeyEnv> (-Ddv.draft.apiKeyEnv, default OPENAI_API_KEY), or in the password of a "
                        + "settings.xml <server> named by <serverId> (-Ddv.draft.serverId).");
    }

    @Test
    @Basedir("/unit/draft")
    @InjectMojo(goal = "draft")
    void aTimeoutIsABuildError(DraftMojo mojo) throws Exception {
        URI url = server.script("slow", List.of(Reply.content("{}").withDelay(Duration.ofSeconds(3))));
        pointAt(mojo, url);
        MojoExtension.setVariableValueToObject(mojo, "timeout", 1);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("dv:draft: " + url + " (model gpt-4o-mini): no complete reply within the deadline of 1s (no "
                        + "response headers)\nRaise <timeout> "
                        + "(-Ddv.draft.timeout, seconds), or use a faster model.");
    }

    @Test
    @Basedir("/unit/draft")
    @InjectMojo(goal = "draft")
    void aDraftThatNeverValidatesIsWrittenAndTheGoalFailsListingTheErrors(DraftMojo mojo) throws Exception {
        String broken = reply("member-two-sources", 1).replace("\"related_hub\": \"coverage\"",
                "\"related_hub\": \"covrage\"");
        URI url = server.script("hopeless", List.of(Reply.content(broken)));
        pointAt(mojo, url);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("dv:draft: the draft is still invalid after 3 rounds (2 repairs); it was "
                        + "written with the remaining errors listed at the top for review\n"
                        + "specs/member.draft.yml:34:18: link 'member_coverage' relates to unknown entity 'covrage'")
                .hasMessageEndingWith("Review member.draft.yml, fix the errors listed at its top, then run mvn "
                        + "dv:approve -Ddv.approve.entity=<entity>; or draft again with -Ddv.draft.overwrite=true.");
        assertThat(project.resolve("specs/member.draft.yml")).exists();
    }

    @Test
    @Basedir("/unit/draft")
    @InjectMojo(goal = "draft")
    void noNarrativeSaysHowToMarkOne(DraftMojo mojo) throws Exception {
        Files.delete(project.resolve("specs/member.md"));
        pointAt(mojo, null);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("dv:draft: no narrative to draft from in specs\nPass a file with -Ddv.draft.input=<file>, "
                        + "or make <!-- dv:narrative --> the first line of a .md or .txt file in the spec directory.");
    }

    @Test
    @Basedir("/unit/draft")
    @InjectMojo(goal = "draft")
    @MojoParameter(name = "serverId", value = "nope")
    void anUnknownServerIdFails(DraftMojo mojo) throws Exception {
        pointAt(mojo, null);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("There is no <server> with id 'nope' in settings.xml");
    }

    @Test
    @Basedir("/unit/draft")
    @InjectMojo(goal = "approve")
    @MojoParameter(name = "entity", value = "member")
    @MojoParameter(name = "by", value = "Ann Reviewer")
    void approveRenamesAValidDraft(ApproveMojo mojo) throws Exception {
        Files.writeString(project.resolve("specs/member.draft.yml"), "# DRAFT\n"
                + Files.readString(CASES.resolve("member-two-sources/expected/member.yml")));
        pointAt(mojo, null);

        mojo.execute();

        assertThat(project.resolve("specs/member.yml")).exists();
        assertThat(project.resolve("specs/member.draft.yml")).doesNotExist();
        assertThat(log.lines).containsExactly("[info] Approved specs/member.draft.yml -> specs/member.yml",
                "[info] Recorded the approval in dv-approvals.json (by Ann Reviewer); commit it with the spec");
        assertThat(Files.readString(project.resolve("dv-approvals.json"))).contains("\"approved_by\": \"Ann Reviewer\"");
    }

    @Test
    @Basedir("/unit/draft")
    @InjectMojo(goal = "draft")
    void anApprovedNarrativeIsSkippedWithoutARequestUnlessForced(DraftMojo mojo) throws Exception {
        URI url = server.script("approved", List.of(Reply.content(reply("member-two-sources", 1))));
        pointAt(mojo, url);
        new io.dvmaven.draft.ApprovalLedger(project).record(List.of(new io.dvmaven.draft.ApprovalLedger.Approval(
                "member", "specs/member.yml", "ann", "2026-01-02T03:04:05Z", "gpt-4o-mini", "specs/member.md", null,
                "0")));

        mojo.execute();

        assertThat(server.requests("approved")).isEmpty();
        assertThat(log.lines).contains("[info] Skipping specs/member.md: approved already (specs/member.yml in "
                + "dv-approvals.json); -Ddv.draft.force=true drafts it again", "[info] Nothing to draft: every "
                + "narrative is approved");
        assertThat(project.resolve("specs/member.draft.yml")).doesNotExist();

        MojoExtension.setVariableValueToObject(mojo, "force", true);
        mojo.execute();
        assertThat(server.requests("approved")).hasSize(1);
        assertThat(project.resolve("specs/member.draft.yml")).exists();
    }

    @Test
    @Basedir("/unit/draft")
    @InjectMojo(goal = "approve")
    @MojoParameter(name = "entity", value = "member")
    void approveRefusesWhenTheSpecExists(ApproveMojo mojo) throws Exception {
        Files.writeString(project.resolve("specs/member.draft.yml"), "entity: {name: member}\n");
        Files.writeString(project.resolve("specs/member.yml"), "# mine\n");
        pointAt(mojo, null);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("dv:approve: specs/member.yml exists already; nothing was approved. Merge the draft into "
                        + "it by hand, or delete the existing spec first\nNothing was renamed.");
    }

    @Test
    @Basedir("/unit/draft")
    @InjectMojo(goal = "draft-eval")
    @MojoParameter(name = "replay", value = "true")
    void draftEvalReplaysTheRecordedSetAndPrintsScores(DraftEvalMojo mojo) throws Exception {
        pointAt(mojo, null);
        MojoExtension.setVariableValueToObject(mojo, "directory", CASES.toFile());
        MojoExtension.setVariableValueToObject(mojo, "minF1", 0.9);
        MojoExtension.setVariableValueToObject(mojo, "outputDirectory", project.resolve("out").toFile());

        mojo.execute();

        assertThat(Files.readString(project.resolve("out/TEST-dv-draft-eval.xml")))
                .contains("<testsuite name=\"dv-draft-eval\" tests=\"9\" failures=\"0\">");
        assertThat(project.resolve("out/report.json")).isRegularFile();

        assertThat(log.lines).contains("[info] Draft evaluation: 8 cases, model recorded")
                .anySatisfy(line -> assertThat(line).startsWith("[info] OVERALL").endsWith("0.93   0.92   0.92"));
    }

    @Test
    @Basedir("/unit/draft")
    @InjectMojo(goal = "draft-eval")
    @MojoParameter(name = "replay", value = "true")
    void draftEvalFailsBelowMinF1(DraftEvalMojo mojo) throws Exception {
        pointAt(mojo, null);
        MojoExtension.setVariableValueToObject(mojo, "directory", CASES.toFile());
        MojoExtension.setVariableValueToObject(mojo, "minF1", 0.95);
        MojoExtension.setVariableValueToObject(mojo, "outputDirectory", project.resolve("out").toFile());

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("dv:draft-eval: 1 check failed (scores above):\noverall F1 0.92 is below "
                        + "minF1 0.95\n");
    }

    static final class AllLevelsLog extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public boolean isDebugEnabled() {
            return true;
        }

        @Override
        public void debug(CharSequence content) {
            lines.add("[debug] " + content);
        }

        @Override
        public void info(CharSequence content) {
            lines.add("[info] " + content);
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("[warn] " + content);
        }

        @Override
        public void error(CharSequence content) {
            lines.add("[error] " + content);
        }
    }
}
