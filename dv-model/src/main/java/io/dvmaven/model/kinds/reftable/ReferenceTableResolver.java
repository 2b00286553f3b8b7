package io.dvmaven.model.kinds.reftable;

import io.dvmaven.model.kinds.StageAdditions;
import io.dvmaven.model.kinds.VaultBuilder;
import io.dvmaven.model.kinds.reftable.ReferenceTable.Delivery;
import io.dvmaven.model.kinds.reftable.ReferenceTableSpec.ReferenceSourceSpec;
import io.dvmaven.model.kinds.sat.AttributeSpec;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import io.dvmaven.model.vault.Attribute;
import io.dvmaven.model.vault.RawColumn;
import io.dvmaven.model.vault.RawColumn.Role;
import io.dvmaven.model.vault.RawSource;
import io.dvmaven.model.vault.RawTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Resolves an entity's reference tables, and declares their raw tables in the source systems' sources.yml. */
final class ReferenceTableResolver {

    private ReferenceTableResolver() {
    }

    static void resolve(EntitySpec spec, VaultBuilder vault) {
        NamingConventions naming = vault.naming();
        for (ReferenceTableSpec table : spec.part(ReferenceTableSpec.class)) {
            List<Delivery> deliveries = table.sources().stream().map(source -> delivery(naming, table, source))
                    .toList();
            String name = table.name().value();
            ReferenceTable.History history = table.history() ? new ReferenceTable.History(
                    ReferenceTableKind.historyModelName(naming, name),
                    ReferenceTableKind.hashdiffName(naming, spec.name().value(), name)) : null;
            if (history != null) {
                vault.add(ReferenceTable.History.class, history);
            }
            vault.add(ReferenceTable.class, new ReferenceTable(ReferenceTableKind.modelName(naming, name),
                    naming.pattern(ReferenceTableKind.FOLDER), name, spec.name().value(), table.description(),
                    attribute(table.code()), table.attributes().stream().map(ReferenceTableResolver::attribute)
                    .toList(), ReferenceTableKind.deliveryModelName(naming, name),
                    naming.stagingFolderFor(ReferenceTableKind.DELIVERY_SOURCE), deliveries, history,
                    VaultBuilder.ref(spec)));
        }
    }

    private static Delivery delivery(NamingConventions naming, ReferenceTableSpec table, ReferenceSourceSpec source) {
        String system = source.source().value();
        List<String> columns = table.attributes().stream().map(a -> rawColumn(source, a)).toList();
        String loadTimestamp = source.loadTimestamp() == null ? naming.loadTimestampColumn()
                : source.loadTimestamp().value();
        String recordSource = source.recordSource() == null ? system : source.recordSource();
        return new Delivery(system, naming.rawSourceName(system), source.schema().value(), source.table().value(),
                rawColumn(source, table.code()), columns, loadTimestamp, recordSource);
    }

    private static Attribute attribute(AttributeSpec spec) {
        return new Attribute(spec.name().value(), spec.description(), spec.name().value());
    }

    private static String rawColumn(ReferenceSourceSpec source, AttributeSpec column) {
        Ident renamed = source.columns().get(column.name().value());
        return renamed == null ? column.name().value() : renamed.value();
    }

    /** Adds every delivering table to its source system's dbt source, creating the source when no stage reads it. */
    static void addRawTables(VaultBuilder vault) {
        NamingConventions naming = vault.naming();
        for (ReferenceTable table : vault.all(ReferenceTable.class)) {
            for (Delivery delivery : table.deliveries()) {
                List<RawColumn> columns = new ArrayList<>();
                columns.add(new RawColumn(delivery.codeColumn(), Role.BUSINESS_KEY, "Code of the " + table.name()
                        + " reference data"));
                columns.add(new RawColumn(delivery.loadTimestamp(), Role.LOAD_TIMESTAMP, "Load timestamp"));
                for (int i = 0; i < table.attributes().size(); i++) {
                    Attribute attribute = table.attributes().get(i);
                    columns.add(new RawColumn(delivery.columns().get(i), Role.ATTRIBUTE, attribute.description()));
                }
                addRawTable(vault, delivery.system(), delivery.schema(), new RawTable(delivery.table(),
                        table.entity(), table.description(), table.spec(), distinct(columns)), naming);
            }
        }
    }

    private static List<RawColumn> distinct(List<RawColumn> columns) {
        Map<String, RawColumn> byName = new LinkedHashMap<>();
        columns.forEach(c -> byName.putIfAbsent(c.name(), c));
        return List.copyOf(byName.values());
    }

    private static void addRawTable(VaultBuilder vault, String system, String schema, RawTable table,
                                    NamingConventions naming) {
        List<RawSource> sources = vault.rawSources();
        for (int i = 0; i < sources.size(); i++) {
            RawSource source = sources.get(i);
            if (!source.system().equals(system)) {
                continue;
            }
            if (source.tables().stream().anyMatch(t -> t.name().equals(table.name()))) {
                StageAdditions.addRawColumns(vault, system, table.name(), table.columns());
                return;
            }
            List<RawTable> tables = new ArrayList<>(source.tables());
            tables.add(table);
            tables.sort(Comparator.comparing(RawTable::name));
            sources.set(i, new RawSource(source.name(), system, source.schema(), source.folder(),
                    List.copyOf(tables), source.database()));
            return;
        }
        sources.add(new RawSource(naming.rawSourceName(system), system, schema, naming.stagingFolderFor(system),
                List.of(table)));
    }
}
