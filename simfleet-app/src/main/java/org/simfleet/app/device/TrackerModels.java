package org.simfleet.app.device;

import static org.simfleet.app.device.CatalogueEntry.names;
import static org.simfleet.app.device.CommandTemplate.Draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.simfleet.app.api.ApiException;

/**
 * GPS trackers configured by one SMS command (or one per setting), each in its vendor's syntax exactly: separators,
 * terminators ('#', '$') and spaces are part of the command, and a tracker ignores a command that differs by one
 * character. Reachfar and Bitrek, whose commands take more than an APN and a password, have their own classes.
 */
final class TrackerModels {

    /** Every tracker section of the seed says this; it is why the APN SMS is the first thing to send. */
    static final String ATTACHED_FIRST =
            "A new tracker shows ATTACHED: it can receive SMS but has no data session until the APN is set.";

    private TrackerModels() {}

    static List<CatalogueEntry> entries() {
        List<CatalogueEntry> entries = new ArrayList<>();
        entries.add(teltonika());
        entries.add(ruptela());
        entries.add(concox());
        entries.add(coban());
        entries.add(meitrack());
        entries.add(elinz());
        entries.add(queclink());
        entries.addAll(ReachfarModels.entries());
        entries.add(BitrekModel.entry());
        return entries;
    }

    static CatalogueEntry tracker(
            String id,
            String vendor,
            List<String> models,
            List<ParameterRule> rules,
            List<String> notes,
            CommandTemplate template) {
        List<String> allNotes = new ArrayList<>(notes);
        allNotes.add(ATTACHED_FIRST);
        return CatalogueEntry.of(
                id,
                vendor,
                vendor + " GPS trackers",
                DeviceKind.GPS_TRACKER,
                Channel.SMS,
                models,
                rules,
                allNotes,
                template);
    }

    /**
     * Teltonika reads an SMS as {@code <login> <password> <command>}; with neither set, as delivered, that leaves two
     * leading spaces, which the tracker needs to see.
     */
    private static CatalogueEntry teltonika() {
        return tracker(
                "teltonika-gps",
                "Teltonika",
                names("FMB110, FMB120, FM130, FMB140, FMC001, FMM001, FMC125, FMC130, FMC640, FMM125, FMM130, "
                        + "FMM640, FMP100, FMB001, FMB002, FMB003, FMB010"),
                List.of(
                        Parameters.optionalPassword(
                                "sms_login", "The tracker's SMS login, when one is set; none by default"),
                        Parameters.optionalPassword(
                                "sms_password", "The tracker's SMS password, when one is set; none by default")),
                List.of(
                        "Keep the two leading spaces: they are the empty SMS login and password.",
                        "Newer Teltonika GPS firmware detects the APN by itself.",
                        "Teltonika Configurator (USB or Bluetooth) can set the APN too."),
                (apn, args) -> List.of(Draft.of(
                        args.optional("sms_login").orElse("") + " "
                                + args.optional("sms_password").orElse("") + " setparam 2001:" + apn,
                        "Sets the APN (parameter 2001)")));
    }

    private static CatalogueEntry ruptela() {
        return tracker(
                "ruptela",
                "Ruptela",
                names("HCV5, LCV5, Pro5, Trace5/NA, FM-Tco4 HCV/HCV 3G, FM-Tco4 LCV/LCV 3G, FM-Pro4/Pro4 3G, "
                        + "FM-Eco4/4+, FM-Eco4 light/light+/3G, FM-Eco4 S Series, FM-Eco4 T Series, FM-Plug4"),
                List.of(Parameters.optionalPassword(
                        "sms_password",
                        "The SMS password set in Ruptela Device Center; leave it out when none is set")),
                List.of("Ruptela Device Center (USB or Bluetooth) can set the APN too."),
                (apn, args) -> List.of(Draft.of(
                        args.optional("sms_password").map(p -> p + " ").orElse("") + "setconnection " + apn,
                        "Sets the APN")));
    }

    private static CatalogueEntry concox() {
        return tracker(
                "concox",
                "Concox",
                names("JM-VL01, JM-VL02, JM-BL11, JM-VL03, JM-VL04, JM-LL01, JM-LL02, JM-LL301, X3, "
                        + "Wetrack140, Wetrack2, Wetrack lite, Bl10, GT06N, OB22, ET25, HVT001, EG02, JM-VG01U, "
                        + "JM-VG02U, JM-VG04Q, AT1-AT6, CT10, JM-LG01, JM-LG05, TBT100"),
                List.of(
                        Parameters.form(
                                "standard: APN <apn>#; password: APN,<password>,<apn># for models that need the"
                                        + " password, e.g. TR02",
                                "standard",
                                "standard",
                                "password"),
                        Parameters.password("password", "The tracker's password", "666666", "password")),
                List.of("Some models (e.g. TR02) take the command only with the password: use form password."),
                (apn, args) -> List.of(Draft.of(
                        args.get(Arguments.FORM).equals("password")
                                ? "APN," + args.get("password") + "," + apn + "#"
                                : "APN " + apn + "#",
                        "Sets the APN")));
    }

