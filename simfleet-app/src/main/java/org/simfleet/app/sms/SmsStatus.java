package org.simfleet.app.sms;

/**
 * Where a message stands, as emnify and Jasper show it: an MT goes PENDING (durable, not yet at the SMSC) to
 * IN_PROGRESS (handed to the SMSC) to one final state; an MO is RECEIVED.
 */
enum SmsStatus {
    PENDING,
    IN_PROGRESS,
    DELIVERED,
    FAILED,
    EXPIRED,
    CANCELED,
    RECEIVED;

    boolean isFinal() {
        return this != PENDING && this != IN_PROGRESS;
    }
}
