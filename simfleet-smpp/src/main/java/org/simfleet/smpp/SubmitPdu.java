package org.simfleet.smpp;

import org.jsmpp.PDUStringException;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.util.DefaultComposer;
import org.simfleet.smpp.codec.EncodedSms;

/** Composes the submit_sm of each part (SMPP 3.4 §4.4.1) through jSMPP's composer. */
final class SubmitPdu {
    /** esm_class: default SMSC mode, default message type (§5.2.12). */
    static final byte ESM_DEFAULT = 0x00;

    /** esm_class bit 6: the short message begins with a user data header (§5.2.12). */
    static final byte ESM_UDHI = 0x40;

    /** registered_delivery: an SMSC delivery receipt on success or failure (§5.2.17). */
    static final byte RECEIPT_ON_FINAL = 0x01;

    private static final DefaultComposer COMPOSER = new DefaultComposer();

    private SubmitPdu() {}

    /**
     * The part's submit_sm with sequence number {@code sequence}.
     *
     * @throws PDUStringException when a field is too long or malformed for its SMPP type
     */
    static byte[] compose(
            int sequence, OutboundSms sms, String source, EncodedSms encoded, int part, boolean requestReceipt)
            throws PDUStringException {
        OptionalParameter[] tlvs = sms.userMessageReference() == null
                ? new OptionalParameter[0]
                : new OptionalParameter[] {
                    new OptionalParameter.User_message_reference(
                            (short) sms.userMessageReference().intValue())
                };
        return COMPOSER.submitSm(
                sequence,
                "",
                Addresses.sourceTon(source),
                Addresses.sourceNpi(source),
                Addresses.sourceAddress(source),
                Addresses.TON_INTERNATIONAL,
                Addresses.NPI_E164,
                sms.destination(),
                encoded.userDataHeader() ? ESM_UDHI : ESM_DEFAULT,
                (byte) 0,
                (byte) 0,
                null,
                sms.validUntil() == null ? null : SmppTime.absolute(sms.validUntil()),
                requestReceipt ? RECEIPT_ON_FINAL : 0,
                (byte) 0,
                encoded.dataCoding(),
                (byte) 0,
                encoded.parts().get(part),
                tlvs);
    }

    /** Writes {@code sequence} into a composed PDU's header (octets 12-15). */
    static void setSequence(byte[] pdu, int sequence) {
        pdu[12] = (byte) (sequence >>> 24);
        pdu[13] = (byte) (sequence >>> 16);
        pdu[14] = (byte) (sequence >>> 8);
        pdu[15] = (byte) sequence;
    }

    /** Writes {@code id} into a composed PDU's command_id (octets 4-7). */
    static void setCommandId(byte[] pdu, int id) {
        pdu[4] = (byte) (id >>> 24);
        pdu[5] = (byte) (id >>> 16);
        pdu[6] = (byte) (id >>> 8);
        pdu[7] = (byte) id;
    }
}
