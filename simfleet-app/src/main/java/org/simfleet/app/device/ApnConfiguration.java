package org.simfleet.app.device;

import java.util.List;

/**
 * The commands that set one APN on one kind of device, ready to send or type in order.
 *
 * @param apn the APN as the commands carry it (3GPP TS 23.003 §9.1 Network Identifier, lower case)
 * @param notes the catalogue entry's notes, then any about this rendering (e.g. why it needs several SMS)
 */
public record ApnConfiguration(
        String modelId, String apn, Channel configuredBy, List<RenderedCommand> commands, List<String> notes) {

    public ApnConfiguration {
        commands = List.copyOf(commands);
        notes = List.copyOf(notes);
    }
}
