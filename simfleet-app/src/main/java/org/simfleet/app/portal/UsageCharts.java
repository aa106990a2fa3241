package org.simfleet.app.portal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.simfleet.app.sms.Usage;
import tools.jackson.databind.json.JsonMapper;

/**
 * The usage API's series as Chart.js draws them: labels, and the datasets as JSON in a data attribute
 * (the portal's scripts come from the server only, so no inline script carries the numbers).
 */
public record UsageCharts(String labels, String data, String sms, double totalMb, long totalSmsMo, long totalSmsMt) {

    private static final DateTimeFormatter HOUR =
            DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("MM-dd").withZone(ZoneOffset.UTC);

    static UsageCharts of(List<Usage.Bucket> buckets, boolean hourly, JsonMapper json) {
        DateTimeFormatter f = hourly ? HOUR : DAY;
        String labels =
                String.join(",", buckets.stream().map(b -> f.format(b.start())).toList());
        List<Double> up = buckets.stream().map(b -> b.dataBytesUp() / 1e6).toList();
        List<Double> down = buckets.stream().map(b -> b.dataBytesDown() / 1e6).toList();
        List<Long> mo = buckets.stream().map(Usage.Bucket::smsMo).toList();
        List<Long> mt = buckets.stream().map(Usage.Bucket::smsMt).toList();
        String data = json.writeValueAsString(List.of(
                Map.of("label", "MB up", "data", up, "backgroundColor", "#0b5cad"),
                Map.of("label", "MB down", "data", down, "backgroundColor", "#17663a")));
        String sms = json.writeValueAsString(List.of(
                Map.of("label", "SMS MO", "data", mo, "backgroundColor", "#8a4b00"),
                Map.of("label", "SMS MT", "data", mt, "backgroundColor", "#6b2c91")));
        double mb = up.stream().mapToDouble(Double::doubleValue).sum()
                + down.stream().mapToDouble(Double::doubleValue).sum();
        return new UsageCharts(
                labels,
                data,
                sms,
                Math.round(mb * 100) / 100.0,
                mo.stream().mapToLong(Long::longValue).sum(),
                mt.stream().mapToLong(Long::longValue).sum());
    }
}
