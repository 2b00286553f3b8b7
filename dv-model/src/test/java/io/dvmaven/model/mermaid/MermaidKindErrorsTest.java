package io.dvmaven.model.mermaid;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.DesignResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A malformed directive of every structure kind is reported at its file:line:col, with a fix. */
class MermaidKindErrorsTest {

    /** A valid diagram with two hubs, a link and a satellite; each test adds one directive as line 20. */
    private static final String BASE = """
            erDiagram
                %% dv:source customer crm schema=raw_crm table=customers key_field=customer_id
                %% dv:source agent crm schema=raw_crm table=agents key_field=agent_id
                %% dv:related_key customer_agent crm agent=agent_id
                h_customer {
                    binary customer_hk PK
                    varchar customer_bk
                }
                h_agent {
                    binary agent_hk PK
                    varchar agent_bk
                }
                l_customer_agent {
                    binary customer_agent_hk PK
                    binary customer_hk FK
                    binary agent_hk FK
                }
                s_customer_details_crm {
                    varchar city
                }
            """;

    @TempDir
    Path project;

    private List<String> errors(String directive) {
        Designs.write(project, "specs/bank.mmd", BASE + "    " + directive + "\n");
        DesignResult result = Designs.load(project);
        assertThat(result.vault()).isNull();
        return Designs.formatted(result);
    }

    @Test
    void baseDiagramIsValid() {
        Designs.write(project, "specs/bank.mmd", BASE);
        assertThat(Designs.formatted(Designs.load(project))).isEmpty();
    }

    @Test
    void effSatFlagThatIsNotABoolean() {
        assertThat(errors("%% dv:eff_sat customer customer_agent start_date=assigned_on end_date=ends"
                + " auto_end_dating=yes")).containsExactly(
                "specs/bank.mmd:21:96: option 'auto_end_dating' of dv:eff_sat is 'yes', not true or false"
                        + " (write auto_end_dating=true, or leave it out for false)");
    }

    @Test
    void effSatWithoutItsStartDate() {
        assertThat(errors("%% dv:eff_sat customer customer_agent end_date=ends")).containsExactly(
                "specs/bank.mmd:21:8: dv:eff_sat needs option start_date (write %% dv:eff_sat <entity> <link>"
                        + " start_date=<column> end_date=<column>)");
    }

    @Test
    void effSatOfAnUnknownLink() {
        assertThat(errors("%% dv:eff_sat customer customer_agnt start_date=a end_date=b")).containsExactly(
                "specs/bank.mmd:21:28: effectivity satellite of link 'customer_agnt' names link"
                        + " 'customer_agnt', which entity 'customer' does not define in links (did you mean"
                        + " 'customer_agent'?)");
    }

    @Test
    void nhLinkRelatedKeyWithoutColumn() {
        assertThat(errors("%% dv:nh_link customer payment source=pay transaction_key=payment_id"
                + " effective_from=paid_at related_hubs=agent related_keys=agent")).containsExactly(
                "specs/bank.mmd:21:129: entry 'agent' of option 'related_keys' is not entity:column (write"
                        + " related_keys=<entity>:<column>,...)",
                "specs/bank.mmd:21:129: related_keys of transactional link 'payment' has no column for"
                        + " related hub 'agent' (add agent:<column carrying the agent business key> to"
                        + " related_keys)");
    }

    @Test
    void nhLinkRelatedKeyOfAnotherHub() {
        assertThat(errors("%% dv:nh_link customer payment source=crm transaction_key=payment_id"
                + " effective_from=paid_at related_hubs=agent related_keys=agent:teller_id,branch:b")).containsExactly(
                "specs/bank.mmd:21:129: related_keys of transactional link 'payment' names 'branch', which is"
                        + " not in related_hubs (add 'branch' to related_hubs or remove it)");
    }

    @Test
    void linkSatWithAnEmptyAttributeName() {
        assertThat(errors("%% dv:link_sat customer terms link=customer_agent attributes=fee,,level")).containsExactly(
                "specs/bank.mmd:21:70: empty name in 'fee,,level' (separate names with single commas)");
    }

    @Test
    void linkSatDescribingAnUnknownAttribute() {
        assertThat(errors("%% dv:link_sat customer terms link=customer_agent attributes=fee"
                + " description.fees=\"x\"")).containsExactly(
                "specs/bank.mmd:21:70: option 'description.fees' of dv:link_sat describes 'fees', which is"
                        + " not one of its attributes (did you mean 'description.fee'?)");
    }

    @Test
    void hierarchicalLinkSourceWithoutEveryRole() {
        assertThat(errors("%% dv:hierarchical_link customer household roles=head,member"
                + " role_keys.crm=head:head_id")).containsExactly(
                "specs/bank.mmd:21:80: role_keys.crm of hierarchical link 'household' has no column for role"
                        + " 'member' (add member:<column carrying the member's business key>)");
    }

