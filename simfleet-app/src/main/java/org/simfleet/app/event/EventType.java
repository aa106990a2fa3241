package org.simfleet.app.event;

/**
 * The kinds of event Simfleet records, named as the seeds' event log shows them to users. The network
 * types are used by the AAA server and the HLR interface; the rest by the API.
 */
public enum EventType {
    SIMS_IMPORTED("SIMs imported"),
    SIMS_REGISTERED("SIM batch registered"),
    SIM_STATE_CHANGE("SIM state change"),
    SIM_STATE_CHANGE_SCHEDULED("SIM state change scheduled"),
    SIM_STATE_CHANGE_CANCELED("SIM state change canceled"),
    ENDPOINT_CREATED("Endpoint created"),
    ENDPOINT_UPDATED("Endpoint updated"),
    ENDPOINT_DELETED("Endpoint deleted"),
    SIM_ASSIGNED("SIM assigned"),
    SIM_RELEASED("SIM released"),
    POLICY_CHANGED("Policy changed"),
    ORGANISATION_CREATED("Organisation created"),
    USER_CHANGED("User changed"),
    TOKEN_CHANGED("Application token changed"),
    UPDATE_LOCATION("Update location"),
    UPDATE_GPRS_LOCATION("Update GPRS location"),
    PURGE_LOCATION("Purge location"),
    CREATE_PDP_CONTEXT("Create PDP Context"),
    DELETE_PDP_CONTEXT("Delete PDP Context"),
    PDP_CONTEXT_REJECTED("PDP context rejected"),
    CANCEL_LOCATION("Cancel location"),
    AUTHENTICATION_FAILURE("Authentication failure"),
    UPDATE_LOCATION_REJECTED("Update location rejected"),
    DISCONNECT_ACKNOWLEDGED("Disconnect acknowledged"),
    DISCONNECT_FAILED("Disconnect failed"),
    GATEWAY_CHANGED("Gateway changed"),
    GATEWAY_RESTARTED("Gateway restarted"),
    SMS_MT_SUBMITTED("SMS MT submitted"),
    SMS_MT_DELIVERED("SMS MT delivered"),
    SMS_MT_FAILED("SMS MT failed"),
    SMS_MT_EXPIRED("SMS MT expired"),
    SMS_MT_CANCELED("SMS MT canceled"),
    SMS_MO_RECEIVED("SMS MO received"),
    SMSC_CHANGED("SMSC settings changed"),
    SMS_CALLBACK_CHANGED("SMS callback changed");

    private final String label;

    EventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
