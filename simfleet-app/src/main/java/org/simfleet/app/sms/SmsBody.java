package org.simfleet.app.sms;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import org.simfleet.smpp.SmsContent;

/**
 * What a message carries, as stored: text, or octets for a device command (hexadecimal in {@code payload}) with the
 * SMPP data_coding they go out with (SMPP 3.4 §5.2.19) and their user data header (TS 23.040 §9.2.3.24), hexadecimal
 * with its length octet first.
 *
 * @param dataCoding null for text, which the SMPP library encodes as GSM 7-bit or UCS-2 itself
 */
record SmsBody(String payload, Integer dataCoding, String udh) {

    static final String TEXT = "TEXT";
    static final String BINARY = "BINARY";

    static SmsBody text(String text) {
        return new SmsBody(text, null, null);
    }

    boolean binary() {
        return dataCoding != null;
    }

    String encoding() {
        return binary() ? BINARY : TEXT;
    }

    SmsContent content() {
        if (!binary()) {
            return new SmsContent.Text(payload);
        }
        HexFormat hex = HexFormat.of();
        return new SmsContent.Binary(
                hex.parseHex(payload), (byte) (int) dataCoding, udh == null ? null : hex.parseHex(udh));
    }

    /** The {@code payload}, {@code data_coding} and {@code udh} columns of a row. */
    static SmsBody read(ResultSet rs) throws SQLException {
        Integer dataCoding = rs.getObject("data_coding", Integer.class);
        return new SmsBody(rs.getString("payload"), dataCoding, rs.getString("udh"));
    }
}
