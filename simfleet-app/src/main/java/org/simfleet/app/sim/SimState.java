package org.simfleet.app.sim;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one lifecycle every SIM follows, whatever platform it comes from. It merges the seeds' models:
 * emnify's Issued, Factory Test, Activated, Suspended, Deleted and Aeris' Assigned, Provisioned,
 * Active-billed, Suspended, Canceled.
 *
 * <table>
 *   <caption>Allowed transitions</caption>
 *   <tr><th>From</th><th>To</th><th>Passes traffic</th></tr>
 *   <tr><td>INVENTORY</td><td>REGISTERED (by registering the batch's BIC only), TERMINATED</td><td>no</td></tr>
 *   <tr><td>REGISTERED</td><td>TEST, ACTIVE, TERMINATED</td><td>no</td></tr>
 *   <tr><td>TEST</td><td>ACTIVE, SUSPENDED, TERMINATED</td><td>yes</td></tr>
 *   <tr><td>ACTIVE</td><td>SUSPENDED, TERMINATED</td><td>yes</td></tr>
 *   <tr><td>SUSPENDED</td><td>ACTIVE, TERMINATED</td><td>no</td></tr>
 *   <tr><td>TERMINATED</td><td>none: final</td><td>no</td></tr>
 * </table>
 *
 * <p>Moving to TERMINATED needs the role ADMIN. {@link #TRANSITIONS_MARKDOWN} is the same table for the
 * README and the OpenAPI description; a test keeps it equal to {@link #markdownTable()}.
 */
public enum SimState {
    /** Imported by the operator, owned by no customer yet (emnify Issued, Aeris Assigned). */
    INVENTORY,
    /** Owned by the customer who registered its batch, not in service yet. */
    REGISTERED,
    /** Test traffic before billing starts (emnify Factory Test, Aeris Provisioned). */
    TEST,
    /** In service and billed (emnify Activated, Aeris Active-billed). */
    ACTIVE,
    /** At rest: still the customer's, refused on the network (emnify and Aeris Suspended). */
    SUSPENDED,
    /** Retired or scrapped; final (emnify Deleted, Aeris Canceled). */
    TERMINATED;

    public static final String TRANSITIONS_MARKDOWN =
            """
            | State | Passes traffic | May change to |
            | --- | --- | --- |
            | `INVENTORY` | no | `REGISTERED` (by registering the batch's BIC only), `TERMINATED` |
            | `REGISTERED` | no | `TEST`, `ACTIVE`, `TERMINATED` |
            | `TEST` | yes | `ACTIVE`, `SUSPENDED`, `TERMINATED` |
            | `ACTIVE` | yes | `SUSPENDED`, `TERMINATED` |
            | `SUSPENDED` | no | `ACTIVE`, `TERMINATED` |
            | `TERMINATED` | no | none: final |
            """;

    /** Whether the network may carry this SIM's data and SMS; the AAA server rejects the others. */
    public boolean passesTraffic() {
        return this == TEST || this == ACTIVE;
    }

    /** Every state this one may move to, by any means. */
    public Set<SimState> next() {
        return switch (this) {
            case INVENTORY -> EnumSet.of(REGISTERED, TERMINATED);
            case REGISTERED -> EnumSet.of(TEST, ACTIVE, TERMINATED);
            case TEST -> EnumSet.of(ACTIVE, SUSPENDED, TERMINATED);
            case ACTIVE -> EnumSet.of(SUSPENDED, TERMINATED);
            case SUSPENDED -> EnumSet.of(ACTIVE, TERMINATED);
            case TERMINATED -> EnumSet.noneOf(SimState.class);
        };
    }

    /**
     * The states a state change (PATCH or bulk) may move this state to. REGISTERED is left out: only
     * registration by BIC reaches it, because it also hands the SIM to the registering customer.
     */
    public Set<SimState> changeableTo() {
        Set<SimState> targets = next();
        targets.remove(REGISTERED);
        return targets;
    }

    public boolean canChangeTo(SimState target) {
        return changeableTo().contains(target);
    }

    /** Why a change from this state to {@code target} is refused, naming what is allowed instead. */
    String refusal(SimState target) {
        if (this == target) {
            return "the SIM is " + this + " already";
        }
        if (this == TERMINATED) {
            return "TERMINATED is final; no change is allowed";
        }
        String allowed = changeableTo().stream().map(SimState::name).collect(Collectors.joining(", "));
        if (target == REGISTERED && this == INVENTORY) {
            return "INVENTORY reaches REGISTERED only when a customer registers the batch's BIC; allowed: " + allowed;
        }
        return this + " cannot change to " + target + "; allowed: " + allowed;
    }

    /** The transition table rendered from {@link #next()} and {@link #passesTraffic()}. */
    static String markdownTable() {
        StringBuilder md = new StringBuilder("| State | Passes traffic | May change to |\n| --- | --- | --- |\n");
        for (SimState s : values()) {
            String to = s.next().stream()
                    .map(t -> "`" + t + "`" + (t == REGISTERED ? " (by registering the batch's BIC only)" : ""))
                    .collect(Collectors.joining(", "));
            md.append("| `")
                    .append(s)
                    .append("` | ")
                    .append(s.passesTraffic() ? "yes" : "no")
                    .append(" | ")
                    .append(to.isEmpty() ? "none: final" : to)
                    .append(" |\n");
        }
        return md.toString();
    }
}
