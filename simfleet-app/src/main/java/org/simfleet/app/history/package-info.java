/**
 * What the audit and the event log share when they are read: filters turned into SQL without any
 * request text reaching it, the organisation scope a caller reads in, and whether the SIM or endpoint a
 * per-object view names is visible to the caller. Read side only; the logs are written by
 * {@code audit.AuditLog} and {@code event.EventLog}.
 */
package org.simfleet.app.history;
