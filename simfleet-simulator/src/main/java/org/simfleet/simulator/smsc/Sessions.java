package org.simfleet.simulator.smsc;

import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.SMPPServerSession;

/** The bound ESME sessions; deliveries go to the newest one that can receive (bound RX or TRX). */
final class Sessions {
    private final Deque<SMPPServerSession> bound = new ConcurrentLinkedDeque<>();

    void add(SMPPServerSession session) {
        bound.addFirst(session);
    }

    void remove(SMPPServerSession session) {
        bound.remove(session);
    }

    /** The newest session that can take deliver_sm, or null. */
    SMPPServerSession receiver() {
        for (SMPPServerSession s : bound) {
            SessionState state = s.getSessionState();
            if (state == SessionState.BOUND_RX || state == SessionState.BOUND_TRX) {
                return s;
            }
        }
        return null;
    }

    void closeAll() {
        for (SMPPServerSession s : bound) {
            s.close();
        }
        bound.clear();
    }
}
