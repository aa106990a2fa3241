package org.simfleet.app.session;

/**
 * Fits gateway-supplied text to the columns of data_session. A value that does not fit is cut or left out rather
 * than failing the INSERT, because one bad packet must not fail the group commit of thousands of good ones.
 */
final class Columns {

    private Columns() {}

    /** The text without NUL characters (PostgreSQL refuses them in text), cut to {@code max} characters. */
    static String text(String value, int max) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        String clean = value.indexOf('\0') < 0 ? value : value.replace("\0", "");
        return clean.length() <= max ? clean : clean.substring(0, max);
    }

    /** The value if it is {@code min..max} decimal digits, else {@code null}. */
    static String digits(String value, int min, int max) {
        if (value == null || value.length() < min || value.length() > max) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        return value;
    }
}
