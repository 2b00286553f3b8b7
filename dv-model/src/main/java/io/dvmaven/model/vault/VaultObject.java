package io.dvmaven.model.vault;

/** A resolved object that becomes one dbt model; the vault keeps every kind's objects sorted by model name. */
public interface VaultObject {

    /** The dbt model name. */
    String model();
}
