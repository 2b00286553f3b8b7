package io.dvmaven.model.kinds.bridge;

import io.dvmaven.model.Diagnostics;
import io.dvmaven.model.parse.Names;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Walks a bridge's path hub -> link -> hub: the same walk checks the spec and resolves the bridge. */
final class BridgePath {

    /** One link of the walk, from the hub of one entity to the hub of another. */
    record Hop(String link, String from, String to) {
    }

    private BridgePath() {
    }

    /**
     * @param start       the entity whose hub the walk starts at
     * @param hubsByLink  every link of the design: the entities of its hubs, in key order
     * @param diagnostics where problems go; {@code null} when the spec is known to be valid
     * @return the hops, or an empty list when the path does not walk
     */
    static List<Hop> walk(String bridge, String start, List<BridgeSpec.Step> path, Map<String, List<String>> hubsByLink,
                          Diagnostics diagnostics) {
        List<Hop> hops = new ArrayList<>();
        Set<String> used = new HashSet<>();
        String at = start;
        for (BridgeSpec.Step step : path) {
            String link = step.link().value();
            List<String> hubs = hubsByLink.get(link);
            String where = "link '" + link + "' in the path of bridge '" + bridge + "'";
            if (hubs == null) {
                report(diagnostics, step.link(), "spec.unknown-reference", where + " is not a link of the design",
                        Names.closest(link, hubsByLink.keySet()).map(s -> "did you mean '" + s + "'?")
                                .orElse("use a link name from a spec's links section"));
                return List.of();
            }
            if (!used.add(link)) {
                report(diagnostics, step.link(), "spec.bridge-path", where + " is walked twice",
                        "walk each link once; AutomateDV joins each link of a bridge once");
                return List.of();
            }
            if (!hubs.contains(at)) {
                report(diagnostics, step.link(), "spec.bridge-path", where + " does not join the hub of '" + at
                        + "' where the walk stands (it joins " + String.join(", ", hubs) + ")",
                        "start with a link of '" + at + "', or reorder the path");
                return List.of();
            }
            String here = at;
            List<String> others = hubs.stream().filter(h -> !h.equals(here)).toList();
            String to;
            if (step.to() != null) {
                to = step.to().value();
                if (!others.contains(to)) {
                    report(diagnostics, step.to(), "spec.bridge-path", "'to: " + to + "' of " + where
                            + " is not another hub of the link (" + String.join(", ", others) + ")",
                            "use one of " + String.join(", ", others));
                    return List.of();
                }
            } else if (others.size() != 1) {
                report(diagnostics, step.link(), "spec.bridge-path", where + " joins " + others.size()
                        + " other hubs (" + String.join(", ", others) + "), so the walk cannot tell where to go",
                        "write {link: " + link + ", to: <one of " + String.join(", ", others) + ">}");
                return List.of();
            } else {
                to = others.get(0);
            }
            hops.add(new Hop(link, at, to));
            at = to;
        }
        return hops;
    }

    private static void report(Diagnostics diagnostics, Ident at, String code, String message, String fix) {
        if (diagnostics != null) {
            diagnostics.error(at.location(), code, message, fix);
        }
    }
}
