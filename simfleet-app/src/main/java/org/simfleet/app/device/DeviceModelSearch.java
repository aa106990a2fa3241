package org.simfleet.app.device;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.simfleet.app.api.PageQuery;

/**
 * Filters and sorts the catalogue in memory, as the SQL-backed lists do in the database: {@code kind} exactly,
 * {@code vendor} ignoring case (also one name of a vendor written "Cinterion/Gemalto/Thales"), and {@code q} as a
 * case-insensitive substring of id, vendor, name or any model name.
 */
final class DeviceModelSearch {

    /** {@link PageQuery} maps sort names to columns; here a "column" is the name of a {@link DeviceModel} field. */
    static final Map<String, String> SORTABLE = Map.of("id", "id", "vendor", "vendor", "kind", "kind", "name", "name");

    private static final Map<String, Function<DeviceModel, String>> KEYS = Map.of(
            "id", DeviceModel::id,
            "vendor", m -> m.vendor().toLowerCase(Locale.ROOT),
            "kind", m -> m.kind().name(),
            "name", m -> m.name().toLowerCase(Locale.ROOT));

    record Page(List<DeviceModel> items, long total) {}

    private DeviceModelSearch() {}

    static Page search(DeviceKind kind, String vendor, String q, PageQuery page) {
        List<DeviceModel> matching = ApnConfigurations.models().stream()
                .filter(m -> kind == null || m.kind() == kind)
                .filter(m -> vendor == null || vendor.isBlank() || vendorMatches(m.vendor(), vendor))
                .filter(m -> q == null || q.isBlank() || textMatches(m, q))
                .sorted(order(page.orderBy()))
                .toList();
        List<DeviceModel> items =
                matching.stream().skip(page.offset()).limit(page.perPage()).toList();
        return new Page(items, matching.size());
    }

    private static boolean vendorMatches(String vendor, String wanted) {
        String w = wanted.strip();
        return vendor.equalsIgnoreCase(w) || Stream.of(vendor.split("/")).anyMatch(part -> part.equalsIgnoreCase(w));
    }

    private static boolean textMatches(DeviceModel m, String q) {
        String needle = q.strip().toLowerCase(Locale.ROOT);
        return Stream.concat(Stream.of(m.id(), m.vendor(), m.name()), m.models().stream())
                .anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(needle));
    }

    /** Reads back the "field ASC, field DESC" order PageQuery built from the request's sort; id breaks ties. */
    private static Comparator<DeviceModel> order(String orderBy) {
        Comparator<DeviceModel> order = null;
        for (String part : orderBy.split(", ")) {
            String[] fieldAndDirection = part.split(" ");
            Comparator<DeviceModel> one = Comparator.comparing(KEYS.get(fieldAndDirection[0]));
            if (fieldAndDirection[1].equals("DESC")) {
                one = one.reversed();
            }
            order = order == null ? one : order.thenComparing(one);
        }
        return order.thenComparing(DeviceModel::id);
    }
}
