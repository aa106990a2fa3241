package org.simfleet.app.sms;

import java.time.Instant;

/** What the usage API answers: the data and SMS an endpoint or organisation used. */
final class Usage {

    private Usage() {}

    /**
     * One calendar month (UTC) of one endpoint.
     *
     * @param month {@code 2026-12}
     * @param smsMt MT messages the SMSC took (sent_date in the month)
     * @param smsMo MO messages received in the month
     */
    record Month(String month, long dataBytesUp, long dataBytesDown, long smsMo, long smsMt) {}

    record EndpointUsage(Month thisMonth, Month lastMonth) {}

    /** One hour or day of an organisation's series, from {@code start} (inclusive). */
    record Bucket(Instant start, long dataBytesUp, long dataBytesDown, long smsMo, long smsMt) {}
}
