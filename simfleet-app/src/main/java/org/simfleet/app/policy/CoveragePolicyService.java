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

/** Coverage policies of the caller's organisation: read by everyone in it, written by its admins. */
@Service
public class CoveragePolicyService {

    private static final String OBJECT = "coverage_policy";

    public record Page(List<CoveragePolicy> items, long total) {}

    private final JdbcClient jdbc;
    private final Policies policies;
    private final PolicyAudit audit;
    private final JsonMapper json;
    private final Clock clock;
    private final PolicyGuards guards;
    private final ApplicationEventPublisher publisher;

    CoveragePolicyService(
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
        long total = jdbc.sql("SELECT COUNT(*) FROM coverage_policy WHERE org_id = ?")
                .param(caller.orgId())
                .query(Long.class)
                .single();
        List<CoveragePolicy> items = jdbc.sql("SELECT * FROM coverage_policy WHERE org_id = ?" + q.sql("id"))
                .param(caller.orgId())
                .query(PolicyRows::coveragePolicy)
                .list();
        return new Page(items, total);
    }

    public CoveragePolicy get(Caller caller, long id) {
        return policies.coverage(caller.orgId(), id).orElseThrow(() -> ApiException.notFound("Coverage policy", id));
    }

    @Transactional
    public CoveragePolicy create(Caller caller, ObjectNode body) {
        audit.requireAdmin(caller, "COVERAGE_POLICY_CREATE", OBJECT, "new");
        CoveragePolicySettings s =
                JsonBody.read(json, body, CoveragePolicyRequest.class).validate();
        guards.refuseTakenName(caller, PolicyGuards.Kind.COVERAGE, "COVERAGE_POLICY_CREATE", "new", s.name());
        OffsetDateTime now = now();
        var key = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                        INSERT INTO coverage_policy (org_id, name, allowed_countries, blocked_operators, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(
                        caller.orgId(),
                        s.name(),
                        PolicyRows.csv(s.allowedCountries()),
                        PolicyRows.csv(s.blockedOperators()),
                        now,
                        now)
                .update(key, "id");
        long id = key.getKey().longValue();
        announce(caller, id, false);
        audit.changed(
                caller,
                "COVERAGE_POLICY_CREATE",
                OBJECT,
                id,
                null,
                ChangeText.of(s.fields()),
                "Coverage policy '" + s.name() + "' created");
        return get(caller, id);
    }

    @Transactional
    public CoveragePolicy update(Caller caller, long id, ObjectNode patch) {
        audit.requireAdmin(caller, "COVERAGE_POLICY_UPDATE", OBJECT, id);
        CoveragePolicy old = get(caller, id);
        CoveragePolicySettings s = JsonBody.merge(
                        json, CoveragePolicyRequest.of(old), patch, CoveragePolicyRequest.class)
                .validate();
        ChangeText.Diff diff = ChangeText.between(CoveragePolicySettings.of(old).fields(), s.fields());
        if (diff.isEmpty()) {
            return old;
        }
        if (!s.name().equals(old.name())) {
            guards.refuseTakenName(caller, PolicyGuards.Kind.COVERAGE, "COVERAGE_POLICY_UPDATE", id, s.name());
        }
        jdbc.sql(
                        """
                        UPDATE coverage_policy SET name = ?, allowed_countries = ?, blocked_operators = ?, updated_at = ?
                        WHERE id = ? AND org_id = ?""")
                .params(
                        s.name(),
                        PolicyRows.csv(s.allowedCountries()),
                        PolicyRows.csv(s.blockedOperators()),
                        now(),
                        id,
                        caller.orgId())
                .update();
        announce(caller, id, false);
        audit.changed(
                caller,
                "COVERAGE_POLICY_UPDATE",
                OBJECT,
                id,
                diff.before(),
                diff.after(),
                "Coverage policy '" + s.name() + "' updated: " + diff.fields());
        return get(caller, id);
    }

    @Transactional
    public void delete(Caller caller, long id) {
        audit.requireAdmin(caller, "COVERAGE_POLICY_DELETE", OBJECT, id);
        CoveragePolicy old = get(caller, id);
        guards.refuseInUse(caller, PolicyGuards.Kind.COVERAGE, "COVERAGE_POLICY_DELETE", id, old.name());
        jdbc.sql("DELETE FROM coverage_policy WHERE id = ? AND org_id = ?")
                .params(id, caller.orgId())
                .update();
        announce(caller, id, true);
        audit.changed(
                caller,
                "COVERAGE_POLICY_DELETE",
                OBJECT,
                id,
                ChangeText.of(CoveragePolicySettings.of(old).fields()),
                null,
                "Coverage policy '" + old.name() + "' deleted");
    }

    private void announce(Caller caller, long id, boolean deleted) {
        publisher.publishEvent(new PolicyChanged(PolicyChanged.Kind.COVERAGE, id, caller.orgId(), deleted));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
