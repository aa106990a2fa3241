package org.simfleet.app.session;

import java.time.Instant;

/** One usage_record: what an Interim-Update or Stop added to a session, and the session's totals after it. */
record UsageRow(
        SessionState session,
        Instant recordedAt,
        long bytesUp,
        long bytesDown,
        long packetsUp,
        long packetsDown,
        long totalBytesUp,
        long totalBytesDown) {}
