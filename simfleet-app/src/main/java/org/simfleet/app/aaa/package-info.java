/**
 * Authorization for the packet gateways (RADIUS Access-Request, RFC 2865 and 3GPP TS 29.061 §16): an in-memory read
 * model of SIMs, endpoints and policies, kept fresh from the change events the sim, endpoint, policy and tenant
 * features publish, and the {@link org.simfleet.radius.AccessHandler} that decides from it alone. Every decision is
 * counted and written to the event log asynchronously, in batches.
 */
package org.simfleet.app.aaa;
