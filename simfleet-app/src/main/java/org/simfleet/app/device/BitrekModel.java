package org.simfleet.app.device;

import static org.simfleet.app.device.CommandTemplate.Draft;

import java.util.ArrayList;
import java.util.List;

/**
 * Bitrek trackers: {@code setparam 0242 <apn>} sets the APN; to roam, {@code setparam 0917 1} enables roaming in the
 * networks listed in parameters 0020 to 0099, one network each. Commands joined with "; " travel in one SMS of at most
 * 160 characters, so as many as fit go in each SMS, in order, and a new SMS starts only when the next command would
 * not fit. The vendor calls the list entries MNCs; a network is only named by MCC and MNC together (3GPP TS 23.003
 * §2.2), so each entry is a 5- or 6-digit PLMN code such as 26201.
 */
final class BitrekModel {

    static final int FIRST_NETWORK_PARAMETER = 20;
    static final int MAX_NETWORKS = 80; // parameters 0020 to 0099
    static final String SEPARATOR = "; ";

    private BitrekModel() {}

    static CatalogueEntry entry() {
        return TrackerModels.tracker(
                "bitrek",
                "Bitrek",
                List.of(),
                List.of(Parameters.networks(
                        "networks",
                        "The networks the tracker may roam on, as MCC+MNC codes separated by commas (up to 80, kept"
                                + " in parameters 0020 to 0099); leave it out to set only the APN",
                        MAX_NETWORKS)),
                List.of("The commands are joined with ';' into as few SMS of 160 characters as they fit."),
                (apn, args) -> pack(commands(
                        apn,
                        args.optional("networks")
                                .map(n -> List.of(n.split(",")))
                                .orElse(List.of()))));
    }

    static List<String> commands(String apn, List<String> networks) {
        List<String> commands = new ArrayList<>();
        commands.add("setparam 0242 " + apn);
        if (!networks.isEmpty()) {
            commands.add("setparam 0917 1");
            for (int i = 0; i < networks.size(); i++) {
                commands.add(String.format("setparam %04d %s", FIRST_NETWORK_PARAMETER + i, networks.get(i)));
            }
        }
        return commands;
    }

    /** Greedy packing: each SMS takes commands in order while the joined text stays within one SMS. */
    static List<Draft> pack(List<String> commands) {
        List<List<String>> messages = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String command : commands) {
            List<String> candidate = new ArrayList<>(current);
            candidate.add(command);
            if (!current.isEmpty() && GsmSeptets.count(String.join(SEPARATOR, candidate)) > GsmSeptets.ONE_SMS) {
                messages.add(current);
                current = new ArrayList<>(List.of(command));
            } else {
                current = candidate;
            }
        }
        messages.add(current);
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            drafts.add(Draft.of(String.join(SEPARATOR, messages.get(i)), purpose(messages.get(i), i, messages.size())));
        }
        return drafts;
    }

    private static String purpose(List<String> commands, int index, int of) {
        List<String> parts = new ArrayList<>();
        int networks = 0;
        String first = null;
        String last = null;
        for (String c : commands) {
            String id = c.substring("setparam ".length(), "setparam ".length() + 4);
            switch (id) {
                case "0242" -> parts.add("sets the APN (0242)");
                case "0917" -> parts.add("enables roaming in the listed networks (0917)");
                default -> {
                    networks++;
                    first = first == null ? id : first;
                    last = id;
                }
            }
        }
        if (networks > 0) {
            parts.add("lists " + networks
                    + (networks == 1 ? " network (" + first + ")" : " networks (" + first + "–" + last + ")"));
        }
        String text = String.join(", ", parts);
        text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return of == 1 ? text : "SMS " + (index + 1) + " of " + of + ": " + text;
    }
}
