package io.dvmaven.model.kinds.nhlink;

import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.kinds.sat.AttributeSpec;
import io.dvmaven.model.spec.Ident;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One entry of {@code transactional_links}: a non-historised link, one row per transaction that never changes.
 *
 * @param location       where the list entry starts
 * @param name           transaction name ({@code customer_payment}); hash key {@code <name>_hk}
 * @param description    may be {@code null}
 * @param relatedHubs    {@code related_hubs}: further entities of each transaction, in key order after this one
 * @param source         {@code source}: the source system delivering the transactions
 * @param relatedKeys    {@code related_keys}: per related hub, the column(s) carrying its business key
 * @param transactionKey {@code transaction_key}: the column(s) identifying a transaction
 * @param payload        {@code payload}: the transaction's attributes
 * @param effectiveFrom  {@code effective_from}: the column of the transaction's business date
 */
public record NhLinkSpec(SourceLocation location, Ident name, String description, List<Ident> relatedHubs,
                         Ident source, Map<String, List<Ident>> relatedKeys, List<Ident> transactionKey,
                         List<AttributeSpec> payload, Ident effectiveFrom) implements Serializable {
}
