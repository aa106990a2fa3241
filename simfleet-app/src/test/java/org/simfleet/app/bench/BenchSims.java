package org.simfleet.app.bench;

import org.simfleet.app.kernel.Iccid;

/**
 * Deterministic SIM identities for benchmark row {@code i}: valid ICCIDs (with Luhn digit), IMSIs and
 * MSISDNs that never collide, so every run imports the same fleet.
 */
final class BenchSims {

    private BenchSims() {}

    static String iccid(long i) {
        return Iccid.withCheckDigit("8988303" + String.format("%012d", i)).value();
    }

    static String imsi(long i) {
        return "90143" + String.format("%010d", i);
    }

    static String msisdn(long i) {
        return "88236" + String.format("%08d", i);
    }

    static String csv(long from, long to) {
        StringBuilder sb = new StringBuilder((int) (to - from) * 48 + 64);
        sb.append("iccid,imsi,msisdn\n");
        for (long i = from; i < to; i++) {
            sb.append(iccid(i))
                    .append(',')
                    .append(imsi(i))
                    .append(',')
                    .append(msisdn(i))
                    .append('\n');
        }
        return sb.toString();
    }
}
