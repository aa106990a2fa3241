/**
 * The Dynamic Authorization client of RFC 5176: Disconnect-Request and CoA-Request to a gateway's DAS, with
 * retransmission, identifier management per destination and verified ACK/NAK replies. The application calls it to
 * reset a connection, suspend a SIM or change a running session's policy.
 */
package org.simfleet.radius.client;
