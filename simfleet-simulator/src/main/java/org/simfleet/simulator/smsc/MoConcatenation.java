package org.simfleet.simulator.smsc;

/** How {@link SmscSimulator#sendMo} marks the parts of a long MO message. */
public enum MoConcatenation {
    /** UDH IEI 0x00, 8-bit reference (TS 23.040 §9.2.3.24.1), esm_class UDHI. */
    UDH_8BIT,
    /**
     * UDH IEI 0x08, 16-bit reference (TS 23.040 §9.2.3.24.8), esm_class UDHI. The parts keep the 8-bit split
     * (153 septets, 67 UCS-2 characters), one octet more than the air interface would allow with this header: the
     * simulator only exercises the ESME's reassembly.
     */
    UDH_16BIT,
    /** SMPP's own TLVs sar_msg_ref_num, sar_total_segments, sar_segment_seqnum (SMPP 3.4 §5.3.2.22-24). */
    SAR
}
