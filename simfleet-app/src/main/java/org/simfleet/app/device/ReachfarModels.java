package org.simfleet.app.device;

import static org.simfleet.app.device.CatalogueEntry.names;
import static org.simfleet.app.device.CommandTemplate.Draft;

import java.util.List;

/**
 * Reachfar trackers take configuration only from a bound phone: the first SMS binds the tracker to a phone number
 * (as SOS number 1, or as the centre number), the second sets the APN and must come from that number. The two model
 * families write both commands differently. The number goes in international form without the '+', as the vendor
 * shows it (49173871878, not +49173871878).
 */
final class ReachfarModels {

    private static final String PHONE =
            "The phone to bind the tracker to, in international form (a leading + is dropped); the APN SMS must come"
                    + " from it";

    private ReachfarModels() {}

    static List<CatalogueEntry> entries() {
        return List.of(sosFamily(), centreFamily());
    }

    private static CatalogueEntry sosFamily() {
        return CatalogueEntry.of(
                "reachfar-rf-v6",
                "Reachfar",
                "Reachfar GPS trackers RF-V6+ to RF-V20",
                DeviceKind.GPS_TRACKER,
                Channel.SMS,
                names("RF-V6+, RF-V8, RF-V8S, RF-V13, RF-V16, RF-V18, RF-V20"),
                List.of(
                        Parameters.password("password", "The tracker's SMS password", "123456", null),
                        Parameters.phoneNumber(PHONE),
                        Parameters.plmn(
                                "The network (MCC and MNC) the tracker registers on; the vendor's example is 90143",
                                "90143")),
                List.of(
                        "Send the second SMS from the bound phone: the tracker ignores it from any other number.",
                        "Reboot the tracker after setting the APN.",
                        TrackerModels.ATTACHED_FIRST),
                (apn, args) -> List.of(
                        Draft.of(
                                args.get("password") + ",sos1," + args.get("phone_number") + "#",
                                "Binds the tracker to the phone (SOS number 1)"),
                        new Draft(
                                "apn," + apn + ",plmn," + args.get("plmn") + "#",
                                "Sets the APN and the network",
                                args.get("phone_number"))));
    }

    private static CatalogueEntry centreFamily() {
        return CatalogueEntry.of(
                "reachfar-rf-v26",
                "Reachfar",
                "Reachfar GPS trackers RF-V26 to RF-V46",
                DeviceKind.GPS_TRACKER,
                Channel.SMS,
                // The vendor's list names RF-V36 twice; it is listed once.
                names("RF-V26, RF-V26+, RF-V28, RF-V30, RF-V32, RF-V34, RF-V36, RF-V38, RF-V40, RF-V42, "
                        + "RF-V43, RF-V44, RF-V46"),
                List.of(
                        Parameters.password("password", "The tracker's password", "123456", null),
                        Parameters.phoneNumber(PHONE)),
                List.of(
                        "Send the second SMS from the bound phone: the tracker ignores it from any other number.",
                        TrackerModels.ATTACHED_FIRST),
                (apn, args) -> List.of(
                        Draft.of(
                                "pw," + args.get("password") + ",center," + args.get("phone_number") + "#",
                                "Binds the tracker to the phone (centre number)"),
                        new Draft("apn," + apn + "#", "Sets the APN", args.get("phone_number"))));
    }
}
