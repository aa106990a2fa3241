/**
 * Data sessions as the packet gateways account for them (RFC 2866 with the 3GPP attributes of TS 29.061 §16): the
 * accounting store that acknowledges a request only once it is committed, in group commits of many requests, and the
 * read side (the sessions API and {@link org.simfleet.app.session.OpenSessions} for other features).
 */
package org.simfleet.app.session;
