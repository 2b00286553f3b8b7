package io.dvmaven.model.rules;

/**
 * A model the rules looked at.
 *
 * @param name      model name
 * @param path      SQL file path relative to the dbt project
 * @param generated true when the SQL file carries the dv-maven-plugin header
 */
public record CheckedModel(String name, String path, boolean generated) {
}
