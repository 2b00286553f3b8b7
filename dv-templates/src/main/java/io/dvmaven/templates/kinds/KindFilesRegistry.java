package io.dvmaven.templates.kinds;

import io.dvmaven.templates.kinds.asof.AsOfDatesFiles;
import io.dvmaven.templates.kinds.bridge.BridgeFiles;
import io.dvmaven.templates.kinds.businessrule.BusinessRuleFiles;
import io.dvmaven.templates.kinds.effsat.EffSatFiles;
import io.dvmaven.templates.kinds.hub.HubFiles;
import io.dvmaven.templates.kinds.link.LinkFiles;
import io.dvmaven.templates.kinds.linksat.LinkSatFiles;
import io.dvmaven.templates.kinds.macros.ShippedMacroFiles;
import io.dvmaven.templates.kinds.nhlink.NhLinkFiles;
import io.dvmaven.templates.kinds.pit.PitFiles;
import io.dvmaven.templates.kinds.reftable.ReferenceTableFiles;
import io.dvmaven.templates.kinds.rolelink.RoleLinkFiles;
import io.dvmaven.templates.kinds.masat.MaSatFiles;
import io.dvmaven.templates.kinds.sat.SatFiles;
import io.dvmaven.templates.kinds.sources.SourcesFiles;
import io.dvmaven.templates.kinds.stage.StageFiles;
import io.dvmaven.templates.kinds.xts.XtsFiles;
import java.util.List;

/** Every structure kind the renderer knows, one line each. */
public final class KindFilesRegistry {

    /** In the order they add files: models before the business rules that add tests to them. */
    public static final List<KindFiles> KINDS = List.of(
            new StageFiles(),
            new SourcesFiles(),
            new HubFiles(),
            new LinkFiles(),
            new SatFiles(),
            new AsOfDatesFiles(),
            new PitFiles(),
            new BridgeFiles(),
            new EffSatFiles(),
            new NhLinkFiles(),
            new LinkSatFiles(),
            new RoleLinkFiles(),
            new MaSatFiles(),
            new XtsFiles(),
            new ReferenceTableFiles(),
            new BusinessRuleFiles(),
            new ShippedMacroFiles());

    private KindFilesRegistry() {
    }

    /** Every kind's built-in templates. */
    public static List<String> templates() {
        return KINDS.stream().flatMap(kind -> kind.templates().stream()).toList();
    }
}
