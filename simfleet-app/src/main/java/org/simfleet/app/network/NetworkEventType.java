package org.simfleet.app.network;

import org.simfleet.app.event.EventType;

/**
 * What the HLR/HSS reports: the location management procedures of MAP (3GPP TS 29.002 §8.1) and their Diameter S6a
 * counterparts (TS 29.272 §5.2.1), and failed authentications. The two location updates ask Simfleet whether the
 * SIM may register; the others are recorded.
 */
enum NetworkEventType {
    /** Circuit-switched registration at a VLR (or an MME on S6a): attached, reachable for SMS. */
    UPDATE_LOCATION("CS", EventType.UPDATE_LOCATION, "Update location"),
    /** Packet-switched registration at an SGSN (or an MME): may open data sessions. */
    UPDATE_GPRS_LOCATION("PS", EventType.UPDATE_GPRS_LOCATION, "Update GPRS location"),
    /** The serving node deleted the subscriber's record (MAP Purge MS, S6a Purge UE). */
    PURGE_LOCATION(null, EventType.PURGE_LOCATION, "Purge location"),
    /** The HLR withdrew the registration from a serving node (MAP/S6a Cancel Location). */
    CANCEL_LOCATION(null, EventType.CANCEL_LOCATION, "Cancel location"),
    /** The network could not authenticate the SIM (MAP Authentication Failure Report, TS 29.002 §8.5). */
    AUTHENTICATION_FAILURE(null, EventType.AUTHENTICATION_FAILURE, "Authentication failure");

    /** The registration's domain, CS or PS, for the location updates; null for the others. */
    final String domain;

    final EventType eventType;
    final String label;

    NetworkEventType(String domain, EventType eventType, String label) {
        this.domain = domain;
        this.eventType = eventType;
        this.label = label;
    }

    boolean isLocationUpdate() {
        return domain != null;
    }

    boolean isDetach() {
        return this == PURGE_LOCATION || this == CANCEL_LOCATION;
    }
}
