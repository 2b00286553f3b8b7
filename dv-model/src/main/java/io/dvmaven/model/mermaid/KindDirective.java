package io.dvmaven.model.mermaid;

import io.dvmaven.model.Diagnostics;
import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.kinds.sat.AttributeSpec;
import io.dvmaven.model.mermaid.ErDiagram.Arg;
import io.dvmaven.model.mermaid.ErDiagram.Directive;
import io.dvmaven.model.parse.Names;
import io.dvmaven.model.spec.Ident;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One {@code %% dv:} directive of a structure kind while it is read: typed option values, each malformed value
 * reported at its own file:line:col with the fix. Values that could not be read come back {@code null} or empty.
 */
public final class KindDirective {

    /** Prefix of the options that describe one attribute of a list: {@code description.<attribute>="..."}. */
    public static final String DESCRIPTION_PREFIX = "description.";

    private final Directive directive;
    private final DirectiveShape shape;
    private final Diagnostics diagnostics;
    private final Set<String> attributesRead = new HashSet<>();
    private boolean failed;

    KindDirective(Directive directive, DirectiveShape shape, Diagnostics diagnostics) {
        this.directive = directive;
        this.shape = shape;
        this.diagnostics = diagnostics;
    }

    /** Where {@code dv:} is; the location of the section record read from it. */
    public SourceLocation location() {
        return directive.location();
    }

    /** The word after {@code dv:}, for a kind that owns several directives. */
    public String keyword() {
        return shape.keyword();
    }

    /** The entity the directive belongs to (first name). */
    public Ident entity() {
        return ident(positional().get(0));
    }

    /** The name after the entity, checked to be lower snake_case. */
    public Ident name(String label) {
        return checked(ident(positional().get(1)), label);
    }

    /** Whether the option is given. */
    public boolean has(String key) {
        return arg(key) != null;
    }

    /** The option as text, or {@code null}. */
    public String text(String key) {
        Arg arg = arg(key);
        return arg == null ? null : arg.value();
    }

    /** The option as one lower snake_case name, or {@code null}. */
    public Ident name(String key, String label) {
        Arg arg = arg(key);
        return arg == null ? null : checked(ident(arg), label);
    }

    /** The option as comma-separated names; empty when absent. */
    public List<Ident> names(String key, String label) {
        Arg arg = arg(key);
        return arg == null ? List.of() : items(arg, label);
    }

    /** {@code true} or {@code false}; {@code false} when absent. */
    public boolean flag(String key) {
        Arg arg = arg(key);
        if (arg == null || arg.value().equals("false")) {
            return false;
        }
        if (!arg.value().equals("true")) {
            error(arg, "option '" + key + "' of dv:" + shape.keyword() + " is '" + arg.value()
                    + "', not true or false", "write " + key + "=true, or leave it out for false");
            return false;
        }
        return true;
    }

    /** A {@code YYYY-MM-DD} date, or {@code null} when absent or unreadable (reported). */
    public LocalDate date(String key) {
        Arg arg = arg(key);
        if (arg == null) {
            return null;
        }
        try {
            return LocalDate.parse(arg.value());
        } catch (DateTimeParseException e) {
            error(arg, "option '" + key + "' of dv:" + shape.keyword() + " is '" + arg.value()
                    + "', not a date", "write " + key + "=YYYY-MM-DD, e.g. " + key + "=2024-01-01");
            return null;
        }
    }

    /** One of {@code allowed}, or {@code null} when absent or not allowed (reported). */
    public String oneOf(String key, Collection<String> allowed) {
        Arg arg = arg(key);
        if (arg == null || allowed.contains(arg.value())) {
            return arg == null ? null : arg.value();
        }
        error(arg, "option '" + key + "' of dv:" + shape.keyword() + " is '" + arg.value() + "', not one of "
                + String.join(", ", allowed), Names.closest(arg.value(), allowed).map(s -> "did you mean '" + s
                + "'?").orElse("use one of " + String.join(", ", allowed)));
        return null;
    }

