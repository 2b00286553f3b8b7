package io.dvmaven.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.draft.ApprovalLedger;
import io.dvmaven.draft.eval.ReplayServer;
import io.dvmaven.draft.eval.ReplayServer.Reply;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review loop after drafting, goal by goal: dv:draft-report reads what dv:approve recorded (edits per field,
 * approvals without edits), and dv:draft-eval -Ddv.draftEval.addApproved=true turns an approved narrative/spec pair
 * into an evaluation case and evaluates it.
 */
@MojoTest
class DraftReviewMojoTest {

    private static final Path CASES = Path.of("../dv-templates/src/test/resources/draft-eval");

    @TempDir
    Path project;
    private ReplayServer server;
    private final DraftMojoTest.AllLevelsLog log = new DraftMojoTest.AllLevelsLog();

    @BeforeEach
    void setUp() throws Exception {
        Files.createDirectories(project.resolve("specs"));
        Files.copy(CASES.resolve("member-two-sources/specs/coverage.yml"), project.resolve("specs/coverage.yml"));
        Files.copy(CASES.resolve("member-two-sources/narrative.md"), project.resolve("specs/member.md"));
        server = ReplayServer.start();
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private void wire(AbstractDvMojo mojo, URI url) throws Exception {
        MojoExtension.setVariableValueToObject(mojo, "dbtProjectDirectory", project.toFile());
        if (url != null) {
            MojoExtension.setVariableValueToObject(mojo, "baseUrl", url.toString());
            MojoExtension.setVariableValueToObject(mojo, "timeout", 5);
            MojoExtension.setVariableValueToObject(mojo, "maxRetries", 0);
            MojoExtension.setVariableValueToObject(mojo, "repairRounds", 0);
        }
        mojo.setLog(log);
    }

    /** dv:draft with the recorded reply, a reviewer's edit (ssn dropped), dv:approve by Ann. */
    private void draftEditAndApprove(DraftMojo draft, ApproveMojo approve) throws Exception {
        String reply = Files.readString(CASES.resolve("member-two-sources/replies/1.content.json"));
        wire(draft, server.script("member", List.of(Reply.content(reply))));
        draft.execute();
        Path drafted = project.resolve("specs/member.draft.yml");
        String text = Files.readString(drafted);
        assertThat(text).contains("ssn");
        Files.writeString(drafted, text.replace(", ssn", "").replace("- ssn\n", ""));
        wire(approve, null);
        MojoExtension.setVariableValueToObject(approve, "entity", "member");
        MojoExtension.setVariableValueToObject(approve, "by", "Ann Reviewer");
        approve.execute();
        log.lines.clear();
    }

    @Test
    @Basedir("/unit/draft")
    void draftReportShowsTheReviewersEditsPerFieldAndTheShareApprovedWithoutEdits(
            @InjectMojo(goal = "draft") DraftMojo draft, @InjectMojo(goal = "approve") ApproveMojo approve,
            @InjectMojo(goal = "draft-report") DraftReportMojo report) throws Exception {
        wire(report, null);
        report.execute();
        assertThat(log.lines).containsExactly("[info] Drafting feedback: no approvals of drafts recorded yet in "
                + "dv-feedback/");
        log.lines.clear();

        draftEditAndApprove(draft, approve);
        report.execute();

        assertThat(log.lines.get(0)).isEqualTo("[info] Drafting feedback: 1 approved draft");
        assertThat(log.lines.get(2)).contains(" member ").contains(" Ann Reviewer ").contains(" yes ")
                .endsWith(" attributes 1");
        assertThat(log.lines).contains("[info] Approved without edits: 0 of 1 (0%)",
                "[info] Edits per field: attributes 1", "[info] Tests per request: 0.0");
        assertThat(Files.readString(project.resolve("dv-feedback/member.log"))).contains("\"removed\"")
                .contains("ssn");
    }

    @Test
    @Basedir("/unit/draft")
    @MojoParameter(name = "addApproved", value = "true")
    void draftEvalAddsTheApprovedPairAsACaseAndEvaluatesIt(
            @InjectMojo(goal = "draft") DraftMojo draft, @InjectMojo(goal = "approve") ApproveMojo approve,
            @InjectMojo(goal = "draft-eval") DraftEvalMojo eval) throws Exception {
        draftEditAndApprove(draft, approve);
        // the hand-written spec the member links to is approved too, so the case carries it as context
        new ApprovalLedger(project).record(List.of(new ApprovalLedger.Approval("coverage", "specs/coverage.yml",
                "Ann Reviewer", "2026-01-02T03:04:05Z", null, null, null, null)));
        Path cases = project.resolve("eval");
        String reply = Files.readString(CASES.resolve("member-two-sources/replies/1.content.json"));
        wire(eval, server.script("eval", List.of(Reply.content(reply), Reply.content(reply))));
        MojoExtension.setVariableValueToObject(eval, "directory", cases.toFile());
        MojoExtension.setVariableValueToObject(eval, "minF1", 0.0);
        MojoExtension.setVariableValueToObject(eval, "outputDirectory", project.resolve("out").toFile());

        eval.execute();

        assertThat(log.lines).contains("[info] Added 1 evaluation case from approved specs: member");
        assertThat(cases.resolve("member/narrative.md")).hasSameTextualContentAs(project.resolve("specs/member.md"));
        assertThat(cases.resolve("member/expected/member.yml")).hasSameTextualContentAs(
                project.resolve("specs/member.yml"));
        assertThat(cases.resolve("member/specs/coverage.yml")).exists();
        assertThat(cases.resolve("coverage")).doesNotExist();
        assertThat(server.requests("eval")).hasSize(1);
        // the model still drafts ssn, which the reviewer removed: the case is not a perfect score
        assertThat(Files.readString(project.resolve("out/report.json"))).contains("\"member\"");
        assertThat(log.lines).anySatisfy(line -> assertThat(line).startsWith("[info] member"));

        log.lines.clear();
        eval.execute();
        assertThat(log.lines).contains("[info] Added 0 evaluation cases from approved specs");
    }
}