    @Test
    void sameAsLinkWithOneRole() {
        assertThat(errors("%% dv:same_as_link customer same roles=master role_keys.crm=master:a")).containsExactly(
                "specs/bank.mmd:21:44: same-as link 'same' names one role; it joins the hub with itself, so"
                        + " it needs two or more (write roles=master,duplicate)");
    }

    @Test
    void multiActiveSatelliteAttributeThatIsAlsoItsChildKey() {
        assertThat(errors("%% dv:ma_sat customer phones child_key=phone_type attributes=phone_type,number"
                + " sources=crm")).containsExactly(
                "specs/bank.mmd:21:66: attribute 'phone_type' of multi-active satellite 'phones' is also its"
                        + " child key (list it once: in child_key when it tells the rows of a set apart, else"
                        + " in attributes)");
    }

    @Test
    void multiActiveSatelliteNameNotSnakeCase() {
        assertThat(errors("%% dv:ma_sat customer Phones child_key=phone_type attributes=number sources=crm"))
                .containsExactly(
                "specs/bank.mmd:21:27: attribute group 'Phones' is not lower snake_case (use lower-case"
                        + " letters, digits and underscores, starting with a letter, e.g. 'phones')");
    }

    @Test
    void extendedTrackingWithAMisspelledOption() {
        assertThat(errors("%% dv:xts customer satelites=details")).containsExactly(
                "specs/bank.mmd:21:8: dv:xts needs option satellites (write %% dv:xts <entity>"
                        + " satellites=<attribute group>,...)",
                "specs/bank.mmd:21:24: unknown option 'satelites' in dv:xts (did you mean 'satellites'?)");
    }

    @Test
    void asOfDatesWithAnImpossibleDate() {
        assertThat(errors("%% dv:as_of_dates customer start=2024-13-01 grain=day")).containsExactly(
                "specs/bank.mmd:21:38: option 'start' of dv:as_of_dates is '2024-13-01', not a date (write"
                        + " start=YYYY-MM-DD, e.g. start=2024-01-01)");
    }

    @Test
    void asOfDatesEndingBeforeTheStartWithAnUnknownGrain() {
        assertThat(errors("%% dv:as_of_dates customer start=2024-01-05 end=2024-01-01 grain=hour")).containsExactly(
                "specs/bank.mmd:21:53: 'end' of dv:as_of_dates (2024-01-01) is before 'start' (2024-01-05)"
                        + " (set end on or after 2024-01-05, or end=today)",
                "specs/bank.mmd:21:70: option 'grain' of dv:as_of_dates is 'hour', not one of day, week,"
                        + " month (use one of day, week, month)");
    }

    @Test
    void asOfDatesModelWithGeneratedDates() {
        assertThat(errors("%% dv:as_of_dates customer model=my_dates start=2024-01-01")).containsExactly(
                "specs/bank.mmd:21:53: 'start' of dv:as_of_dates has no effect with 'model': your own model"
                        + " 'my_dates' supplies the dates (remove start=, or model= to have the dates"
                        + " generated)");
    }

    @Test
    void pitOfAnUnknownSatelliteWithoutAsOfDates() {
        assertThat(errors("%% dv:pit customer customer satellites=detail")).containsExactly(
                "specs/bank.mmd:21:24: PIT 'customer' needs as-of dates, and no spec of the design defines"
                        + " them (add as_of_dates: {start: <YYYY-MM-DD>, end: today, grain: day} to one spec)",
                "specs/bank.mmd:21:44: satellite 'detail' of PIT 'customer' is not a satellite of entity"
                        + " 'customer' (did you mean 'details'?)");
    }

    @Test
    void bridgeStepWithoutItsHub() {
        assertThat(errors("%% dv:bridge customer walk path=customer_agent:")).containsExactly(
                "specs/bank.mmd:21:37: entry 'customer_agent:' of option 'path' is not link:entity (write"
                        + " path=<link>:<entity>,...)");
    }

    @Test
    void bridgeWithoutPath() {
        assertThat(errors("%% dv:bridge customer walk")).containsExactly(
                "specs/bank.mmd:21:8: dv:bridge needs option path (write %% dv:bridge <entity> <name>"
                        + " path=<link>,<link>[:<to entity>],...)");
    }

    @Test
    void kindDirectiveOfAnUnknownEntity() {
        assertThat(errors("%% dv:eff_sat custmer customer_agent start_date=a end_date=b")).containsExactly(
                "specs/bank.mmd:21:19: dv:eff_sat names entity 'custmer', which has no hub (did you mean"
                        + " 'customer'?)");
    }

    @Test
    void sourceWithAMisspelledDerivedFormAndAnUnsafeType() {
        assertThat(errors("%% dv:source customer erp model=erp_customers key_field=cust_id"
                + " derived.region.constnt=EMEA type.cust_id=\"varchar(20); drop\"")).containsExactly(
                "specs/bank.mmd:21:77: option 'derived.region.constnt' of dv:source does not end in .column,"
                        + " .constant, .sql, .var or .type (write derived.<column>.constant=<text> (or .sql,"
                        + " .var, .column; .type to cast it))",
                "specs/bank.mmd:21:110: 'varchar(20); drop' is not a data type (in column 'cust_id') (write"
                        + " one SQL type, e.g. varchar(100), timestamp, decimal(12, 2))");
    }

