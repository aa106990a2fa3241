package org.simfleet.smpp;

/**
 * Where the client's connection to the SMSC stands. With {@link BindMode#TRANSMITTER_AND_RECEIVER} it is {@link
 * #BOUND} once the transmitter is bound (submits flow); the receiver's own state is reported through {@link
 * SmsListener#onBindStateChanged}'s detail.
 */
public enum BindState {
    /** Not connected; a reconnect is scheduled (after backoff) unless the client is closing. */
    DISCONNECTED,
    /** TCP connect and bind request in progress. */
    CONNECTING,
    /** Bound: submit_sm can be sent. */
    BOUND,
    /** {@link SmppClient#close()} was called: nothing is sent any more and no reconnect follows. */
    CLOSED
}