    /**
     * {@code key=name:column,name:column2,...}: per name, its columns in order (a name may repeat for a key of
     * several columns); empty when absent.
     */
    public Map<String, List<Ident>> pairs(String key, String nameLabel, String columnLabel) {
        Arg arg = arg(key);
        return arg == null ? Map.of() : pairs(arg, nameLabel, columnLabel);
    }

    /** Every option {@code <prefix><suffix>=value}: the suffix (unchecked) and the value, in the order written. */
    public List<Map.Entry<Ident, Ident>> prefixed(String prefix) {
        List<Map.Entry<Ident, Ident>> options = new ArrayList<>();
        for (Arg arg : directive.args()) {
            if (!arg.positional() && arg.key().startsWith(prefix)) {
                options.add(new SimpleImmutableEntry<>(new Ident(arg.key().substring(prefix.length()),
                        DiagramDirectives.shifted(arg.location(), prefix.length())), ident(arg)));
            }
        }
        return options;
    }

    /** Reports {@code message} at {@code at} (a name or value this directive holds). */
    public void error(Ident at, String message, String fix) {
        error(at.location(), message, fix);
    }

    /** Every option {@code <prefix><suffix>=name:column,...} by suffix, in the order written. */
    public Map<Ident, Map<String, List<Ident>>> prefixedPairs(String prefix, String suffixLabel, String nameLabel,
                                                              String columnLabel) {
        Map<Ident, Map<String, List<Ident>>> result = new LinkedHashMap<>();
        for (Arg arg : directive.args()) {
            if (!arg.positional() && arg.key().startsWith(prefix)) {
                Ident suffix = checked(new Ident(arg.key().substring(prefix.length()),
                        DiagramDirectives.shifted(arg.location(), prefix.length())), suffixLabel);
                result.put(suffix, pairs(arg, nameLabel, columnLabel));
            }
        }
        return result;
    }

    /**
     * The option as attribute names, each described by its {@code description.<attribute>} option when given;
     * empty when absent.
     */
    public List<AttributeSpec> attributes(String key, String label) {
        List<AttributeSpec> attributes = new ArrayList<>();
        for (Ident name : names(key, label)) {
            attributesRead.add(name.value());
            attributes.add(new AttributeSpec(name, text(DESCRIPTION_PREFIX + name.value())));
        }
        return attributes;
    }

    /** Reports {@code message} at the value of option {@code key}, or at the directive when it is absent. */
    public void error(String key, String message, String fix) {
        Arg arg = arg(key);
        if (arg == null) {
            failed = true;
            diagnostics.error(directive.location(), "mermaid.directive", message, fix);
        } else {
            error(arg, message, fix);
        }
    }

    /**
     * Whether the object this directive declares can be kept: none of its values was malformed and no directive
     * before declared {@code what} (reported at {@code name} when one did).
     */
    public boolean keep(Map<String, SourceLocation> seen, Ident name, String what) {
        SourceLocation first = seen.putIfAbsent(name.value(), name.location());
        if (first != null) {
            error(name.location(), what + " is declared twice (first at " + first + ")",
                    "keep one dv:" + shape.keyword() + " line for it");
            return false;
        }
        return !failed;
    }

    /** Whether a value of this directive was reported as malformed. */
    public boolean failed() {
        return failed;
    }

    /** Reports {@code description.<x>} options that describe no attribute the kind read. */
    void checkDescriptions() {
        for (Arg arg : directive.args()) {
            if (arg.positional() || !arg.key().startsWith(DESCRIPTION_PREFIX)) {
                continue;
            }
            String attribute = arg.key().substring(DESCRIPTION_PREFIX.length());
            if (!attributesRead.contains(attribute)) {
                diagnostics.error(arg.location(), "mermaid.directive", "option '" + arg.key() + "' of dv:"
                        + shape.keyword() + " describes '" + attribute + "', which is not one of its attributes",
                        Names.closest(attribute, attributesRead).map(s -> "did you mean '" + DESCRIPTION_PREFIX + s
                                + "'?").orElse("describe an attribute the directive lists"));
            }
        }
    }

