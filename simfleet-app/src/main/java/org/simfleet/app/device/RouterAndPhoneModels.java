package org.simfleet.app.device;

import static org.simfleet.app.device.CatalogueEntry.names;
import static org.simfleet.app.device.CommandTemplate.Draft;

import java.util.List;

/**
 * Teltonika's industrial routers, which take one SMS, and Android and iOS devices, which a person sets up in the
 * settings; their steps are rendered with the APN filled in so they can be read out or printed.
 */
final class RouterAndPhoneModels {

    private RouterAndPhoneModels() {}

    static List<CatalogueEntry> entries() {
        return List.of(teltonikaRouter(), android(), ios());
    }

    private static CatalogueEntry teltonikaRouter() {
        return CatalogueEntry.of(
                "teltonika-router",
                "Teltonika",
                "Teltonika Networks industrial routers",
                DeviceKind.ROUTER,
                Channel.SMS,
                names("RUT240, RUT950, RUT955, RUTX09, RUTX11, RUTX12, RUTX14, RUTXR1, RUT360"),
                List.of(),
                List.of(
                        "Newer router firmware detects the APN by itself; send the SMS when it did not.",
                        "The router must be powered on with the SIM inserted and the SIM showing ATTACHED.",
                        "The WebUI can set it too: join the router's Wi-Fi, open http://192.168.1.1, Mobile, and type"
                                + " the APN (no PIN, APN user name or password needed)."),
                (apn, args) -> List.of(Draft.of("cellular apn=" + apn, "Sets the APN of the mobile connection")));
    }

    private static CatalogueEntry android() {
        return phone(
                "android",
                "Android",
                "Android phones and tablets",
                apn -> List.of(
                        "Go to Settings → Mobile network.",
                        "Go to Mobile data.",
                        "Enable roaming and go to Access Point Names (APN).",
                        "Create a new APN with any name and set its APN to \"" + apn + "\"."));
    }

    private static CatalogueEntry ios() {
        return phone(
                "ios",
                "Apple",
                "iPhone and iPad (iOS)",
                apn -> List.of(
                        "Go to Settings → Mobile Data.",
                        "Choose this SIM's data plan (the first one for a physical SIM, the second for an eSIM).",
                        "Enable roaming and open Mobile Data Network.",
                        "Set APN to \"" + apn + "\" and leave everything else blank."));
    }

    private static CatalogueEntry phone(
            String id, String vendor, String name, java.util.function.Function<String, List<String>> steps) {
        return CatalogueEntry.of(
                id,
                vendor,
                name,
                DeviceKind.PHONE,
                Channel.MANUAL,
                List.of(),
                List.of(),
                List.of("Roaming must be enabled on the device, or it will not attach abroad."),
                (apn, args) ->
                        steps.apply(apn).stream().map(s -> Draft.of(s, null)).toList());
    }
}
