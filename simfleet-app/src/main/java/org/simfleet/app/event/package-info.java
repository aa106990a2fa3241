/**
 * The event log: typed, graded happenings on SIMs and endpoints from the API, from policy decisions
 * and from the network. Rows are written in the transaction of what caused them; the table is also
 * the outbox the streamer will read.
 */
package org.simfleet.app.event;
