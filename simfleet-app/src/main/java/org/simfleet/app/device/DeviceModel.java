package org.simfleet.app.device;

import java.util.List;

/**
 * One entry of the device catalogue: a family of devices that take the same APN commands.
 *
 * @param id the slug the API and {@link ApnConfigurations#render} name it by, e.g. {@code teltonika-gps}
 * @param models the model names the entry applies to, as the vendor writes them; empty when it applies to every model
 *     of the vendor
 * @param configuredBy how its commands reach it
 * @param notes what a person should know before or after sending them (reboots, firmware that finds the APN itself)
 */
public record DeviceModel(
        String id,
        String vendor,
        String name,
        DeviceKind kind,
        Channel configuredBy,
        List<String> models,
        List<ModelParameter> parameters,
        List<String> notes) {

    public DeviceModel {
        if (id == null || !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("a device model id is a lower-case slug: " + id);
        }
        models = List.copyOf(models);
        parameters = List.copyOf(parameters);
        notes = List.copyOf(notes);
    }
}
