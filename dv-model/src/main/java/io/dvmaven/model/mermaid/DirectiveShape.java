package io.dvmaven.model.mermaid;

import java.util.Set;

/**
 * What one {@code %% dv:} directive of a structure kind accepts: {@code %% dv:<keyword> <entity> [<name>]}
 * followed by options.
 *
 * @param keyword  the word after {@code dv:}
 * @param named    whether a name follows the entity (a link's or group's name)
 * @param options  option names it accepts
 * @param prefixes option name prefixes it accepts with any suffix ({@code description.} for
 *                 {@code description.<attribute>})
 * @param required options that must be given
 * @param usage    the directive's shortest complete form, shown when it is misused
 */
public record DirectiveShape(String keyword, boolean named, Set<String> options, Set<String> prefixes,
                             Set<String> required, String usage) {
}
