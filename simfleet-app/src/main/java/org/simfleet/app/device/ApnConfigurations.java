package org.simfleet.app.device;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.api.Validation;
import org.simfleet.app.policy.ApnName;

/**
 * The public entry point of the device catalogue: which models there are, and the commands that set an APN on one.
 * Rendering is a pure function of its arguments; it sends nothing and stores nothing, so the SMS feature can send what
 * it answers, in order, and a person can type it.
 */
public final class ApnConfigurations {

    private ApnConfigurations() {}

    /** Every catalogue entry, ordered by id. */
    public static List<DeviceModel> models() {
        return Catalogue.all().stream().map(CatalogueEntry::model).toList();
    }

    public static Optional<DeviceModel> model(String id) {
        return Catalogue.find(id).map(CatalogueEntry::model);
    }

    /**
     * The commands that set {@code apn} on a device of catalogue entry {@code modelId}.
     *
     * @param apn checked and normalised by the 3GPP TS 23.003 §9.1 rules ({@link ApnName})
     * @param params the entry's parameters by name (see {@link DeviceModel#parameters()}); null or absent values take
     *     their defaults
     * @throws ApiException 404 when there is no such entry; 422 naming {@code apn} or {@code params.<name>} for every
     *     value that is missing, unknown or would break the command's syntax (all at once)
     */
    public static ApnConfiguration render(String modelId, String apn, Map<String, String> params) {
        CatalogueEntry entry =
                Catalogue.find(modelId).orElseThrow(() -> ApiException.notFound("Device model", modelId));
        Validation v = new Validation();
        String cleanApn = apn == null ? null : v.parse("apn", apn, ApnName::normalise);
        if (apn == null) {
            v.reject("apn", "is required, e.g. \"em\"");
        }
        Arguments args = Arguments.check(entry.rules(), params, v);
        v.throwIfInvalid();
        List<CommandTemplate.Draft> drafts = entry.template().render(cleanApn, args);
        Channel channel = entry.model().configuredBy();
        List<RenderedCommand> commands = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            commands.add(measure(i + 1, channel, drafts.get(i)));
        }
        return new ApnConfiguration(
                entry.model().id(), cleanApn, channel, commands, entry.model().notes());
    }

    private static RenderedCommand measure(int step, Channel channel, CommandTemplate.Draft draft) {
        if (channel != Channel.SMS) {
            return new RenderedCommand(step, channel, draft.text(), draft.purpose(), null, null, null, null);
        }
        // Parameters are letters, digits and codes, and APNs letters, digits, '.' and '-', so every command is GSM
        // 7-bit; the check stays so that a template that ever breaks this is reported, not sent as UCS-2.
        int septets = GsmSeptets.count(draft.text());
        if (septets < 0) {
            throw new IllegalStateException("rendered SMS is not GSM 7-bit: " + draft.text());
        }
        boolean fits = septets <= GsmSeptets.ONE_SMS;
        String note = fits
                ? null
                : "is " + septets + " septets; one SMS carries " + GsmSeptets.ONE_SMS + " (3GPP TS 23.040 §9.2.3.16),"
                        + " so it would arrive as a concatenated SMS, which trackers that read one command per message"
                        + " ignore; use a shorter APN or server name";
        return new RenderedCommand(step, channel, draft.text(), draft.purpose(), draft.sendFrom(), septets, fits, note);
    }
}
