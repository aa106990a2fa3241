package org.simfleet.app.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * IPv4 and IPv6 address literals, parsed by hand so that no text can ever start a DNS lookup (which
 * {@code InetAddress.getByName} does for anything it does not recognise as a literal). IPv4 is dotted
 * decimal without leading zeros, which some parsers read as octal (RFC 6943 §3.1.1); IPv6 is any text
 * form of RFC 4291 §2.2 and is stored in the canonical form of RFC 5952 §4. Public for the gateways, whose
 * addresses must be literals for the same reason.
 */
public final class IpLiteral {

    private IpLiteral() {}

    /** The address in canonical text form; throws with the reason when it is not a literal. */
    public static String canonical(String raw) {
        String text = raw.strip();
        if (text.contains(":")) {
            return ipv6(text);
        }
        if (ipv4(text) == null) {
            throw new IllegalArgumentException("must be an IPv4 address such as 192.0.2.53 or an IPv6 address such"
                    + " as 2001:db8::53 (host names are not accepted)");
        }
        return text;
    }

    public static boolean isUnspecified(String canonical) {
        return canonical.equals("0.0.0.0") || canonical.equals("::");
    }

    /** The four octets, or null when the text is not a dotted-decimal IPv4 address. */
    private static int[] ipv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        int[] octets = new int[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (!p.matches("0|[1-9]\\d{0,2}") || Integer.parseInt(p) > 255) {
                return null;
            }
            octets[i] = Integer.parseInt(p);
        }
        return octets;
    }

    private static String ipv6(String text) {
        if (text.contains("%")) {
            throw new IllegalArgumentException("must not carry a zone index ('%'); a server address needs none");
        }
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            throw new IllegalArgumentException("may use '::' only once (RFC 4291 §2.2)");
        }
        List<Integer> head = groups(gap < 0 ? text : text.substring(0, gap));
        List<Integer> tail = gap < 0 ? List.of() : groups(text.substring(gap + 2));
        int count = head.size() + tail.size();
        if (gap < 0 ? count != 8 : count > 7) {
            throw new IllegalArgumentException("must have 8 groups of 16 bits, or fewer with '::' (RFC 4291 §2.2)");
        }
        int[] all = new int[8];
        for (int i = 0; i < head.size(); i++) {
            all[i] = head.get(i);
        }
        for (int i = 0; i < tail.size(); i++) {
            all[8 - tail.size() + i] = tail.get(i);
        }
        return rfc5952(all);
    }

    /** Colon-separated hex groups; a dotted IPv4 tail counts as the last two groups. */
    private static List<Integer> groups(String part) {
        List<Integer> out = new ArrayList<>();
        if (part.isEmpty()) {
            return out;
        }
        String[] items = part.split(":", -1);
        for (int i = 0; i < items.length; i++) {
            String g = items[i];
            if (i == items.length - 1 && g.contains(".")) {
                int[] v4 = ipv4(g);
                if (v4 == null) {
                    throw new IllegalArgumentException("has an invalid embedded IPv4 part '" + g + "'");
                }
                out.add(v4[0] << 8 | v4[1]);
                out.add(v4[2] << 8 | v4[3]);
            } else if (g.matches("[0-9A-Fa-f]{1,4}")) {
                out.add(Integer.parseInt(g, 16));
            } else {
                throw new IllegalArgumentException("has an invalid group '" + g + "': use 1 to 4 hex digits");
            }
        }
        return out;
    }

    /** Lower-case hex without leading zeros, the longest run of two or more zero groups (first if tied) as "::". */
    private static String rfc5952(int[] g) {
        if (g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0 && g[5] == 0xffff) {
            // IPv4-mapped addresses keep the dotted tail (RFC 5952 §5)
            return "::ffff:" + (g[6] >> 8) + "." + (g[6] & 0xff) + "." + (g[7] >> 8) + "." + (g[7] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (!out.isEmpty() && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(g[i]));
        }
        return out.toString();
    }
}