    @Test
    void sourceReadingAModelAndARawTable() {
        assertThat(errors("%% dv:source customer erp schema=raw table=t model=m key_field=cust_id"
                + " derived.load_ts.var=load-date")).containsExactly(
                "specs/bank.mmd:21:31: dv:source names both a dbt model (model=) and a raw schema (schema=)"
                        + " (keep model= to read the dbt model with ref(), or remove it and give schema= and"
                        + " table= of the raw table)",
                "specs/bank.mmd:21:42: dv:source names both a dbt model (model=) and a raw table (table=)"
                        + " (keep model= to read the dbt model with ref(), or remove it and give schema= and"
                        + " table= of the raw table)");
    }

    @Test
    void satelliteOptionThatIsNotABoolean() {
        assertThat(errors("%% dv:satellite customer details change_tracking=no source_attributes.crm=city"))
                .containsExactly(
                "specs/bank.mmd:21:54: option 'change_tracking' of dv:satellite is 'no', not one of true,"
                        + " false (use one of true, false)");
    }

    @Test
    void satelliteOptionsOfAnUnknownGroup() {
        assertThat(errors("%% dv:satellite customer detials hashdiff_include_key=true")).containsExactly(
                "specs/bank.mmd:21:30: dv:satellite names satellite group 'detials' of entity 'customer',"
                        + " which no satellite table holds (did you mean 'details'?)");
    }

    @Test
    void sourceFeedsHubThatIsNotABoolean() {
        assertThat(errors("%% dv:source customer web schema=raw_web table=t key_field=c feeds_hub=maybe"))
                .containsExactly(
                "specs/bank.mmd:21:76: feeds_hub of dv:source is 'maybe', not true or false (write"
                        + " feeds_hub=false for a source that only feeds other structures than the hub, or"
                        + " leave it out)");
    }

    @Test
    void refSourceOfAnUndeclaredRefTable() {
        assertThat(errors("%% dv:ref_source customer nation source=crm schema=raw_crm table=nations"))
                .containsExactly("specs/bank.mmd:21:31: dv:ref_source names reference table 'nation', which no"
                        + " dv:ref_table of entity 'customer' declares (add %% dv:ref_table customer nation code=<code column>, or correct"
                        + " the name)");
    }

    @Test
    void refTableDeclaredTwice() {
        assertThat(errors("%% dv:ref_table customer nation code=nation_code\n"
                + "    %% dv:ref_table customer nation code=iso_code\n"
                + "    %% dv:ref_source customer nation source=crm schema=raw_crm table=nations"))
                .containsExactly("specs/bank.mmd:22:30: reference table 'nation' is declared twice (first at"
                        + " specs/bank.mmd:21:30) (keep one dv:ref_table line for it)");
    }

    @Test
    void refTableWithoutItsCode() {
        assertThat(errors("%% dv:ref_table customer nation attributes=nation_name\n"
                + "    %% dv:ref_source customer nation source=crm schema=raw_crm table=nations"))
                .containsExactly("specs/bank.mmd:21:8: dv:ref_table needs option code (write %% dv:ref_table"
                        + " <entity> <reference table> code=<code column> attributes=<attribute>,...)",
                        "specs/bank.mmd:22:31: dv:ref_source names reference table 'nation', which no"
                        + " dv:ref_table of entity 'customer' declares (add %% dv:ref_table customer nation code=<code column>, or correct"
                        + " the name)");
    }

    @Test
    void refTableWithoutDeliveringTable() {
        assertThat(errors("%% dv:ref_table customer nation code=nation_code")).containsExactly(
                "specs/bank.mmd:21:42: reference table 'nation' has no dv:ref_source line (add %% dv:ref_source"
                        + " customer nation source=<source system> schema=<raw schema> table=<raw table> for each"
                        + " delivering table, in priority order)");
    }

    @Test
    void refTableHistoryWithoutAttributes() {
        assertThat(errors("%% dv:ref_table customer nation code=nation_code history=true\n"
                + "    %% dv:ref_source customer nation source=crm schema=raw_crm table=nations")).containsExactly(
                "specs/bank.mmd:21:62: reference table 'nation' keeps the history of its attributes, but it has none"
                        + " (add attributes=<attribute>,... to the dv:ref_table line, or remove history=true)");
    }

    @Test
    void nullColumnsNamingNoKeyPart() {
        assertThat(errors("%% dv:business_key customer customer null_required=custmer")).containsExactly(
                "specs/bank.mmd:21:56: null_required lists 'custmer', which is not a business key part [customer]"
                        + " (list parts the dv:business_key line names)");
    }
}
