package org.simfleet.app.aaa;

import org.simfleet.radius.attr.ThreeGppAttribute;
import org.simfleet.radius.codec.AttributeType;
import org.simfleet.radius.codec.AttributeWriter;

/**
 * The attributes of an Access-Request as a PGW sends them when a device opens a PDN connection (3GPP TS 29.061
 * §16.4.7); a null field is left out of the request.
 *
 * @param ratType the 3GPP-RAT-Type code (6 = EUTRAN), or null
 */
record Attach(String imsi, String userName, String apn, Integer ratType, String sgsnMccMnc, String imeisv) {

    static final int EUTRAN = 6;
    static final int NB_IOT = 8;

    static Attach of(String imsi) {
        return new Attach(imsi, imsi, "em", EUTRAN, "26201", null);
    }

    Attach withApn(String value) {
        return new Attach(imsi, userName, value, ratType, sgsnMccMnc, imeisv);
    }

    Attach withRat(Integer value) {
        return new Attach(imsi, userName, apn, value, sgsnMccMnc, imeisv);
    }

    Attach withNetwork(String value) {
        return new Attach(imsi, userName, apn, ratType, value, imeisv);
    }

    Attach withImeisv(String value) {
        return new Attach(imsi, userName, apn, ratType, sgsnMccMnc, value);
    }

    /** Only User-Name names the subscriber, as some gateways send it. */
    Attach withoutImsiAttribute() {
        return new Attach(null, userName, apn, ratType, sgsnMccMnc, imeisv);
    }

    AttributeWriter attributes() {
        AttributeWriter w = new AttributeWriter();
        if (userName != null) {
            w.addString(AttributeType.USER_NAME, userName);
        }
        w.addString(AttributeType.CALLING_STATION_ID, "491701234567");
        if (apn != null) {
            w.addString(AttributeType.CALLED_STATION_ID, apn);
        }
        if (imsi != null) {
            w.addVendorString(ThreeGppAttribute.VENDOR_ID, ThreeGppAttribute.IMSI, imsi);
        }
        if (ratType != null) {
            w.addVendorOctet(ThreeGppAttribute.VENDOR_ID, ThreeGppAttribute.RAT_TYPE, ratType);
        }
        if (sgsnMccMnc != null) {
            w.addVendorString(ThreeGppAttribute.VENDOR_ID, ThreeGppAttribute.SGSN_MCC_MNC, sgsnMccMnc);
        }
        if (imeisv != null) {
            w.addVendorString(ThreeGppAttribute.VENDOR_ID, ThreeGppAttribute.IMEISV, imeisv);
        }
        return w;
    }
}
