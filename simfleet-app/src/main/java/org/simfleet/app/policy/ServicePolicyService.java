package org.simfleet.app.policy;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.api.JsonBody;
import org.simfleet.app.api.PageQuery;
import org.simfleet.app.audit.ChangeText;
import org.simfleet.app.tenant.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Service policies of the caller's organisation: read by everyone in it, written by its admins. */
@Service
public class ServicePolicyService {

    private static final String OBJECT = "service_policy";

    public record Page(List<ServicePolicy> items, long total) {}

    private final JdbcClient jdbc;
    private final Policies policies;
    private final PolicyAudit audit;
    private final JsonMapper json;
    private final Clock clock;
    private final PolicyGuards guards;
    private final ApplicationEventPublisher publisher;

    ServicePolicyService(
            JdbcClient jdbc,
            Policies policies,
            PolicyAudit audit,
            JsonMapper json,
            Clock clock,
            PolicyGuards guards,
            ApplicationEventPublisher publisher) {
        this.guards = guards;
        this.publisher = publisher;
        this.jdbc = jdbc;
        this.policies = policies;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page list(Caller caller, PageQuery q) {
        long total = jdbc.sql("SELECT COUNT(*) FROM service_policy WHERE org_id = ?")
                .param(caller.orgId())
                .query(Long.class)
                .single();
        List<ServicePolicy> items = jdbc.sql("SELECT * FROM service_policy WHERE org_id = ?" + q.sql("id"))
                .param(caller.orgId())
                .query(PolicyRows::servicePolicy)
                .list();
        return new Page(items, total);
    }

    public ServicePolicy get(Caller caller, long id) {
        return policies.service(caller.orgId(), id).orElseThrow(() -> ApiException.notFound("Service policy", id));
    }

    @Transactional
    public ServicePolicy create(Caller caller, ObjectNode body) {
        audit.requireAdmin(caller, "SERVICE_POLICY_CREATE", OBJECT, "new");
        ServicePolicySettings s =
                JsonBody.read(json, body, ServicePolicyRequest.class).validate();
        guards.refuseTakenName(caller, PolicyGuards.Kind.SERVICE, "SERVICE_POLICY_CREATE", "new", s.name());
        OffsetDateTime now = now();
        var key = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                        INSERT INTO service_policy (org_id, name, data_allowed, sms_mo_allowed, sms_mt_allowed, rat_types,
                               apns, dns_servers, data_limit_bytes, sms_limit, interim_interval_seconds, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        caller.orgId(),
                        s.name(),
                        s.dataAllowed(),
                        s.smsMoAllowed(),
                        s.smsMtAllowed(),
                        PolicyRows.ratCsv(s.ratTypes()),
                        PolicyRows.csv(s.apns()),
                        PolicyRows.csv(s.dnsServers()),
                        s.dataLimitBytes(),
                        s.smsLimit(),
                        s.interimIntervalSeconds(),
                        now,
                        now)
                .update(key, "id");
        long id = key.getKey().longValue();
        announce(caller, id, false);
        audit.changed(
                caller,
                "SERVICE_POLICY_CREATE",
                OBJECT,
                id,
                null,
                ChangeText.of(s.fields()),
                "Service policy '" + s.name() + "' created");
        return get(caller, id);
    }

    @Transactional
    public ServicePolicy update(Caller caller, long id, ObjectNode patch) {
        audit.requireAdmin(caller, "SERVICE_POLICY_UPDATE", OBJECT, id);
        ServicePolicy old = get(caller, id);
        ServicePolicySettings before = ServicePolicySettings.of(old);
        ServicePolicySettings s = JsonBody.merge(json, ServicePolicyRequest.of(old), patch, ServicePolicyRequest.class)
                .validate();
        ChangeText.Diff diff = ChangeText.between(before.fields(), s.fields());
        if (diff.isEmpty()) {
            return old;
        }
        if (!s.name().equals(old.name())) {
            guards.refuseTakenName(caller, PolicyGuards.Kind.SERVICE, "SERVICE_POLICY_UPDATE", id, s.name());
        }
        jdbc.sql(
                        """
                        UPDATE service_policy SET name = ?, data_allowed = ?, sms_mo_allowed = ?, sms_mt_allowed = ?,
                               rat_types = ?, apns = ?, dns_servers = ?, data_limit_bytes = ?, sms_limit = ?,
                               interim_interval_seconds = ?, updated_at = ?
                        WHERE id = ? AND org_id = ?""")
                .params(
                        s.name(),
                        s.dataAllowed(),
                        s.smsMoAllowed(),
                        s.smsMtAllowed(),
                        PolicyRows.ratCsv(s.ratTypes()),
                        PolicyRows.csv(s.apns()),
                        PolicyRows.csv(s.dnsServers()),
                        s.dataLimitBytes(),
                        s.smsLimit(),
                        s.interimIntervalSeconds(),
                        now(),
                        id,
                        caller.orgId())
                .update();
        announce(caller, id, false);
        audit.changed(
                caller,
                "SERVICE_POLICY_UPDATE",
                OBJECT,
                id,
                diff.before(),
                diff.after(),
                "Service policy '" + s.name() + "' updated: " + diff.fields());
        return get(caller, id);
    }

    @Transactional
    public void delete(Caller caller, long id) {
        audit.requireAdmin(caller, "SERVICE_POLICY_DELETE", OBJECT, id);
        ServicePolicy old = get(caller, id);
        guards.refuseInUse(caller, PolicyGuards.Kind.SERVICE, "SERVICE_POLICY_DELETE", id, old.name());
        jdbc.sql("DELETE FROM service_policy WHERE id = ? AND org_id = ?")
                .params(id, caller.orgId())
                .update();
        announce(caller, id, true);
        audit.changed(
                caller,
                "SERVICE_POLICY_DELETE",
                OBJECT,
                id,
                ChangeText.of(ServicePolicySettings.of(old).fields()),
                null,
                "Service policy '" + old.name() + "' deleted");
    }

    private void announce(Caller caller, long id, boolean deleted) {
        publisher.publishEvent(new PolicyChanged(PolicyChanged.Kind.SERVICE, id, caller.orgId(), deleted));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
