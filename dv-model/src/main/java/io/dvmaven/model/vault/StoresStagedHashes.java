package io.dvmaven.model.vault;

/**
 * A further kind's object that stores hash columns computed by staging models, so that a change of such a hash
 * names the table among those to reload.
 */
public interface StoresStagedHashes {

    /** True when this object stores hash column {@code column} as computed by staging model {@code stage}. */
    boolean storesHash(String stage, String column);
}
