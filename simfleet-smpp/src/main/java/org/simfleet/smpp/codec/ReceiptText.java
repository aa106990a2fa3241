package org.simfleet.smpp.codec;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.simfleet.smpp.ReceiptState;

/**
 * The delivery receipt text of SMPP 3.4 Appendix B: {@code id:IIIIIIIIII sub:SSS dlvrd:DDD submit date:YYMMDDhhmm
 * done date:YYMMDDhhmm stat:DDDDDDD err:E text:...}. Appendix B calls the format SMSC-specific, and SMSCs do vary:
 * keys in any case, {@code submit_date} for {@code submit date}, dates with seconds, full state words, fields
 * missing or in another order. The parser takes all of these; what it cannot read stays null.
 */
public final class ReceiptText {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyMMddHHmm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyMMddHHmmss");

    /** The keys in the order Appendix B gives them; "text" must come last because its value runs to the end. */
    private static final String[] KEYS = {"id", "sub", "dlvrd", "submit date", "done date", "stat", "err", "text"};

    private ReceiptText() {}

    /**
     * The fields of a receipt text; each is null when the text lacks it.
     *
     * @param state the stat: value mapped to a state, null when absent or not recognised
     * @param stat the stat: value as sent
     */
    public record Fields(
            String id,
            String submitted,
            String delivered,
            Instant submitDate,
            Instant doneDate,
            ReceiptState state,
            String stat,
            String error,
            String text) {}

    /** Parses {@code receipt} leniently; never throws. Returns null when no {@code id:} and no {@code stat:} is found. */
    public static Fields parse(String receipt) {
        if (receipt == null) {
            return null;
        }
        String lower = receipt.toLowerCase(Locale.ROOT)
                .replace("submit_date", "submit date")
                .replace("done_date", "done date");
        String[] values = new String[KEYS.length];
        int textAt = find(lower, "text:", 0);
        int headerEnd = textAt >= 0 ? textAt : receipt.length();
        if (textAt >= 0) {
            values[7] = receipt.substring(textAt + "text:".length());
        }
        for (int k = 0; k < KEYS.length - 1; k++) {
            int at = find(lower, KEYS[k] + ":", 0);
            if (at < 0 || at >= headerEnd) {
                continue;
            }
            int start = at + KEYS[k].length() + 1;
            int end = start;
            while (end < headerEnd && receipt.charAt(end) == ' ') {
                end++;
            }
            start = end;
            while (end < headerEnd && !Character.isWhitespace(receipt.charAt(end))) {
                end++;
            }
            values[k] = receipt.substring(start, end);
        }
        if (values[0] == null && values[5] == null) {
            return null;
        }
        return new Fields(
                blankToNull(values[0]),
                blankToNull(values[1]),
                blankToNull(values[2]),
                date(values[3]),
                date(values[4]),
                state(values[5]),
                blankToNull(values[5]),
                blankToNull(values[6]),
                values[7]);
    }

    /**
     * The receipt text an SMSC sends for {@code state}, in Appendix B's layout; dates in UTC, the text head cut to
     * 20 characters as Appendix B's example shows.
     */
    public static String format(
            String id, ReceiptState state, Instant submitted, Instant done, String error, String textHead) {
        boolean delivered = state == ReceiptState.DELIVERED;
        String head = textHead == null ? "" : textHead.substring(0, Math.min(20, textHead.length()));
        return "id:" + id + " sub:001 dlvrd:" + (delivered ? "001" : "000") + " submit date:"
                + MINUTES.format(submitted.atOffset(ZoneOffset.UTC)) + " done date:"
                + MINUTES.format(done.atOffset(ZoneOffset.UTC)) + " stat:" + state.stat() + " err:"
                + (error == null ? "000" : error) + " text:" + head;
    }

    /** The state for a stat: value: Appendix B's abbreviations, the full words, and FAILED as undeliverable. */
    public static ReceiptState state(String stat) {
        if (stat == null) {
            return null;
        }
        return switch (stat.toUpperCase(Locale.ROOT)) {
            case "DELIVRD", "DELIVERED", "DELIVER" -> ReceiptState.DELIVERED;
            case "EXPIRED" -> ReceiptState.EXPIRED;
            case "DELETED" -> ReceiptState.DELETED;
            case "UNDELIV", "UNDELIVERABLE", "FAILED", "FAIL" -> ReceiptState.UNDELIVERABLE;
            case "ACCEPTD", "ACCEPTED" -> ReceiptState.ACCEPTED;
            case "UNKNOWN" -> ReceiptState.UNKNOWN;
            case "REJECTD", "REJECTED" -> ReceiptState.REJECTED;
            case "ENROUTE" -> ReceiptState.ENROUTE;
            case "SKIPPED" -> ReceiptState.SKIPPED;
            default -> null;
        };
    }

    /** A key must start the text or follow a space, so "id:" is not found inside "msgid:" or a text value. */
    private static int find(String lower, String key, int from) {
        int at = lower.indexOf(key, from);
        while (at > 0 && !Character.isWhitespace(lower.charAt(at - 1))) {
            at = lower.indexOf(key, at + 1);
        }
        return at;
    }

    /** YYMMDDhhmm or YYMMDDhhmmss, read as UTC (Appendix B gives no zone; SMSCs commonly send local time). */
    static Instant date(String value) {
        if (value == null) {
            return null;
        }
        try {
            if (value.length() == 10) {
                return LocalDateTime.parse(value, MINUTES).toInstant(ZoneOffset.UTC);
            }
            if (value.length() == 12) {
                return LocalDateTime.parse(value, SECONDS).toInstant(ZoneOffset.UTC);
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
