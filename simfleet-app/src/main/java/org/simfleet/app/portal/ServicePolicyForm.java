package org.simfleet.app.portal;

import java.util.List;
import org.springframework.web.bind.annotation.BindParam;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The service policy form, for creating and editing alike: every field is sent, so the API's create and update both
 * get the whole policy and validate it as one. Unticked checkboxes send nothing, hence the null lists.
 */
record ServicePolicyForm(
        String name,
        List<String> services,
        @BindParam("rat_types") List<String> ratTypes,
        String apns,
        @BindParam("dns_servers") String dnsServers,
        @BindParam("data_limit_mb") Long dataLimitMb,
        @BindParam("sms_limit") Long smsLimit) {

    ObjectNode body(JsonMapper json) {
        ObjectNode body = json.createObjectNode();
        body.put("name", name);
        List<String> on = services == null ? List.of() : services;
        body.put("data_allowed", on.contains("data"));
        body.put("sms_mo_allowed", on.contains("sms_mo"));
        body.put("sms_mt_allowed", on.contains("sms_mt"));
        PolicyPagesController.list(body, "rat_types", ratTypes == null ? List.of() : ratTypes);
        PolicyPagesController.list(body, "apns", PolicyPagesController.split(apns));
        PolicyPagesController.list(body, "dns_servers", PolicyPagesController.split(dnsServers));
        // the form asks for megabytes (10^6 bytes), the API counts bytes
        body.put("data_limit_bytes", dataLimitMb == null ? null : dataLimitMb * 1_000_000L);
        body.put("sms_limit", smsLimit);
        return body;
    }
}
