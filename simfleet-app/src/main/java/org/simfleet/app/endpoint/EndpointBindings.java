package org.simfleet.app.endpoint;

import java.util.Optional;
import org.simfleet.app.kernel.Imei;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The device behind a SIM, for features that act on a SIM's traffic or messages (the AAA read model,
 * SMS): whether it is enabled, its IMEI lock and the ids of its two policies.
 */
@Component
public class EndpointBindings {

    /** One endpoint as seen from its SIM. */
    public record Binding(
            long endpointId,
            long orgId,
            boolean enabled,
            String imei,
            boolean imeiLock,
            long servicePolicyId,
            long coveragePolicyId,
            long simId) {

        /**
         * Whether the device presenting {@code imei} may use the SIM. With the lock on, only the stored
         * device may; IMEI and IMEISV carry the same 14 device digits (TAC and serial number, 3GPP TS
         * 23.003 §6.2), so either form of the same device matches.
         */
        public boolean acceptsDevice(String presented) {
            if (!imeiLock) {
                return true;
            }
            if (presented == null || imei == null) {
                return false;
            }
            try {
                return Imei.of(presented).deviceDigits().equals(Imei.of(imei).deviceDigits());
            } catch (IllegalArgumentException malformed) {
                return false;
            }
        }
    }

    private final JdbcClient jdbc;

    EndpointBindings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Binding> ofSim(long simId) {
        return jdbc.sql(
                        """
                        SELECT id, org_id, status, imei, imei_lock, service_policy_id, coverage_policy_id, sim_id
                        FROM endpoint WHERE sim_id = ?""")
                .param(simId)
                .query((rs, n) -> new Binding(
                        rs.getLong("id"),
                        rs.getLong("org_id"),
                        EndpointStatus.ENABLED.name().equals(rs.getString("status")),
                        rs.getString("imei"),
                        rs.getBoolean("imei_lock"),
                        rs.getLong("service_policy_id"),
                        rs.getLong("coverage_policy_id"),
                        rs.getLong("sim_id")))
                .optional();
    }
}
