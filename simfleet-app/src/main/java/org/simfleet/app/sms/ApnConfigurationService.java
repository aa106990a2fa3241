package org.simfleet.app.sms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.device.ApnConfiguration;
import org.simfleet.app.device.ApnConfigurations;
import org.simfleet.app.device.Channel;
import org.simfleet.app.device.RenderedCommand;
import org.simfleet.app.tenant.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets an APN on an endpoint's device: renders the catalogue model's commands and, for a model configured by SMS,
 * queues them as SMS in step order in one transaction (all or none), so the sender submits them in that order. A
 * model configured by AT command or by hand gets the rendered text only.
 */
@Service
class ApnConfigurationService {

    record ApnConfigurationRequest(String modelId, String apn, Map<String, Object> parameters) {}

    /** One command, with the id of the SMS that carries it when one was sent. */
    record SentCommand(int step, String channel, String text, String purpose, String sendFrom, Long smsId) {}

    record Answer(
            String modelId,
            String apn,
            String configuredBy,
            boolean sent,
            List<SentCommand> commands,
            List<String> notes) {}

    private final SmsService sms;
    private final SmsQueries queries;

    ApnConfigurationService(SmsService sms, SmsQueries queries) {
        this.sms = sms;
        this.queries = queries;
    }

    @Transactional
    Answer configure(Caller caller, long endpointId, ApnConfigurationRequest r) {
        queries.requireEndpoint(caller, endpointId);
        if (r == null || r.modelId() == null || r.modelId().isBlank()) {
            throw ApiException.invalid("model_id", "is required; see GET /api/v1/device-models");
        }
        ApnConfiguration rendered = ApnConfigurations.render(r.modelId(), r.apn(), flat(r.parameters()));
        boolean send = rendered.configuredBy() == Channel.SMS;
        List<SentCommand> commands = new ArrayList<>();
        for (RenderedCommand c : rendered.commands()) {
            Long id = null;
            if (send) {
                id = sms.send(caller, endpointId, new SmsRequest(c.text(), c.sendFrom(), null))
                        .id();
            }
            commands.add(new SentCommand(c.step(), c.channel().name(), c.text(), c.purpose(), c.sendFrom(), id));
        }
        return new Answer(
                rendered.modelId(), rendered.apn(), rendered.configuredBy().name(), send, commands, rendered.notes());
    }

    /** Parameters as the renderer takes them: a list becomes "a,b" as in the device-models API. */
    private static Map<String, String> flat(Map<String, Object> parameters) {
        Map<String, String> flat = new LinkedHashMap<>();
        if (parameters == null) {
            return flat;
        }
        parameters.forEach((k, v) -> {
            if (v instanceof List<?> list) {
                flat.put(k, list.stream().map(String::valueOf).collect(Collectors.joining(",")));
            } else if (v != null) {
                flat.put(k, String.valueOf(v));
            }
        });
        return flat;
    }
}
