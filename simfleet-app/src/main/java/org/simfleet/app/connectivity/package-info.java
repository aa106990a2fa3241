/**
 * What an endpoint's connection looks like right now — OFFLINE, ATTACHED, ONLINE or BLOCKED, with operator, RAT, IP and
 * since when — read from the HLR's registrations and the gateways' open sessions, and the reset that ends its data
 * sessions with RADIUS Disconnect-Requests (RFC 5176).
 */
package org.simfleet.app.connectivity;
