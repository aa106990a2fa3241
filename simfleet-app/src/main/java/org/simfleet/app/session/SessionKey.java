package org.simfleet.app.session;

/**
 * What names one session: the gateway's address with its Acct-Session-Id, which RFC 2866 §5.5 makes unique per NAS
 * only. The table's unique constraint is the same pair.
 */
record SessionKey(String gateway, String acctSessionId) {}
