package org.simfleet.app.connectivity;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.simfleet.app.event.EventLog;
import org.simfleet.app.event.EventType;
import org.simfleet.app.network.GatewayDirectory;
import org.simfleet.radius.NasClient;
import org.simfleet.radius.client.DynamicAuthorizationClient;
import org.simfleet.radius.client.DynamicAuthorizationConfig;
import org.simfleet.radius.codec.AttributeType;
import org.simfleet.radius.codec.AttributeWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ends data sessions by sending their gateway a Disconnect-Request (RFC 5176 §2.1) and files the answer as an event.
 * Retransmission follows RFC 5080 §2.2.1's doubling, shortened by default (1 s first wait, at most 8 s, 5 sends, about
 * 15 s in all): an operator pressing "reset" waits for it, and a gateway that stays silent that long is down.
 */
@Component
public class Disconnector implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Disconnector.class);

    private final GatewayDirectory gateways;
    private final DynamicAuthorizationClient client;
    private final EventLog events;
    private final TransactionTemplate tx;
    /** Events are written off the client's receive thread, which must keep reading replies. */
    private final ExecutorService recorder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "disconnect-events");
        t.setDaemon(true);
        return t;
    });

    Disconnector(
            GatewayDirectory gateways,
            EventLog events,
            TransactionTemplate tx,
            @Value("${simfleet.radius.bind-address:0.0.0.0}") String bindAddress,
            @Value("${simfleet.disconnect.initial-timeout:PT1S}") Duration initialTimeout,
            @Value("${simfleet.disconnect.max-timeout:PT8S}") Duration maxTimeout,
            @Value("${simfleet.disconnect.attempts:5}") int attempts)
            throws UnknownHostException {
        this.gateways = gateways;
        this.events = events;
        this.tx = tx;
        this.client = DynamicAuthorizationClient.start(new DynamicAuthorizationConfig(
                InetAddress.getByName(bindAddress), initialTimeout, maxTimeout, attempts));
    }

    /** Sends the Disconnect-Request; the stage completes with the answer once the event recording it is committed. */
    CompletionStage<DisconnectOutcome> disconnect(DisconnectTarget target) {
        NasClient nas;
        try {
            nas = gateways.at(InetAddress.getByName(target.gatewayAddress())).orElse(null);
        } catch (UnknownHostException e) {
            nas = null;
        }
        if (nas == null) {
            return record(target, DisconnectOutcome.of(target, "UNKNOWN_GATEWAY", null));
        }
        CompletableFuture<DisconnectOutcome> done = new CompletableFuture<>();
        client.disconnect(nas, identification(target))
                .whenCompleteAsync(
                        (reply, failure) -> {
                            DisconnectOutcome outcome = failure != null
                                    ? DisconnectOutcome.of(target, "TIMEOUT", null)
                                    : DisconnectOutcome.of(
                                            target,
                                            reply.acknowledged() ? "ACKNOWLEDGED" : "REJECTED",
                                            reply.errorCause());
                            record(target, outcome).whenComplete((o, e) -> done.complete(outcome));
                        },
                        recorder);
        return done;
    }

    /** RFC 5176 §3: the NAS matches on every identification attribute present, so send what names the session. */
    private static AttributeWriter identification(DisconnectTarget target) {
        AttributeWriter attributes = new AttributeWriter();
        if (target.userName() != null) {
            attributes.addString(AttributeType.USER_NAME, target.userName());
        }
        attributes.addString(AttributeType.ACCT_SESSION_ID, target.acctSessionId());
        if (target.framedIp() != null) {
            try {
                if (InetAddress.getByName(target.framedIp()) instanceof Inet4Address v4) {
                    attributes.addAddress(AttributeType.FRAMED_IP_ADDRESS, v4);
                }
            } catch (UnknownHostException notAnAddress) {
                // stored from a packet's Framed-IP-Address, so always a literal; leave it out if not
            }
        }
        return attributes;
    }

    private CompletionStage<DisconnectOutcome> record(DisconnectTarget target, DisconnectOutcome outcome) {
        return CompletableFuture.supplyAsync(
                () -> {
                    try {
                        tx.executeWithoutResult(s -> events.publish(event(target, outcome)));
                    } catch (RuntimeException e) {
                        log.warn("could not record the Disconnect outcome {}", outcome, e);
                    }
                    return outcome;
                },
                recorder);
    }

    private static EventLog.NewEvent event(DisconnectTarget target, DisconnectOutcome outcome) {
        boolean ok = outcome.acknowledged();
        String text = ok
                ? "Disconnect acknowledged by gateway " + target.gatewayAddress() + " for session "
                        + target.acctSessionId()
                : "Disconnect of session " + target.acctSessionId() + " at gateway " + target.gatewayAddress()
                        + " failed: " + describe(outcome);
        return new EventLog.NewEvent(
                target.orgId(),
                ok ? EventType.DISCONNECT_ACKNOWLEDGED : EventType.DISCONNECT_FAILED,
                ok ? EventLog.Severity.INFO : EventLog.Severity.WARN,
                EventLog.Source.NETWORK,
                target.simId(),
                target.endpointId(),
                text);
    }

    private static String describe(DisconnectOutcome outcome) {
        return switch (outcome.result()) {
            case "REJECTED" -> "Disconnect-NAK"
                    + (outcome.errorCauseName() == null ? "" : " (" + outcome.errorCauseName() + ")");
            case "TIMEOUT" -> "no answer after every retry";
            case "UNKNOWN_GATEWAY" -> "the gateway is no longer configured";
            default -> outcome.result();
        };
    }

    @Override
    public void destroy() {
        client.close();
        recorder.shutdown();
    }
}
