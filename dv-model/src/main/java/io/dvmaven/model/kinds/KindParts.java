package io.dvmaven.model.kinds;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The objects of the kinds that have no field of their own in {@code EntitySpec} or {@code Vault}: one immutable
 * list per record type, so that a new kind keeps its spec records and resolved objects in its own package and the
 * shared classes never grow a field for it.
 */
public final class KindParts implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final KindParts EMPTY = new KindParts(Map.of());

    private final Map<Class<?>, List<?>> lists;

    private KindParts(Map<Class<?>, List<?>> lists) {
        this.lists = lists;
    }

    /** The objects of {@code type}, in the order they were added; empty when there are none. */
    public <T> List<T> get(Class<T> type) {
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) lists.get(type);
        return list == null ? List.of() : list;
    }

    /** The record types held, for code that walks every part (reports, diagrams). */
    public Set<Class<?>> types() {
        return lists.keySet();
    }

    /** A copy with the objects of {@code type} replaced by {@code items}. */
    public <T> KindParts with(Class<T> type, List<? extends T> items) {
        Map<Class<?>, List<?>> copy = new LinkedHashMap<>(lists);
        if (items.isEmpty()) {
            copy.remove(type);
        } else {
            copy.put(type, List.copyOf(items));
        }
        return copy.isEmpty() ? EMPTY : new KindParts(Collections.unmodifiableMap(copy));
    }

    /** Keeps {@link #EMPTY} the one empty instance across serialization. */
    private Object readResolve() {
        return lists.isEmpty() ? EMPTY : this;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KindParts parts && parts.lists.equals(lists);
    }

    @Override
    public int hashCode() {
        return lists.hashCode();
    }

    @Override
    public String toString() {
        return "KindParts" + lists;
    }
}
