package org.simfleet.app.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.Customer;
import org.simfleet.app.support.EndpointTestSims;
import org.springframework.jdbc.core.JdbcTemplate;

/** An endpoint with an ACTIVE SIM that has an MSISDN of its own, under a service policy the test chooses. */
final class SmsFixtures {

    private static final AtomicLong SERIAL = new AtomicLong();

    /** An endpoint ready for SMS and the SIM's number. */
    record Device(long endpointId, String iccid, String msisdn, long servicePolicyId) {

        String path() {
            return "/api/v1/endpoints/" + endpointId + "/sms";
        }
    }

    private SmsFixtures() {}

    static Device device(JdbcTemplate jdbc, Customer c, Map<String, Object> policy) {
        return device(jdbc, c, policy, "ACTIVE");
    }

    static Device device(JdbcTemplate jdbc, Customer c, Map<String, Object> policy, String simState) {
        long n = SERIAL.incrementAndGet();
        Map<String, Object> sp = new HashMap<>(policy);
        sp.put("name", "SMS service " + n);
        sp.put("apns", List.of("iot.example"));
        Api.Response spr = c.admin().post("/api/v1/service-policies", sp);
        assertThat(spr.status()).as("service policy: %s", spr).isEqualTo(201);
        Api.Response cp = c.admin().post("/api/v1/coverage-policies", Map.of("name", "SMS coverage " + n));
        assertThat(cp.status()).as("coverage policy: %s", cp).isEqualTo(201);
        String iccid = EndpointTestSims.insertOne(jdbc, c.id(), simState);
        // 4917 + pid + serial: a number range no other test uses, unique across concurrently running test JVMs
        String msisdn = String.format("4917%05d%04d", ProcessHandle.current().pid() % 100_000, n % 10_000);
        jdbc.update("UPDATE sim SET msisdn = ? WHERE iccid = ?", msisdn, iccid);
        Api.Response ep = c.admin()
                .post(
                        "/api/v1/endpoints",
                        Map.of(
                                "name",
                                "SMS device " + n,
                                "service_policy_id",
                                spr.json().get("id").asLong(),
                                "coverage_policy_id",
                                cp.json().get("id").asLong(),
                                "sim_iccid",
                                iccid));
        assertThat(ep.status()).as("endpoint: %s", ep).isEqualTo(201);
        return new Device(
                ep.json().get("id").asLong(),
                iccid,
                msisdn,
                spr.json().get("id").asLong());
    }

    static Map<String, Object> text(String payload) {
        return Map.of("payload", payload);
    }

    static String status(Api api, Device d, long smsId) {
        return api.get(d.path() + "/" + smsId).json().get("status").asString();
    }
}
