package io.dvmaven.plugin;

import io.dvmaven.draft.ApprovalLedger;
import io.dvmaven.draft.DraftException;
import io.dvmaven.draft.DraftRequest;
import io.dvmaven.draft.Narrative;
import io.dvmaven.draft.OpenAiChatClient;
import io.dvmaven.draft.Sleeper;
import io.dvmaven.draft.SourceCatalog;
import io.dvmaven.draft.SpecDrafter;
import io.dvmaven.model.DvLog;
import io.dvmaven.plugin.dbt.DbtExecutable;
import io.dvmaven.plugin.dbt.DbtLocator;
import io.dvmaven.plugin.dbt.DbtNotFoundException;
import io.dvmaven.plugin.dbt.ProcessRunner;
import io.dvmaven.plugin.dbt.WarehouseColumns;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Drafts Data Vault specs from a plain-English narrative with a language model. The reply must follow the spec
 * schema, is validated with the same checks as hand-written specs (together with the project's specs, so links
 * resolve), and validation errors go back to the model for up to {@code repairRounds} corrections. The result is
 * written as {@code specs/<entity>.draft.yml} with the model's assumptions and open questions at the top; dv:generate
 * and dv:verify ignore it until a person approves it ({@code dv:approve} or a rename). The model may use only the
 * source tables declared in {@code sources.yml}; with {@code dbtProfilesDir} their columns are read from the
 * warehouse the profile reaches (the warehouse wins where it differs). Nothing under
 * {@code models/} is written. Not bound to a phase: run it on purpose.
 */
@Mojo(name = "draft", threadSafe = true)
public class DraftMojo extends AbstractChatMojo {

    /**
     * Skips only this goal.
     *
     * <p>Default: {@code false}. Property: {@code dv.draft.skip}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DRAFT_SKIP, defaultValue = "false")
    private boolean draftSkip;

    /**
     * The narrative to draft from. Without it, every {@code .md} or {@code .txt} file in the spec directory whose
     * first line is {@code <!-- dv:narrative -->} (or whose front matter says {@code dv: narrative}) is drafted.
     *
     * <p>Default: none. Property: {@code dv.draft.input}. Example:
     * {@code mvn dv:draft -Ddv.draft.input=docs/member.md}
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DRAFT_INPUT)
    private File input;

    /**
     * Replaces an existing {@code <entity>.draft.yml}. Off by default so that a reviewer's edits to a draft are
     * never lost to a second run.
     *
     * <p>Default: {@code false}. Property: {@code dv.draft.overwrite}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DRAFT_OVERWRITE, defaultValue = "false")
    private boolean overwrite;

    /**
     * Drafts narratives whose specs were approved already (recorded in {@code dv-approvals.json}). Off by default:
     * an approved narrative is done, and drafting it again would pay for a request whose draft clashes with the
     * approved spec.
     *
     * <p>Default: {@code false}. Property: {@code dv.draft.force}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DRAFT_FORCE, defaultValue = "false")
    private boolean force;

    /**
     * Offers the model the tools {@code list_models} (existing dbt models, 3 s, errors E_TIMEOUT/E_EMPTY) and
     * {@code fetch_source_columns} (a declared source table's columns, 5 s, errors E_TIMEOUT/E_NOT_FOUND). Only for
     * servers that support tool calls; without it the same tables and columns restrict the reply schema (enums).
     *
     * <p>Default: {@code false}. Property: {@code dv.draft.tools}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DRAFT_TOOLS, defaultValue = "false")
    private boolean tools;

    @Override
    protected void doExecute(DvLog log) throws Exception {
        List<Narrative> narratives = new ArrayList<>();
        ApprovalLedger ledger = new ApprovalLedger(dbtProjectDirectory());
        for (Narrative narrative : narratives()) {
            List<ApprovalLedger.Approval> approved = ledger.fromNarrative(narrative.file());
            if (approved.isEmpty() || force) {
                narratives.add(narrative);
            } else {
                log.info("Skipping " + narrative.file() + ": approved already (" + String.join(", ", approved.stream()
                        .map(ApprovalLedger.Approval::spec).toList()) + " in " + ApprovalLedger.FILE_NAME
                        + "); -D" + PropertyNames.DRAFT_FORCE + "=true drafts it again");
            }
        }
        if (narratives.isEmpty()) {
            log.info("Nothing to draft: every narrative is approved");
            return;
        }
        SpecDrafter drafter = new SpecDrafter(new OpenAiChatClient(chatSettings(), apiKey(log), log, Sleeper.real()),
                log, tools);
        SourceCatalog catalog = catalog(log);
        for (Narrative narrative : narratives) {
            drafter.draft(request(narrative, catalog));
        }
    }

    DraftRequest request(Narrative narrative) throws MojoFailureException, IOException {
        return request(narrative, SourceCatalog.read(dbtProjectDirectory()));
    }

    private DraftRequest request(Narrative narrative, SourceCatalog catalog) throws MojoFailureException {
        return new DraftRequest(dbtProjectDirectory(), specDirectory(), namingConventions(), narrative,
                repairRounds(), overwrite, model(), catalog);
    }

    /**
     * The declared sources ({@code sources.yml}) and, when {@code dbtProfilesDir} names a profile that reaches the
     * warehouse, the real columns of those tables from it.
     */
    private SourceCatalog catalog(DvLog log) throws IOException {
        SourceCatalog declared = SourceCatalog.read(dbtProjectDirectory());
        if (dbtProfilesDir() == null || declared.isEmpty()) {
            return declared;
        }
        ProcessRunner runner = new ProcessRunner(log);
        DbtExecutable dbt;
        try {
            dbt = new DbtLocator(runner, log).locate(new DbtLocator.Request(null, null, System.getenv("PATH"),
                    DbtLocator.DEFAULT_VERSION_RANGE, null));
        } catch (DbtNotFoundException e) {
            log.warn("No dbt to read the source columns from the warehouse (" + e.getMessage() + "); drafting uses "
                    + "sources.yml only");
            return declared;
        }
        return new WarehouseColumns(runner, log).overlay(declared, dbt, dbtProjectDirectory(), dbtProfilesDir(),
                dbtTarget(), Duration.ofMinutes(5));
    }

    List<Narrative> narratives() throws Exception {
        if (input != null) {
            Path file = input.toPath().toAbsolutePath().normalize();
            if (!Files.isRegularFile(file)) {
                throw new MojoFailureException("Narrative " + display(file) + " does not exist (fix <input> or -D"
                        + PropertyNames.DRAFT_INPUT + ")");
            }
            return List.of(Narrative.read(file, display(file)));
        }
        List<Narrative> narratives = new ArrayList<>();
        for (Path file : Narrative.find(specDirectory())) {
            narratives.add(Narrative.read(file, display(file)));
        }
        if (narratives.isEmpty()) {
            throw new DraftException(DraftException.Reason.NO_NARRATIVE, "no narrative to draft from in "
                    + display(specDirectory()));
        }
        return narratives;
    }

    /** A path for messages: relative to the dbt project when inside it, with forward slashes. */
    private String display(Path path) {
        Path project = dbtProjectDirectory();
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(project) && !absolute.equals(project) ? project.relativize(absolute)
                : absolute;
        return shown.toString().replace('\\', '/');
    }

    @Override
    protected String goal() {
        return "draft";
    }

    @Override
    protected boolean isGoalSpecificSkip() {
        return draftSkip;
    }

    @Override
    protected String goalSkipProperty() {
        return PropertyNames.DRAFT_SKIP;
    }
}
