package io.dvmaven.model.mermaid;

import io.dvmaven.model.kinds.sat.AttributeSpec;
import io.dvmaven.model.spec.Ident;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One {@code %% dv:} directive as {@code dv:diagram} writes it: values are quoted only when they need to be, lists
 * are comma-separated, and options that hold their default are left out.
 */
public final class DirectiveLine {

    private final StringBuilder text;
    private final int head;

    /** {@code %% dv:<keyword> <entity>}. */
    public DirectiveLine(String keyword, String entity) {
        text = new StringBuilder("%% dv:").append(keyword).append(' ').append(entity);
        head = text.length();
    }

    /** The name after the entity (a link's or an attribute group's). */
    public DirectiveLine name(String name) {
        text.append(' ').append(name);
        return this;
    }

    /** {@code key=value}; nothing when {@code value} is {@code null}. */
    public DirectiveLine option(String key, String value) {
        if (value != null) {
            text.append(' ').append(key).append('=').append(MermaidWriter.quote(value));
        }
        return this;
    }

    /** {@code key=value}; nothing when {@code value} is {@code null}. */
    public DirectiveLine option(String key, Ident value) {
        return option(key, value == null ? null : value.value());
    }

    /** {@code key=a,b,c}; nothing when the list is empty. */
    public DirectiveLine names(String key, List<Ident> names) {
        return names.isEmpty() ? this : option(key, joined(names));
    }

    /** {@code key=true}; nothing when false (the default). */
    public DirectiveLine flag(String key, boolean value) {
        return value ? option(key, "true") : this;
    }

    /** {@code key=k:v,k:v2,k2:w}: a list of columns per name, one pair per column. */
    public DirectiveLine pairs(String key, Map<String, List<Ident>> pairs) {
        String value = pairs.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(column -> e.getKey() + ":" + column.value()))
                .collect(Collectors.joining(","));
        return value.isEmpty() ? this : option(key, value);
    }

    /** {@code key=a,b} and {@code description.<a>="..."} for each attribute that has a description. */
    public DirectiveLine attributes(String key, List<AttributeSpec> attributes) {
        names(key, attributes.stream().map(AttributeSpec::name).toList());
        attributes.stream().filter(a -> a.description() != null)
                .forEach(a -> option(KindDirective.DESCRIPTION_PREFIX + a.name().value(), a.description()));
        return this;
    }

    static String joined(List<Ident> names) {
        return names.stream().map(Ident::value).collect(Collectors.joining(","));
    }

    /** What follows the entity, with its leading space; empty when nothing does. */
    String rest() {
        return text.substring(head);
    }

    /** The directive line without indentation. */
    public String text() {
        return text.toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
