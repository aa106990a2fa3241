package org.simfleet.app.connectivity;

import java.time.OffsetDateTime;
import org.simfleet.app.tenant.Caller;
import org.springframework.stereotype.Component;

/**
 * Decides the status from what is known, BLOCKED first: a suspended SIM or a disabled endpoint cannot connect whatever
 * the network last reported (an open session then is one a Disconnect is ending), and a location update the coverage
 * policy refused keeps the device off the network until it registers somewhere allowed.
 */
@Component
public class ConnectivityReport {

    private final ConnectivityQueries queries;

    ConnectivityReport(ConnectivityQueries queries) {
        this.queries = queries;
    }

    public Connectivity ofEndpoint(Caller caller, long endpointId) {
        return report(queries.endpoint(caller, endpointId));
    }

    Connectivity ofSim(Caller caller, String iccid) {
        return report(queries.sim(caller, iccid));
    }

    private Connectivity report(ConnectivityQueries.Subject subject) {
        if (subject.simId() == null) {
            return new Connectivity(
                    ConnectivityStatus.OFFLINE, subject.endpointId(), null, null, null, null, null, null);
        }
        Connectivity.Registration registration = queries.registration(subject.simId());
        Connectivity.Session session = queries.openSession(subject.simId());
        String blocked = blockedReason(subject, registration);
        ConnectivityStatus status;
        OffsetDateTime since;
        if (blocked != null) {
            status = ConnectivityStatus.BLOCKED;
            since = registration != null && registration.blockedReason() != null ? registration.updatedAt() : null;
        } else if (session != null) {
            status = ConnectivityStatus.ONLINE;
            since = session.startedAt();
        } else if (registration != null && registration.attached()) {
            status = ConnectivityStatus.ATTACHED;
            since = registration.since();
        } else {
            status = ConnectivityStatus.OFFLINE;
            since = registration == null ? null : registration.updatedAt();
        }
        return new Connectivity(
                status, subject.endpointId(), subject.simId(), subject.iccid(), since, blocked, registration, session);
    }

    private static String blockedReason(ConnectivityQueries.Subject subject, Connectivity.Registration registration) {
        if (!subject.state().passesTraffic()) {
            return "SIM is " + subject.state();
        }
        if (subject.endpointId() == null) {
            return "SIM is not assigned to an endpoint";
        }
        if (!subject.endpointEnabled()) {
            return "endpoint is disabled";
        }
        if (registration != null && registration.blockedReason() != null) {
            return registration.blockedReason();
        }
        return null;
    }
}
