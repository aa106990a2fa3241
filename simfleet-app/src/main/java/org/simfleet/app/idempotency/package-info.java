/**
 * Idempotency-Key handling for POSTs under {@code /api/v1} (IETF draft-ietf-httpapi-idempotency-key-header,
 * with Stripe's semantics): the first request with a key runs and its answer is kept for 24 hours; a retry
 * with the same key and the same request gets that answer again instead of creating a second object.
 */
package org.simfleet.app.idempotency;
