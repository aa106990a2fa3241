package org.simfleet.app.portal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.device.ApnConfigurations;
import org.simfleet.app.sms.ApnConfigurationService;
import org.simfleet.app.sms.SmsRequest;
import org.simfleet.app.sms.SmsService;
import org.simfleet.app.sms.SmscRequest;
import org.simfleet.app.sms.SmscService;
import org.simfleet.app.tenant.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The SMS tab's actions (send a message, run the APN configuration assistant) and the operator's SMSC
 * connection page; the SMS services decide, as they do for the API.
 */
@Controller
class SmsPagesController extends PortalErrors {

    private final SmsService sms;
    private final ApnConfigurationService apn;
    private final SmscService smsc;

    SmsPagesController(SmsService sms, ApnConfigurationService apn, SmscService smsc) {
        this.sms = sms;
        this.apn = apn;
        this.smsc = smsc;
    }

    @PostMapping("/endpoints/{id}/sms")
    String send(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long id,
            @RequestParam String payload,
            RedirectAttributes flash) {
        try {
            var sent = sms.send(caller, id, new SmsRequest(payload, null, null));
            Messages.ok(flash, "SMS " + sent.id() + " accepted (" + sent.status() + ").");
        } catch (ApiException e) {
            Messages.refused(flash, e);
        }
        return "redirect:/endpoints/" + id + "?tab=sms";
    }

    /** Step 1 of the assistant: the model's commands rendered for review; nothing is sent. */
    @PostMapping("/endpoints/{id}/apn-configuration/review")
    String review(
            @PathVariable long id,
            @RequestParam("model_id") String modelId,
            @RequestParam String apn,
            @RequestParam Map<String, String> form,
            RedirectAttributes flash) {
        Map<String, String> parameters = parameters(form);
        // kept on a refusal too (a required password left empty), so the settings can be filled in and tried again
        ApnConfigurations.model(modelId).ifPresent(m -> flash.addFlashAttribute("apnModel", m));
        flash.addFlashAttribute("apnApn", apn);
        flash.addFlashAttribute("apnParameters", parameters);
        try {
            flash.addFlashAttribute("apnPreview", ApnConfigurations.render(modelId, apn, parameters));
        } catch (ApiException e) {
            Messages.refused(flash, e);
        }
        return "redirect:/endpoints/" + id + "?tab=sms";
    }

    /**
     * The model's own parameters (SMS password, form, roaming APN…) come as {@code param_<name>} fields; blank ones are
     * left out, so the catalogue's defaults apply as they do for the API.
     */
    private static Map<String, String> parameters(Map<String, String> form) {
        Map<String, String> parameters = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith(PARAMETER) && v != null && !v.isBlank()) {
                parameters.put(k.substring(PARAMETER.length()), v.strip());
            }
        });
        return parameters;
    }

    private static final String PARAMETER = "param_";

    /** Step 2: the API's APN configuration, which sends the SMS-channel commands in order (others only render). */
    @PostMapping("/endpoints/{id}/apn-configuration")
    String configure(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long id,
            @RequestParam("model_id") String modelId,
            @RequestParam String apn,
            @RequestParam Map<String, String> form,
            RedirectAttributes flash) {
        try {
            Map<String, Object> parameters = new LinkedHashMap<>(parameters(form));
            var answer = this.apn.configure(
                    caller, id, new ApnConfigurationService.ApnConfigurationRequest(modelId, apn, parameters));
            flash.addFlashAttribute("apnAnswer", answer);
            Messages.ok(
                    flash,
                    answer.sent()
                            ? answer.commands().size() + " configuration SMS sent to the device."
                            : "This model is configured by " + answer.configuredBy() + ": apply the commands below.");
        } catch (ApiException e) {
            Messages.refused(flash, e);
        }
        return "redirect:/endpoints/" + id + "?tab=sms";
    }

    @GetMapping("/admin/smsc")
    String smscPage(@AuthenticationPrincipal Caller caller, Model model) {
        model.addAttribute("smsc", smsc.get(caller));
        return "admin/smsc";
    }

    /** The bind state alone, for htmx to refresh while the page is open. */
    @GetMapping("/admin/smsc/state")
    String smscState(@AuthenticationPrincipal Caller caller, Model model) {
        model.addAttribute("smsc", smsc.get(caller));
        return "admin/smsc :: state";
    }

    @PostMapping("/admin/smsc")
    String saveSmsc(
            @AuthenticationPrincipal Caller caller,
            @RequestParam String host,
            @RequestParam Integer port,
            @RequestParam("system_id") String systemId,
            @RequestParam(required = false) String password,
            @RequestParam(name = "system_type", required = false) String systemType,
            @RequestParam(name = "default_source_address", required = false) String source,
            @RequestParam(required = false) Integer window,
            @RequestParam(name = "max_per_second", required = false) Integer maxPerSecond,
            @RequestParam(defaultValue = "false") boolean enabled,
            RedirectAttributes flash) {
        try {
            smsc.put(
                    caller,
                    new SmscRequest(
                            host,
                            port,
                            systemId,
                            password == null || password.isEmpty() ? null : password,
                            blank(systemType),
                            blank(source),
                            window,
                            maxPerSecond,
                            enabled));
            Messages.ok(flash, "SMSC connection saved.");
        } catch (ApiException e) {
            Messages.refused(flash, e);
        }
        return "redirect:/admin/smsc";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
