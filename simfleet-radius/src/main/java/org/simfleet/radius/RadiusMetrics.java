package org.simfleet.radius;

/**
 * Counters of one server since it was created, safe to read from any thread; the application binds them to its
 * metrics registry. Every received datagram ends in exactly one of: a drop (by reason), an answer from the duplicate
 * cache, or a call to a handler, which then ends accepted, rejected, acknowledged or failed.
 */
public interface RadiusMetrics {
    /** Datagrams received on both ports. */
    long received();

    long accessAccepted();

    long accessRejected();

    long accountingAcknowledged();

    /** Retransmissions answered with the cached reply, without calling a handler (RFC 5080 §2.2.2). */
    long duplicatesAnswered();

    long dropped(DropReason reason);

    /** All drops together. */
    long dropped();

    /** Handler calls that threw, failed, or completed with nothing to send. */
    long handlerFailures();

    /** Replies computed but not sent because the socket refused them. */
    long sendFailures();
}
