package org.simfleet.app.device;

import java.util.List;

/** How one catalogue entry turns a checked APN and its checked parameters into the commands to send, in order. */
@FunctionalInterface
interface CommandTemplate {

    List<Draft> render(String apn, Arguments args);

    /**
     * A command before it is numbered and measured.
     *
     * @param sendFrom the phone the device only takes this command from, or null
     */
    record Draft(String text, String purpose, String sendFrom) {

        static Draft of(String text, String purpose) {
            return new Draft(text, purpose, null);
        }
    }
}
