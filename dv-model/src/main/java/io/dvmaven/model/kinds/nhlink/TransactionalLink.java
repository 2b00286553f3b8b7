package io.dvmaven.model.kinds.nhlink;

import io.dvmaven.model.vault.Attribute;
import io.dvmaven.model.vault.LinkedHub;
import io.dvmaven.model.vault.SpecRef;
import io.dvmaven.model.vault.StoresStagedHashes;
import io.dvmaven.model.vault.VaultObject;
import java.util.List;

/**
 * A non-historised link model calling {@code automate_dv.nh_link}.
 *
 * @param model          model name ({@code nh_l_customer_payment})
 * @param folder         folder relative to {@code models/}
 * @param name           transaction name
 * @param description    business description, or {@code null}
 * @param hashKey        its hash key: hubs' business keys and the transaction key
 * @param hubs           hubs in key order: the defining entity first
 * @param transactionKey columns identifying a transaction (stored, tested unique)
 * @param payload        further attributes, in spec order
 * @param effectiveFrom  column of the transaction's business date
 * @param source         source system
 * @param stageModel     feeding staging model
 * @param spec           spec defining it
 */
public record TransactionalLink(String model, String folder, String name, String description, String hashKey,
                                List<LinkedHub> hubs, List<String> transactionKey, List<Attribute> payload,
                                String effectiveFrom, String source, String stageModel, SpecRef spec)
        implements VaultObject, StoresStagedHashes {

    @Override
    public boolean storesHash(String stage, String column) {
        return stageModel.equals(stage) && (hashKey.equals(column)
                || hubs.stream().anyMatch(h -> h.hashKey().equals(column)));
    }
}
