package org.simfleet.app.policy;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The radio access technologies a service policy can allow, named as operators and module vendors
 * name them (emnify's service policy uses the same list). LTE-M (LTE Cat-M1) and NB-IoT are separate
 * from 4G because many roaming agreements cover LTE but not the IoT radio variants.
 */
public enum RatType {
    GSM("2G"),
    UMTS("3G"),
    LTE("4G"),
    NR("5G"),
    LTE_M("LTE-M"),
    NB_IOT("NB-IoT");

    private final String label;

    RatType(String label) {
        this.label = label;
    }

    /** The name the API and the stored text use, e.g. {@code "LTE-M"}. */
    @JsonValue
    public String label() {
        return label;
    }

    /** Finds a type by its label, ignoring case so that "nb-iot" and "lte-m" are understood. */
    public static Optional<RatType> byLabel(String label) {
        String wanted = label.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(t -> t.label.toUpperCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    static String labels() {
        return String.join(", ", Arrays.stream(values()).map(RatType::label).toList());
    }
}
