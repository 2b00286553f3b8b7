package io.dvmaven.model;

import java.io.Serializable;
/**
 * A choice the generator made that the spec did not spell out (a documented default, a hub loaded from
 * another entity's stage), listed in the generation report so nothing is decided silently.
 *
 * @param subject  what the decision is about ({@code member / legacy_facets})
 * @param text     the decision and how to change it
 * @param location where the spec could say otherwise
 */
public record Decision(String subject, String text, SourceLocation location) implements Serializable {
}
