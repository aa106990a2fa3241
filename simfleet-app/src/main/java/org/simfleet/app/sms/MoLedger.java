package org.simfleet.app.sms;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.simfleet.smpp.InboundSms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Stores MO messages (deliver_sm from a handset) in the writer's transaction: a message whose source address is the
 * MSISDN of a SIM bound to an endpoint becomes an MO SmsMessage, RECEIVED. One from a number no endpoint holds, or
 * refused by the endpoint's service policy (sms_mo_allowed false), is acknowledged, logged and counted, not stored:
 * the SMSC would otherwise redeliver it forever.
 */
@Component
class MoLedger {

    private static final Logger log = LoggerFactory.getLogger(MoLedger.class);

    private record Sender(long orgId, long endpointId, long simId, String iccid, boolean allowed) {}

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final io.micrometer.core.instrument.Counter dropped;

    MoLedger(JdbcTemplate jdbc, io.micrometer.core.instrument.MeterRegistry metrics) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.dropped = metrics.counter("simfleet.sms.mo.dropped");
    }

    void apply(List<InboundSms> messages, Instant now, SmsJournal.Entries out) {
        if (messages.isEmpty()) {
            return;
        }
        Map<String, Sender> senders = new HashMap<>();
        named.query(
                """
                SELECT s.msisdn, e.org_id, e.id AS endpoint_id, s.id AS sim_id, s.iccid, sp.sms_mo_allowed
                FROM sim s JOIN endpoint e ON e.sim_id = s.id JOIN service_policy sp ON sp.id = e.service_policy_id
                WHERE s.msisdn IN (:numbers)""",
                Map.of(
                        "numbers",
                        messages.stream()
                                .map(m -> digits(m.source()))
                                .distinct()
                                .toList()),
                rs -> {
                    senders.put(
                            rs.getString(1),
                            new Sender(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getBoolean(6)));
                });
        var at = now.atOffset(ZoneOffset.UTC);
        for (InboundSms m : messages) {
            Sender s = senders.get(digits(m.source()));
            if (s == null || !s.allowed()) {
                dropped.increment();
                log.info(
                        "MO from {} dropped: {}",
                        m.source(),
                        s == null ? "no endpoint has this MSISDN" : "SMS MO not allowed");
                continue;
            }
            // text the SMPP library could decode, else the octets in hexadecimal with their data_coding
            String text = m.text() != null
                    ? m.text()
                    : java.util.HexFormat.of().withUpperCase().formatHex(m.payload());
            text = text.length() > 4000 ? text.substring(0, m.text() != null ? 4000 : 3998) : text;
            var key = new GeneratedKeyHolder();
            SmsBody payload = m.text() != null ? SmsBody.text(text) : new SmsBody(text, m.dataCoding() & 0xFF, null);
            jdbc.update(
                    c -> {
                        var ps = c.prepareStatement(
                                """
                                INSERT INTO sms_message (org_id, endpoint_id, sim_id, iccid, direction, status,
                                    source_address, destination_address, payload, parts, submit_date, submit_state,
                                    attempts, data_coding)
                                VALUES (?, ?, ?, ?, 'MO', 'RECEIVED', ?, ?, ?, ?, ?, 'DONE', 0, ?)""",
                                new String[] {"id"});
                        ps.setLong(1, s.orgId());
                        ps.setLong(2, s.endpointId());
                        ps.setLong(3, s.simId());
                        ps.setString(4, s.iccid());
                        ps.setString(5, digits(m.source()));
                        ps.setString(6, cut(m.destination(), 20));
                        ps.setString(7, payload.payload());
                        ps.setInt(8, m.parts());
                        ps.setObject(9, at);
                        if (payload.binary()) {
                            ps.setInt(10, payload.dataCoding());
                        } else {
                            ps.setNull(10, java.sql.Types.SMALLINT);
                        }
                        return ps;
                    },
                    key);
            out.add(new SmsJournal.Change(
                    s.orgId(),
                    key.getKey().longValue(),
                    s.endpointId(),
                    s.simId(),
                    s.iccid(),
                    "MO",
                    SmsStatus.RECEIVED,
                    digits(m.source()),
                    cut(m.destination(), 20),
                    payload,
                    now,
                    null));
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static String digits(String address) {
        return address.startsWith("+") ? address.substring(1) : address;
    }
}