    /**
     * {@code key=name,name:value,...}: each item a name, optionally followed by {@code :value} (the value is
     * {@code null} when not given); empty when absent.
     */
    public List<Map.Entry<Ident, Ident>> steps(String key, String nameLabel, String valueLabel) {
        Arg arg = arg(key);
        List<Map.Entry<Ident, Ident>> steps = new ArrayList<>();
        for (Ident item : arg == null ? List.<Ident>of() : items(arg, null)) {
            int colon = item.value().indexOf(':');
            if (colon < 0) {
                steps.add(new SimpleImmutableEntry<>(checked(item, nameLabel), null));
            } else if (colon == 0 || colon == item.value().length() - 1) {
                error(item.location(), "entry '" + item.value() + "' of option '" + key + "' is not " + nameLabel
                        + ":" + valueLabel, "write " + key + "=<" + nameLabel + ">:<" + valueLabel + ">,...");
            } else {
                steps.add(new SimpleImmutableEntry<>(checked(new Ident(item.value().substring(0, colon),
                        item.location()), nameLabel), checked(new Ident(item.value().substring(colon + 1),
                        DiagramDirectives.shifted(item.location(), colon + 1)), valueLabel)));
            }
        }
        return steps;
    }

    private Map<String, List<Ident>> pairs(Arg arg, String nameLabel, String columnLabel) {
        Map<String, List<Ident>> result = new LinkedHashMap<>();
        for (Map.Entry<Ident, Ident> step : steps(arg.key(), nameLabel, columnLabel)) {
            if (step.getValue() == null) {
                error(step.getKey().location(), "entry '" + step.getKey().value() + "' of option '" + arg.key()
                        + "' is not " + nameLabel + ":" + columnLabel, "write " + arg.key() + "=<" + nameLabel
                        + ">:<" + columnLabel + ">,...");
            } else {
                result.computeIfAbsent(step.getKey().value(), n -> new ArrayList<>()).add(step.getValue());
            }
        }
        result.replaceAll((name, columns) -> List.copyOf(columns));
        return result;
    }

    private List<Ident> items(Arg arg, String label) {
        List<Ident> items = new ArrayList<>();
        int offset = 0;
        for (String part : arg.value().split(",", -1)) {
            Ident item = new Ident(part, DiagramDirectives.shifted(arg.valueLocation(), offset));
            offset += part.length() + 1;
            if (part.isEmpty()) {
                error(item.location(), "empty name in '" + arg.value() + "'", "separate names with single commas");
            } else {
                items.add(label == null ? item : checked(item, label));
            }
        }
        return items;
    }

    private Ident checked(Ident ident, String label) {
        isName(ident, label);
        return ident;
    }

    /** Whether {@code ident} is a lower snake_case name; reports it when not. */
    public boolean isName(Ident ident, String label) {
        if (Names.isSnakeCase(ident.value())) {
            return true;
        }
        failed = true;
        Names.checkIdentifier(ident, label, diagnostics);
        return false;
    }

    private void error(Arg arg, String message, String fix) {
        error(arg.valueLocation(), message, fix);
    }

    private void error(SourceLocation at, String message, String fix) {
        failed = true;
        diagnostics.error(at, "mermaid.directive", message, fix);
    }

    private List<Arg> positional() {
        return directive.args().stream().filter(Arg::positional).toList();
    }

    private Arg arg(String key) {
        return directive.args().stream().filter(a -> key.equals(a.key())).findFirst().orElse(null);
    }

    private static Ident ident(Arg arg) {
        return new Ident(arg.value(), arg.valueLocation());
    }
}
