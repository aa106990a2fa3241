package org.simfleet.radius;

/** Why the server dropped a datagram without answering; every drop is silent on the wire (RFC 2865 §3). */
public enum DropReason {
    /** The source address is not a known NAS. */
    UNKNOWN_SOURCE,
    /** Not a well-formed RADIUS packet: bad length field, attributes that do not tile it (RFC 2865 §3, §5). */
    MALFORMED,
    /** A code the port does not serve, e.g. an Accounting-Request on the authentication port. */
    UNSUPPORTED_CODE,
    /** An Accounting-Request whose Request Authenticator does not verify (RFC 2866 §3): a forgery or wrong secret. */
    BAD_AUTHENTICATOR,
    /** An Access-Request without Message-Authenticator, refused since BlastRADIUS (CVE-2024-3596). */
    MISSING_MESSAGE_AUTHENTICATOR,
    /** A Message-Authenticator that is malformed, repeated or does not verify (RFC 3579 §3.2). */
    INVALID_MESSAGE_AUTHENTICATOR,
    /** A retransmission of a request still being processed (RFC 5080 §2.2.2). */
    DUPLICATE_IN_PROGRESS
}
