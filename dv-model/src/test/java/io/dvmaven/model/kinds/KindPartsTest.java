package io.dvmaven.model.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.vault.Vault;
import io.dvmaven.model.vault.VaultObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KindPartsTest {

    record Widget(String model) implements VaultObject {
    }

    record Gadget(String model) implements VaultObject {
    }

    @Test
    void keepsOneImmutableListPerTypeAndForgetsEmptyOnes() {
        KindParts parts = KindParts.EMPTY.with(String.class, List.of("a", "b")).with(Integer.class, List.of(1));
        assertEquals(List.of("a", "b"), parts.get(String.class));
        assertEquals(List.of(1), parts.get(Integer.class));
        assertEquals(List.of(), parts.get(Long.class));
        assertThrows(UnsupportedOperationException.class, () -> parts.get(String.class).add("c"));
        assertSame(KindParts.EMPTY, parts.with(String.class, List.of()).with(Integer.class, List.of()));
    }

    @Test
    void copiesTheItemsItIsGiven() {
        List<String> items = new ArrayList<>(List.of("a"));
        KindParts parts = KindParts.EMPTY.with(String.class, items);
        items.add("b");
        assertEquals(List.of("a"), parts.get(String.class));
    }

    @Test
    void entityPartsCarryFurtherKindsIntoTheSpec() {
        EntityParts entity = new EntityParts();
        entity.part(Widget.class, List.of(new Widget("w1")));
        assertEquals(List.of(new Widget("w1")), entity.build("specs/x.yml", "00", null).part(Widget.class));
        assertEquals(List.of(), entity.build("specs/x.yml", "00", null).part(Gadget.class));
    }

    @Test
    void vaultBuilderSortsEachFurtherKindByModelName() {
        VaultBuilder builder = new VaultBuilder(Map.of(), NamingConventions.defaults(), new ArrayList<>());
        builder.add(Widget.class, new Widget("w_b"));
        builder.add(Gadget.class, new Gadget("g_z"));
        builder.add(Widget.class, new Widget("w_a"));
        assertEquals(List.of(new Widget("w_b"), new Widget("w_a")), builder.all(Widget.class));
        Vault vault = builder.build();
        assertEquals(List.of(new Widget("w_a"), new Widget("w_b")), vault.all(Widget.class));
        assertEquals(List.of(new Gadget("g_z")), vault.all(Gadget.class));
        assertEquals(List.of("g_z", "w_a", "w_b"), vault.furtherObjects().stream().map(VaultObject::model).toList());
    }
}
