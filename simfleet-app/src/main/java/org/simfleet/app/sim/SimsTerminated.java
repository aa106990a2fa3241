package org.simfleet.app.sim;

import java.util.List;
import org.simfleet.app.tenant.Caller;

/**
 * Published inside the transaction that terminated these SIMs, so features holding a SIM (an endpoint)
 * let go of it in the same commit. Listeners run synchronously on the publishing thread.
 *
 * @param caller who terminated them, for the listeners' audit entries
 * @param simIds the SIMs now TERMINATED
 */
public record SimsTerminated(Caller caller, List<Long> simIds) {}
