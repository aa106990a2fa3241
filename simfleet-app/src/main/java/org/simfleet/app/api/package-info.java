/**
 * The mechanics every REST resource shares: RFC 9457 problem responses with the field and the reason,
 * page/per_page paging with RFC 8288 Link headers, sort parameters and Idempotency-Key replay. No
 * business rules live here.
 */
package org.simfleet.app.api;
