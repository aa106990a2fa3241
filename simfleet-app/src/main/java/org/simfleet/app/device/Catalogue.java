package org.simfleet.app.device;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every entry of the device catalogue, in the order the API lists them by default (by id). */
final class Catalogue {

    private static final Map<String, CatalogueEntry> ENTRIES = load();

    private Catalogue() {}

    static List<CatalogueEntry> all() {
        return List.copyOf(ENTRIES.values());
    }

    static Optional<CatalogueEntry> find(String id) {
        return Optional.ofNullable(id == null ? null : ENTRIES.get(id));
    }

    private static Map<String, CatalogueEntry> load() {
        List<CatalogueEntry> entries = new ArrayList<>();
        entries.addAll(ModuleModels.entries());
        entries.addAll(TrackerModels.entries());
        entries.addAll(RouterAndPhoneModels.entries());
        entries.sort(java.util.Comparator.comparing(e -> e.model().id()));
        Map<String, CatalogueEntry> byId = new LinkedHashMap<>();
        for (CatalogueEntry e : entries) {
            if (byId.put(e.model().id(), e) != null) {
                throw new IllegalStateException(
                        "two catalogue entries are named " + e.model().id());
            }
        }
        return byId;
    }
}
