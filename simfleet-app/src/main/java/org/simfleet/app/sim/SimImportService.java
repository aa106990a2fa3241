package org.simfleet.app.sim;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.audit.AuditLog;
import org.simfleet.app.event.EventLog;
import org.simfleet.app.event.EventType;
import org.simfleet.app.tenant.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a batch of SIMs into the operator's inventory: all lines or none. Every line is checked, and
 * its identifiers against the database, before the first row is written.
 */
@Service
class SimImportService {

    /** A JSON import; {@code bic} is generated when absent. */
    record ImportRequest(String bic, List<SimImport.Line> sims) {}

    record Batch(String bic, int simCount, Instant importedAt) {}

    record Imported(Batch batch, int imported) {}

    /** Values per IN list: large enough for few round trips, well inside every driver's parameter limit. */
    private static final int CHUNK = 1000;

    private static final String INSERT_SIM =
            """
            INSERT INTO sim (iccid, imsi, msisdn, form_factor, quality_grade, batch_id, state, state_changed_at,
                             created_at)
            VALUES (?, ?, ?, ?, ?, ?, 'INVENTORY', ?, ?)""";

    private static final SimImport.Naming JSON_NAMING =
            (index, column) -> "sims[" + index + "]" + (column == null ? "" : "." + column);

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final AuditLog audit;
    private final EventLog events;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    SimImportService(
            JdbcClient jdbc,
            JdbcTemplate batch,
            AuditLog audit,
            EventLog events,
            Clock clock,
            ApplicationEventPublisher publisher) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.publisher = publisher;
    }

    @Transactional
    Imported importJson(Caller caller, ImportRequest body) {
        requireImporter(caller);
        InputErrors errors = new InputErrors();
        if (body.sims() == null) {
            errors.add(-1, "sims", "is required");
        }
        return importLines(caller, body.bic(), body.sims() == null ? List.of() : body.sims(), JSON_NAMING, errors);
    }

    @Transactional
    Imported importCsv(Caller caller, String bic, String csv) {
        requireImporter(caller);
        InputErrors errors = new InputErrors();
        SimCsv.Parsed parsed = SimCsv.parse(csv, errors);
        if (!errors.isEmpty() && parsed.lines().isEmpty()) {
            errors.throwIfAny("nothing was imported");
        }
        return importLines(caller, bic, parsed.lines(), parsed, errors);
    }

    private static void requireImporter(Caller caller) {
        caller.requireWrite();
        caller.requireOperator();
    }

    private Imported importLines(
            Caller caller, String bic, List<SimImport.Line> lines, SimImport.Naming naming, InputErrors errors) {
        if (bic != null && Bic.problem(bic) != null) {
            errors.add(-1, "bic", Bic.problem(bic));
        }
        List<SimImport.NewSim> sims = SimImport.check(lines, naming, errors);
        rejectKnown(sims, "iccid", SimImport.NewSim::iccid, naming, errors);
        rejectKnown(sims, "imsi", SimImport.NewSim::imsi, naming, errors);
        rejectKnown(sims, "msisdn", SimImport.NewSim::msisdn, naming, errors);
        errors.throwIfAny("nothing was imported");
        if (bic != null && bicExists(bic)) {
            throw ApiException.conflict("A batch with BIC " + bic + " exists already; nothing was imported");
        }
        String code = bic;
        while (code == null || bicExists(code)) {
            code = Bic.generate();
        }
        OffsetDateTime now = SimRows.now(clock);
        long batchId = insertBatch(code, sims.size(), now);
        batch.batchUpdate(INSERT_SIM, sims, CHUNK, (ps, s) -> {
            ps.setString(1, s.iccid());
            ps.setString(2, s.imsi());
            ps.setString(3, s.msisdn());
            ps.setString(4, s.formFactor().name());
            ps.setString(5, s.qualityGrade().name());
            ps.setLong(6, batchId);
            ps.setObject(7, now);
            ps.setObject(8, now);
        });
        audit.record(
                caller,
                AuditLog.Change.ok(
                        caller.orgId(), "SIM_BATCH_IMPORT", "sim_batch", code, null, sims.size() + " SIMs imported"));
        events.publish(EventLog.NewEvent.api(
                caller.orgId(), EventType.SIMS_IMPORTED, null, null, sims.size() + " SIMs imported in batch " + code));
        publisher.publishEvent(new SimStatesChanged(
                jdbc.sql("SELECT id FROM sim WHERE batch_id = ?")
                        .param(batchId)
                        .query(Long.class)
                        .list(),
                SimState.INVENTORY));
        return new Imported(new Batch(code, sims.size(), now.toInstant()), sims.size());
    }

    /**
     * Adds an error for each SIM whose {@code column} value is in the database already, asking in IN
     * lists of {@link #CHUNK} so 100,000 SIMs take a hundred indexed queries per column.
     */
    private void rejectKnown(
            List<SimImport.NewSim> sims,
            String column,
            Function<SimImport.NewSim, String> value,
            SimImport.Naming naming,
            InputErrors errors) {
        Map<String, Integer> byValue = new HashMap<>();
        for (SimImport.NewSim s : sims) {
            if (value.apply(s) != null) {
                byValue.put(value.apply(s), s.index());
            }
        }
        List<String> values = List.copyOf(byValue.keySet());
        for (int from = 0; from < values.size(); from += CHUNK) {
            List<String> chunk = values.subList(from, Math.min(values.size(), from + CHUNK));
            jdbc.sql("SELECT " + column + " FROM sim WHERE " + column + " IN (" + "?, ".repeat(chunk.size() - 1) + "?)")
                    .params(chunk)
                    .query(String.class)
                    .list()
                    .forEach(known -> {
                        int index = byValue.get(known);
                        errors.add(index, naming.field(index, column), "belongs to a SIM in the inventory already");
                    });
        }
    }

    private boolean bicExists(String bic) {
        return jdbc.sql("SELECT COUNT(*) FROM sim_batch WHERE bic = ?")
                        .param(bic)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private long insertBatch(String bic, int count, OffsetDateTime now) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO sim_batch (bic, sim_count, imported_at) VALUES (?, ?, ?)")
                .params(bic, count, now)
                .update(key, "id");
        return key.getKey().longValue();
    }
}
