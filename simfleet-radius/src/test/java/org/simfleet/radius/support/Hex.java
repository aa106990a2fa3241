package org.simfleet.radius.support;

import java.util.HexFormat;

/** Hex dumps in tests, written the way RFCs and captures print them: spaces and line breaks ignored. */
public final class Hex {
    private Hex() {}

    public static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex.replaceAll("\\s+", ""));
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
