package io.dvmaven.model.vault;

import java.util.List;

/**
 * One staging model feeding a hub.
 *
 * @param source     source system name
 * @param stageModel staging model name
 * @param keyFields  raw column(s) carrying the hub's business key in that source
 * @param viaLink    the link whose stage carries this hub's key when the stage belongs to another entity
 *                   (hubs are also loaded from every stage that carries their key, so links never point at
 *                   a missing hub row); {@code null} for the entity's own stages
 */
public record HubSource(String source, String stageModel, List<String> keyFields, String viaLink) {
}
