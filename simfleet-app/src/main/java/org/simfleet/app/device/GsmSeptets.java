package org.simfleet.app.device;

/**
 * Lengths of SMS text in the GSM 7-bit default alphabet of 3GPP TS 23.038 §6.2.1: a character of the basic table is
 * one septet, one of the extension table (§6.2.1.1) two (the escape and the character). One SMS carries 140 octets of
 * user data, that is 160 septets (3GPP TS 23.040 §9.2.3.16); a longer text needs concatenation, which trackers that
 * read one command per message do not reassemble.
 */
final class GsmSeptets {

    static final int ONE_SMS = 160;

    /** The basic table in code order 0x00–0x7F; 0x1B is the escape to the extension table and never text. */
    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private static final String EXTENSION = "\f^{}\\[~]|€";

    private GsmSeptets() {}

    /** The septets {@code text} takes, or -1 when a character has no GSM 7-bit code (the SMS would need UCS-2). */
    static int count(String text) {
        int septets = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\u001B' && BASIC.indexOf(c) >= 0) {
                septets += 1;
            } else if (EXTENSION.indexOf(c) >= 0) {
                septets += 2;
            } else {
                return -1;
            }
        }
        return septets;
    }
}
