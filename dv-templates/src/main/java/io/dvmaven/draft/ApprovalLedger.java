package io.dvmaven.draft;

import io.dvmaven.model.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The review gate's record, {@code dv-approvals.json} in the dbt project (tracked with the specs): per approved
 * entity who approved it, when, with which model it was drafted, from which narrative (and that narrative's hash),
 * and the hash of the approved spec, so that later edits show up in {@code dv:verify} and approved narratives are
 * not drafted again. Sorted by entity, one approval per entity (the latest).
 */
public final class ApprovalLedger {

    public static final String FILE_NAME = "dv-approvals.json";

    /** One approval. Hashes are SHA-256 of the file bytes, hex. */
    public record Approval(String entity, String spec, String approvedBy, String approvedAt, String model,
                           String narrative, String narrativeSha256, String specSha256) {

        Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("entity", entity);
            json.put("spec", spec);
            json.put("approved_by", approvedBy);
            json.put("approved_at", approvedAt);
            json.put("model", model);
            json.put("narrative", narrative);
            json.put("narrative_sha256", narrativeSha256);
            json.put("spec_sha256", specSha256);
            return json;
        }

        static Approval fromJson(Map<?, ?> json) {
            return new Approval(text(json, "entity"), text(json, "spec"), text(json, "approved_by"),
                    text(json, "approved_at"), text(json, "model"), text(json, "narrative"),
                    text(json, "narrative_sha256"), text(json, "spec_sha256"));
        }

        private static String text(Map<?, ?> json, String key) {
            return json.get(key) instanceof String value ? value : null;
        }
    }

    private final Path file;

    public ApprovalLedger(Path projectDirectory) {
        this.file = projectDirectory.toAbsolutePath().normalize().resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** Every approval, sorted by entity; empty when there is no ledger yet. */
    public List<Approval> read() throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        Object parsed;
        try {
            parsed = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (Json.JsonSyntaxException e) {
            throw new IOException(FILE_NAME + " is not valid JSON (" + e.getMessage() + "); restore it from version "
                    + "control", e);
        }
        List<Approval> approvals = new ArrayList<>();
        if (parsed instanceof Map<?, ?> root && root.get("approvals") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> map && map.get("entity") instanceof String) {
                    approvals.add(Approval.fromJson(map));
                }
            }
        }
        return approvals;
    }

    /** Adds or replaces the approvals of these entities; writes only when the bytes change. */
    public void record(List<Approval> added) throws IOException {
        Map<String, Approval> byEntity = new LinkedHashMap<>();
        read().forEach(a -> byEntity.put(a.entity(), a));
        added.forEach(a -> byEntity.put(a.entity(), a));
        List<Map<String, Object>> sorted = byEntity.values().stream()
                .sorted(Comparator.comparing(Approval::entity)).map(Approval::toJson).toList();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("approvals", sorted);
        String text = Json.writePretty(root).replace("\r\n", "\n") + "\n";
        if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
            return;
        }
        Path temp = file.resolveSibling(FILE_NAME + ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Approvals that came from the narrative shown as {@code narrative}. */
    public List<Approval> fromNarrative(String narrative) throws IOException {
        return read().stream().filter(a -> narrative.equals(a.narrative())).toList();
    }

    /** Approved specs whose bytes differ from what was approved (or that are gone), as messages. */
    public List<String> editedSinceApproval(Path projectDirectory) throws IOException {
        Path project = projectDirectory.toAbsolutePath().normalize();
        List<String> edited = new ArrayList<>();
        for (Approval approval : read()) {
            Path spec = project.resolve(approval.spec()).normalize();
            if (!spec.startsWith(project) || !Files.isRegularFile(spec)) {
                edited.add(approval.spec() + ": approved by " + approval.approvedBy() + " at "
                        + approval.approvedAt() + ", now missing");
            } else if (!sha256(Files.readAllBytes(spec)).equals(approval.specSha256())) {
                edited.add(approval.spec() + ": edited since " + approval.approvedBy() + " approved it at "
                        + approval.approvedAt() + " (hash " + abbreviate(approval.specSha256()) + " approved, "
                        + abbreviate(sha256(Files.readAllBytes(spec))) + " now)");
            }
        }
        return edited;
    }

    private static String abbreviate(String hash) {
        return hash == null ? "none" : hash.substring(0, Math.min(12, hash.length()));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
