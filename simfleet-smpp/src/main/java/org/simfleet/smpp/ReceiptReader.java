package org.simfleet.smpp;

import java.nio.charset.StandardCharsets;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.OptionalParameter;
import org.simfleet.smpp.codec.ReceiptText;

/**
 * A {@link DeliveryReceipt} from a receipt deliver_sm: the Appendix B text of the short message (or of
 * message_payload) for everything, then the TLVs receipted_message_id, message_state and network_error_code where
 * present, which win over the text (SMPP 3.4 §5.3.2.12, .35, .31).
 */
final class ReceiptReader {
    /** esm_class message type bits 5-2 (§5.2.12): SMSC delivery receipt. */
    static final int TYPE_RECEIPT = 0x04;

    /** esm_class message type: intermediate delivery notification. */
    static final int TYPE_INTERMEDIATE = 0x20;

    static final int TYPE_MASK = 0x3C;

    private ReceiptReader() {}

    static boolean isReceipt(byte esmClass) {
        int type = esmClass & TYPE_MASK;
        return type == TYPE_RECEIPT || type == TYPE_INTERMEDIATE;
    }

    /** The receipt, or null when neither the text nor the TLVs say which message and what state. */
    static DeliveryReceipt read(DeliverSm sm) {
        OptionalParameter[] tlvs = sm.getOptionalParameters();
        byte[] body = sm.getShortMessage();
        if (body == null || body.length == 0) {
            byte[] payload = Tlvs.value(tlvs, Tlvs.MESSAGE_PAYLOAD);
            body = payload == null ? new byte[0] : payload;
        }
        // Receipt texts are ASCII in practice whatever the data_coding says; UCS-2 is the one exception seen.
        String raw = (sm.getDataCoding() & 0xFF) == 0x08
                ? new String(body, StandardCharsets.UTF_16BE)
                : new String(body, StandardCharsets.ISO_8859_1);
        ReceiptText.Fields text = ReceiptText.parse(raw);

        String id = Tlvs.cString(tlvs, Tlvs.RECEIPTED_MESSAGE_ID);
        if (id == null || id.isEmpty()) {
            id = text == null ? null : text.id();
        }
        int stateValue = Tlvs.unsigned(tlvs, Tlvs.MESSAGE_STATE);
        ReceiptState state = stateValue < 0 ? null : ReceiptState.ofMessageState(stateValue);
        if (state == null && text != null) {
            state = text.state();
        }
        if (id == null || state == null) {
            return null;
        }
        Integer networkError = null;
        byte[] nec = Tlvs.value(tlvs, Tlvs.NETWORK_ERROR_CODE);
        if (nec != null && nec.length == 3) {
            // §5.3.2.31: one octet network type (GSM, ANSI-136…), then the two-octet error code.
            networkError = ((nec[1] & 0xFF) << 8) | (nec[2] & 0xFF);
        }
        boolean intermediate = (sm.getEsmClass() & TYPE_MASK) == TYPE_INTERMEDIATE;
        return new DeliveryReceipt(
                id,
                state,
                nullToEmpty(sm.getSourceAddr()),
                nullToEmpty(sm.getDestAddress()),
                text == null ? null : text.submitDate(),
                text == null ? null : text.doneDate(),
                text == null ? null : text.error(),
                networkError,
                text == null ? null : text.text(),
                raw,
                intermediate);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
