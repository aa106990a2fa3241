/**
 * The RADIUS server: UDP endpoints for authentication and accounting, the admission checks every datagram passes
 * (known source, well-formed, authentic, not a retransmission), and the hand-over to the application's handlers. Only
 * {@link org.simfleet.radius.server.RadiusServer} and its config are public.
 */
package org.simfleet.radius.server;
