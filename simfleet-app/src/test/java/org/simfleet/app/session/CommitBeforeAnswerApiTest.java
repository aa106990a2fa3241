package org.simfleet.app.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** RFC 2866 §4.1: the Accounting-Response says the record is stored, so it must not come before the commit. */
class CommitBeforeAnswerApiTest extends AccountingTestBase {

    @Autowired
    DataSource dataSource;

    @Test
    void givesNoAnswerWhileTheSessionCannotBeWrittenAndAnswersOnceItIs() throws Exception {
        String id = sessionId();
        byte[] start = gateway().packet(Acct.start(id, strangerImsi()));
        try (Connection blocker = dataSource.getConnection()) {
            // another transaction holds the session's key uncommitted, so the store's INSERT has to wait for it
            blocker.setAutoCommit(false);
            try (PreparedStatement ps = blocker.prepareStatement(
                    """
                    INSERT INTO data_session (id, gateway_address, acct_session_id, started_at, last_update_at,
                                              bytes_up, bytes_down, packets_up, packets_down)
                    VALUES (?, '127.0.0.1', ?, ?, ?, 0, 0, 0, 0)""")) {
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                ps.setObject(1, UUID.randomUUID());
                ps.setString(2, id);
                ps.setObject(3, now);
                ps.setObject(4, now);
                ps.executeUpdate();
            }

            assertThat(gateway().exchange(start, Duration.ofSeconds(1))).isFalse();

            blocker.rollback();
        }
        // the gateway retransmits the same packet until it is answered (RFC 2866 §2)
        boolean answered = false;
        for (int i = 0; i < 10 && !answered; i++) {
            answered = gateway().exchange(start, Duration.ofSeconds(2));
        }
        assertThat(answered).isTrue();
        assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM data_session WHERE acct_session_id = ?", Long.class, id))
                .isEqualTo(1);
    }
}
