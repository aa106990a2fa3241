package org.simfleet.smpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubmitResultTest {

    private static PartResult part(int i, Outcome outcome) {
        return new PartResult(i, outcome, outcome == Outcome.ACCEPTED ? "id" + i : null, 0, "x");
    }

    @Test
    void isAcceptedOnlyWhenEveryPartIs() {
        assertThat(new SubmitResult(List.of(part(0, Outcome.ACCEPTED), part(1, Outcome.ACCEPTED))).accepted())
                .isTrue();
        assertThat(new SubmitResult(List.of(part(0, Outcome.ACCEPTED), part(1, Outcome.RETRY))).accepted())
                .isFalse();
    }

    @Test
    void takesTheGravestOutcomeOfItsParts() {
        assertThat(new SubmitResult(List.of(part(0, Outcome.ACCEPTED), part(1, Outcome.RETRY))).outcome())
                .isEqualTo(Outcome.RETRY);
        assertThat(new SubmitResult(List.of(part(0, Outcome.RETRY), part(1, Outcome.UNKNOWN))).outcome())
                .isEqualTo(Outcome.UNKNOWN);
        assertThat(new SubmitResult(List.of(part(0, Outcome.UNKNOWN), part(1, Outcome.REJECTED))).outcome())
                .isEqualTo(Outcome.REJECTED);
    }

    @Test
    void listsTheMessageIdsOfTheAcceptedPartsInOrder() {
        SubmitResult r = new SubmitResult(
                List.of(part(0, Outcome.ACCEPTED), part(1, Outcome.UNKNOWN), part(2, Outcome.ACCEPTED)));
        assertThat(r.messageIds()).containsExactly("id0", "id2");
    }

    @Test
    void listsThePartsWithAnOutcomeForResubmission() {
        SubmitResult r = new SubmitResult(
                List.of(part(0, Outcome.RETRY), part(1, Outcome.ACCEPTED), part(2, Outcome.RETRY)), 0x42);
        assertThat(r.partsWith(Outcome.RETRY)).containsExactly(0, 2);
        assertThat(r.concatenationReference()).isEqualTo(0x42);
    }

    @Test
    void refusesAnAcceptedPartWithoutMessageId() {
        assertThatThrownBy(() -> new PartResult(0, Outcome.ACCEPTED, null, 0, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesOutboundMessagesItCouldNotAddress() {
        assertThatThrownBy(() -> OutboundSms.text("49-151", "x")).hasMessageContaining("destination");
        assertThatThrownBy(() -> OutboundSms.text("4915112345678", "x").withUserMessageReference(70_000))
                .hasMessageContaining("userMessageReference");
        assertThat(OutboundSms.text("+4915112345678", "x").destination()).isEqualTo("4915112345678");
    }
}
