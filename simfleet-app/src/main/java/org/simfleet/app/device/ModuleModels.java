package org.simfleet.app.device;

import static org.simfleet.app.device.CatalogueEntry.names;
import static org.simfleet.app.device.CommandTemplate.Draft;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Cellular modules: the APN is the PDP context of 3GPP TS 27.007 §10.1.1 ({@code AT+CGDCONT=<cid>,<PDP_type>,<APN>}),
 * which every vendor implements; Quectel and u-blox add their own bearer and roaming commands. Context 1 with PDP type
 * "IP" is the seed's choice and the default bearer of most modules.
 */
final class ModuleModels {

    private static final String CGDCONT_PURPOSE =
            "Sets the APN of PDP context 1 (3GPP TS 27.007 §10.1.1), which the module uses to attach";

    private ModuleModels() {}

    static List<CatalogueEntry> entries() {
        List<CatalogueEntry> entries = new ArrayList<>();
        entries.add(module(
                "quectel",
                "Quectel",
                "Quectel cellular IoT modules",
                names("BG95, BG96, EG25, EG91, EG95, EC21, EC25, M65, M66, M95, MC60, BG77, BG600L"),
                List.of(
                        "AT+QICSGP is only needed when the module's internal TCP/UDP stack is used; it also chooses"
                                + " the bearer, which must be GPRS (packet data), not CSD.",
                        "Quectel suggests AT+QCFG=\"roamservice\",2,1 so the module roams; check the module's AT"
                                + " command guide for the rest."),
                apn -> List.of(
                        Draft.of(cgdcont(apn), CGDCONT_PURPOSE),
                        Draft.of(
                                "AT+QICSGP=1,1,\"" + apn + "\",\"\",\"\",1",
                                "Configures context 1 of the internal TCP/UDP stack with this APN and no user name or"
                                        + " password (Quectel specific)"),
                        Draft.of(
                                "AT+QCFG=\"roamservice\",2,1",
                                "Enables roaming, effective at once (Quectel specific)"))));
        entries.add(module(
                "u-blox",
                "u-blox",
                "u-blox cellular IoT modules",
                List.of(),
                List.of("AT+UDCONF=20,2 lets the module search automatically when it cannot attach to a specific"
                        + " network; check the module's AT command guide for the rest."),
                apn -> List.of(
                        Draft.of(cgdcont(apn), CGDCONT_PURPOSE),
                        Draft.of(
                                "AT+UCGDFLT=1,\"IP\",\"" + apn + "\"",
                                "Sets the APN of the initial EPS bearer (u-blox specific), used when attaching to LTE"),
                        Draft.of(
                                "AT+UDCONF=20,2", "Roaming: search automatically when a network cannot be attached"))));
        // The seed lists these vendors as implementing the 3GPP command only; one entry each, so the vendor filter
        // finds them.
        entries.add(generic("fibocom", "Fibocom"));
        entries.add(generic("telit", "Telit"));
        entries.add(generic("sierra-wireless", "Sierra Wireless"));
        entries.add(generic("simcom", "SIMcom"));
        entries.add(generic("cinterion-gemalto-thales", "Cinterion/Gemalto/Thales"));
        entries.add(generic("sequans", "Sequans"));
        return entries;
    }

    /** {@code AT+CGDCONT=1,"IP","<apn>",,}: the two trailing commas leave PDP address and compression unset. */
    static String cgdcont(String apn) {
        return "AT+CGDCONT=1,\"IP\",\"" + apn + "\",,";
    }

    private static CatalogueEntry generic(String id, String vendor) {
        return module(
                id,
                vendor,
                vendor + " cellular IoT modules",
                List.of(),
                List.of("The 3GPP standard command; check the module's AT command guide (3GPP TS 27.007) for"
                        + " roaming and bearer settings."),
                apn -> List.of(Draft.of(cgdcont(apn), CGDCONT_PURPOSE)));
    }

    private static CatalogueEntry module(
            String id,
            String vendor,
            String name,
            List<String> models,
            List<String> notes,
            Function<String, List<Draft>> commands) {
        return CatalogueEntry.of(
                id,
                vendor,
                name,
                DeviceKind.MODULE,
                Channel.AT_COMMAND,
                models,
                List.of(),
                notes,
                (apn, args) -> commands.apply(apn));
    }
}
