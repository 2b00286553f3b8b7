package io.dvmaven.model.rules;

import io.dvmaven.model.naming.NamingConventions;

/** Shared constants of the rule tests. */
final class RuleTestSupport {

    static final String HUBS = "models/integration/hubs/";
    static final String LINKS = "models/integration/links/";
    static final String SATS = "models/integration/satellites/";
    static final String LEGACY = "models/staging/legacy_facets/";
    static final String GEMSTONE = "models/staging/gemstone_facets/";
    static final String DEMOGRAPHICS = SATS + "s_member_demographics_legacy_facets.sql";

    private RuleTestSupport() {
    }

    /** The defaults with another hub pattern, to show that rules follow custom conventions. */
    static NamingConventions withHubModel(String hubModel) {
        NamingConventions d = NamingConventions.defaults();
        return new NamingConventions(d.stagingModel(), hubModel, d.linkModel(), d.satelliteModel(), d.hubHashKey(),
                d.linkHashKey(), d.businessKey(), d.compositeBusinessKey(), d.hashdiff(), d.rawSource(),
                d.stagingFolder(), d.hubFolder(), d.linkFolder(), d.satelliteFolder(), d.recordSourceColumn(),
                d.loadTimestampColumn());
    }

    /** The defaults with other hash key patterns. */
    static NamingConventions withHashKeys(String hubHashKey, String linkHashKey) {
        NamingConventions d = NamingConventions.defaults();
        return new NamingConventions(d.stagingModel(), d.hubModel(), d.linkModel(), d.satelliteModel(), hubHashKey,
                linkHashKey, d.businessKey(), d.compositeBusinessKey(), d.hashdiff(), d.rawSource(),
                d.stagingFolder(), d.hubFolder(), d.linkFolder(), d.satelliteFolder(), d.recordSourceColumn(),
                d.loadTimestampColumn());
    }
}
