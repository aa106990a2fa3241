package org.simfleet.simulator.network;

/** A visited network: mobile country code and mobile network code (ITU-T E.212), e.g. 262-01. */
public record Plmn(String mcc, String mnc) {

    public Plmn {
        if (!mcc.matches("\\d{3}") || !mnc.matches("\\d{2,3}")) {
            throw new IllegalArgumentException("a PLMN is MCC (3 digits) and MNC (2 or 3), not " + mcc + "-" + mnc);
        }
    }

    /** "26201", as 3GPP-SGSN-MCC-MNC carries it (TS 29.061 §16.4.7.2). */
    String digits() {
        return mcc + mnc;
    }

    @Override
    public String toString() {
        return mcc + "-" + mnc;
    }
}
