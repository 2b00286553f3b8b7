package io.dvmaven.model.kinds.nhlink;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.DesignResult;
import io.dvmaven.model.testing.LinkedSpecs;
import io.dvmaven.model.vault.Attribute;
import io.dvmaven.model.vault.HashedColumn;
import io.dvmaven.model.vault.HubSource;
import io.dvmaven.model.vault.LinkedHub;
import io.dvmaven.model.vault.Stage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NhLinkSectionTest {

    private static final String PAYMENTS = """
            transactional_links:
              - name: premium_payment
                related_hubs: coverage
                source: web
                related_keys: {coverage: cov_no}
                transaction_key: payment_id
                payload: [amount, plan_code]
                effective_from: paid_at
            """;

    @TempDir
    Path dir;

    private List<String> errors(String section) {
        return new LinkedSpecs(dir).errors(section);
    }

    @Test
    void resolvesTheLinkAndAddsItsKeysToTheStage() {
        DesignResult result = new LinkedSpecs(dir).load(PAYMENTS);

        assertThat(result.diagnostics()).noneMatch(d -> d.isError());
        TransactionalLink link = result.vault().all(TransactionalLink.class).get(0);
        assertThat(link.model()).isEqualTo("nh_l_premium_payment");
        assertThat(link.folder()).isEqualTo("integration/nh_links");
        assertThat(link.hashKey()).isEqualTo("premium_payment_hk");
        assertThat(link.hubs()).extracting(LinkedHub::hashKey).containsExactly("member_hk", "coverage_hk");
        assertThat(link.transactionKey()).containsExactly("payment_id");
        assertThat(link.payload()).extracting(Attribute::name, Attribute::sourceColumn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("amount", "amount"),
                        org.assertj.core.groups.Tuple.tuple("plan_code", "plan"));
        Stage stage = result.vault().stages().stream().filter(s -> s.model().equals("stg_member_web")).findFirst()
                .orElseThrow();
        assertThat(stage.hashedColumns()).filteredOn(h -> h.name().equals("premium_payment_hk"))
                .extracting(HashedColumn::columns).containsExactly(List.of("member_bk", "coverage_bk", "payment_id"));
        assertThat(result.vault().hubs().stream().filter(h -> h.model().equals("h_coverage")).findFirst()
                .orElseThrow().sources()).extracting(HubSource::stageModel).contains("stg_member_web");
    }

    @Test
    void aRenameReadOnlyByTheTransactionalLinkIsUsed() {
        // web's columns rename plan_code, which no hub satellite reads: only this kind's payload does
        assertThat(new LinkedSpecs(dir).unusedRenames(PAYMENTS)).isEmpty();
        assertThat(new LinkedSpecs(dir).unusedRenames("")).containsExactly(LinkedSpecs.PLAN_CODE_UNUSED);
    }

    @Test
    void transactionKeyAndEffectiveFromAreRequired() {
        assertThat(errors(PAYMENTS.replace("    transaction_key: payment_id\n", "")
                .replace("    effective_from: paid_at\n", ""))).containsExactly(
                "spec.missing-field specs/member.yml:15:5: missing required key 'effective_from' in transactional"
                        + " link 'premium_payment' (add effective_from: <column of the transaction's business date>)",
                "spec.missing-field specs/member.yml:15:5: missing required key 'transaction_key' in transactional"
                        + " link 'premium_payment' (add transaction_key: <column identifying a transaction>)");
    }

    @Test
    void relatedKeysNameEachRelatedHub() {
        assertThat(errors(PAYMENTS.replace("{coverage: cov_no}", "{coverag: cov_no}"))).containsExactly(
                "spec.link-key-missing specs/member.yml:18:19: related_keys of transactional link 'premium_payment'"
                        + " has no column for related hub 'coverage' (add coverage: <column carrying the coverage"
                        + " business key>)",
                "spec.unknown-hub specs/member.yml:18:20: related_keys of transactional link 'premium_payment' names"
                        + " 'coverag', which is not in related_hubs (did you mean 'coverage'?)");
    }

    @Test
    void relatedHubMustExistInTheDesign() {
        assertThat(errors(PAYMENTS.replace("related_hubs: coverage", "related_hubs: policy")
                .replace("{coverage: cov_no}", "{policy: cov_no}"))).containsExactly(
                "spec.unknown-hub specs/member.yml:16:19: transactional link 'premium_payment' relates to unknown"
                        + " entity 'policy' (add a spec with entity name 'policy', or fix the name)");
    }

    @Test
    void nameMustDifferFromEveryLinkName() {
        assertThat(errors(PAYMENTS.replace("name: premium_payment", "name: member_coverage"))).containsExactly(
                "spec.duplicate-name specs/member.yml:15:11: transactional link 'member_coverage' has the name of"
                        + " link 'member_coverage' (specs/member.yml line 7), so both would get hash key column"
                        + " member_coverage_hk (rename the transactional link)");
    }

    @Test
    void aTransactionDoesNotRelateTheEntityToItself() {
        assertThat(errors(PAYMENTS.replace("related_hubs: coverage", "related_hubs: [coverage, member]")
                .replace("{coverage: cov_no}", "{coverage: cov_no, member: payer_no}"))).containsExactly(
                "spec.self-link specs/member.yml:16:30: transactional link 'premium_payment' relates entity"
                        + " 'member' to itself (remove it from related_hubs)");
    }
}