    private static CatalogueEntry coban() {
        return tracker(
                "coban",
                "Coban",
                names("TK104, GPS303X, GPS103X, GPS306X, LK209"),
                List.of(Parameters.password("password", "The tracker's password", "123456", null)),
                List.of("No space between gprs or APN and the password.", "Send the two SMS in this order."),
                (apn, args) -> List.of(
                        Draft.of("gprs" + args.get("password"), "Turns GPRS (data) on"),
                        Draft.of("APN" + args.get("password") + " " + apn, "Sets the APN")));
    }

    private static CatalogueEntry meitrack() {
        return tracker(
                "meitrack",
                "Meitrack",
                names("P88L, P99, MT90, T663L, T333, T366, T399, TS299L, TC68L, TC68SG, T622, K211G, T355G"),
                List.of(
                        Parameters.form(
                                "A81: <SMS password>,A81,<apn>,,; A21, for devices that set the APN with the server:"
                                        + " <super password>,A21,1,<server>,<port>,<apn>,,",
                                "A81",
                                "A81",
                                "A21"),
                        Parameters.password("sms_password", "The SMS password", "0000", "A81"),
                        Parameters.password(
                                "super_password", "The super password (not the SMS password)", "666888", "A21"),
                        Parameters.host("server", "The server the tracker reports to", "server.meigps.com", "A21"),
                        Parameters.port("port", "The server's port", "8800", "A21")),
                List.of(
                        "Devices that do not take A81 set the APN with A21, which also sets the server and port the"
                                + " tracker reports to: give your platform's when it is not Meitrack's.",
                        "The two trailing commas leave the APN user name and password empty.",
                        "Meitrack Manager can set the APN too."),
                (apn, args) -> List.of(Draft.of(
                        args.get(Arguments.FORM).equals("A21")
                                ? args.get("super_password") + ",A21,1," + args.get("server") + "," + args.get("port")
                                        + "," + apn + ",,"
                                : args.get("sms_password") + ",A81," + apn + ",,",
                        "Sets the APN")));
    }

    private static CatalogueEntry elinz() {
        return tracker(
                "elinz",
                "Elinz",
                List.of(),
                List.of(
                        Parameters.form(
                                "standard: APN,<apn>#; password, for the models that take it: apn<password> <apn>",
                                "standard",
                                "standard",
                                "password"),
                        Parameters.password("password", "The tracker's password", "123456", "password")),
                List.of("Models that do not take APN,<apn># take apn<password> <apn>: use form password."),
                (apn, args) -> List.of(Draft.of(
                        args.get(Arguments.FORM).equals("password")
                                ? "apn" + args.get("password") + " " + apn
                                : "APN," + apn + "#",
                        "Sets the APN")));
    }

    /**
     * Queclink's {@code AT+GTBSI} (bearer setting information) sent by SMS; the password defaults to the model name in
     * lower case. Its length (4–6 letters or digits) and the APN's (at most 40) are those of Queclink's GL300 @Tracker
     * Air Interface Protocol §3.2.2; the seven commas leave APN user, APN password and four reserved fields empty, and
     * 0002 is the serial number the tracker echoes in its +ACK:GTBSI.
     */
    private static CatalogueEntry queclink() {
        return tracker(
                "queclink",
                "Queclink",
                List.of(),
                List.of(
                        new ParameterRule(
                                new ModelParameter(
                                        "device_model",
                                        "The tracker's model, e.g. GL200: its lower-case name is the default password",
                                        false,
                                        null,
                                        List.of(),
                                        null),
                                raw -> Parameters.letters(raw, 2, 16).toLowerCase(Locale.ROOT)),
                        new ParameterRule(
                                new ModelParameter(
                                        "password",
                                        "The tracker's password, when changed from the default (the model name)",
                                        false,
                                        null,
                                        List.of(),
                                        null),
                                raw -> Parameters.letters(raw, 4, 6))),
                List.of("The password is the model name in lower case (e.g. gl200) until it is changed."),
                (apn, args) -> {
                    if (apn.length() > 40) {
                        throw ApiException.invalid("apn", "Queclink trackers take an APN of at most 40 characters");
                    }
                    String password = args.optional("password")
                            .or(() -> args.optional("device_model"))
                            .orElseThrow(() -> ApiException.invalid(
                                    Arguments.field("device_model"),
                                    "is required unless params.password is given: the default password is the"
                                            + " model name, e.g. gl200"));
                    return List.of(Draft.of("AT+GTBSI=" + password + "," + apn + ",,,,,,,0002$", "Sets the APN"));
                });
    }
}
