package io.dvmaven.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dvmaven.draft.eval.ReplayServer.Reply;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What stops a draft before any request: an existing draft, a draft of the same narrative, invalid specs. */
class SpecDrafterPreconditionsTest extends AbstractSpecDrafterTest {

    @Test
    void anExistingDraftIsNotOverwritten() throws Exception {
        Files.writeString(specs.resolve("member.draft.yml"), "# edited by a reviewer\n");
        URI url = server.script("again", List.of(Reply.content(reply("member-two-sources", 1))));

        assertThatThrownBy(() -> drafter(url).draft(request()))
                .isInstanceOfSatisfying(DraftException.class, e -> assertThat(e.reason())
                        .isEqualTo(DraftException.Reason.DRAFT_EXISTS))
                .hasMessage("specs/member.draft.yml exists already (from an earlier run, maybe edited since); "
                        + "nothing was written. Review and approve it, delete it, or allow overwriting it");
        assertThat(Files.readString(specs.resolve("member.draft.yml"))).isEqualTo("# edited by a reviewer\n");
    }

    @Test
    void aDraftOfTheSameNarrativeStopsTheRunBeforeAnyRequest() throws Exception {
        URI url = server.script("first", List.of(Reply.content(reply("member-two-sources", 1))));
        drafter(url).draft(request());
        String written = Files.readString(specs.resolve("member.draft.yml"));
        URI again = server.script("second", List.of(Reply.content(reply("member-two-sources", 1))));

        assertThatThrownBy(() -> drafter(again).draft(request()))
                .isInstanceOfSatisfying(DraftException.class, e -> assertThat(e.reason())
                        .isEqualTo(DraftException.Reason.DRAFT_EXISTS))
                .hasMessage("specs/member.draft.yml was drafted from specs/member.md already (maybe edited since); "
                        + "nothing was sent. Review and approve it, delete it, or allow overwriting it");
        assertThat(server.requests("second")).isEmpty();
        assertThat(Files.readString(specs.resolve("member.draft.yml"))).isEqualTo(written);
    }

    @Test
    void invalidExistingSpecsStopBeforeAnyRequest() throws Exception {
        Files.writeString(specs.resolve("broken.yml"), "entity: {name: broken}\n");
        URI url = server.script("unused", List.of(Reply.content("{}")));

        assertThatThrownBy(() -> drafter(url).draft(request()))
                .isInstanceOfSatisfying(DraftException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DraftException.Reason.EXISTING_SPECS_INVALID);
                    assertThat(e.diagnostics()).isNotEmpty().allSatisfy(d -> assertThat(d.location().file())
                            .isEqualTo("specs/broken.yml"));
                });
        assertThat(server.requests()).isEmpty();
    }
}
