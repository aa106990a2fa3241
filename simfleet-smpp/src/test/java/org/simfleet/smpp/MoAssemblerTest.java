package org.simfleet.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoAssemblerTest {
    private final List<Integer> answers = new ArrayList<>();

    private MoAssembler.Part part(int sequence, String data) {
        return new MoAssembler.Part(sequence, data.getBytes(), (byte) 0, answers::add);
    }

    private static MoAssembler.Key key(int reference, int total) {
        return new MoAssembler.Key("4915112345678", "12345", reference, total);
    }

    @Test
    void completesAMessageWhenItsLastPartArrivesInAnyOrder() {
        MoAssembler assembler = new MoAssembler(10, 1_000);
        List<Deliveries.Responder> dropped = new ArrayList<>();
        assertThat(assembler.add(key(7, 3), part(3, "c"), 0, dropped)).isNull();
        assertThat(assembler.add(key(7, 3), part(1, "a"), 1, dropped)).isNull();
        MoAssembler.Complete complete = assembler.add(key(7, 3), part(2, "b"), 2, dropped);
        assertThat(complete.parts()).extracting(p -> new String(p.userData())).containsExactly("a", "b", "c");
        assertThat(assembler.incomplete()).isZero();
        assertThat(dropped).isEmpty();
    }

    @Test
    void keepsMessagesWithDifferentReferencesApart() {
        MoAssembler assembler = new MoAssembler(10, 1_000);
        List<Deliveries.Responder> dropped = new ArrayList<>();
        assembler.add(key(1, 2), part(1, "x"), 0, dropped);
        assertThat(assembler.add(key(2, 2), part(2, "y"), 0, dropped)).isNull();
        assertThat(assembler.incomplete()).isEqualTo(2);
    }

    @Test
    void answersBothCopiesOfAPartTheSmscSentTwice() {
        MoAssembler assembler = new MoAssembler(10, 1_000);
        List<Deliveries.Responder> dropped = new ArrayList<>();
        assembler.add(key(1, 2), part(1, "old"), 0, dropped);
        assembler.add(key(1, 2), part(1, "new"), 1, dropped);
        MoAssembler.Complete complete = assembler.add(key(1, 2), part(2, "b"), 2, dropped);
        assertThat(new String(complete.parts().get(0).userData())).isEqualTo("new");
        assertThat(complete.superseded()).hasSize(1);
    }

    @Test
    void dropsTheOldestIncompleteMessageBeyondTheBoundAndHandsBackItsResponders() {
        MoAssembler assembler = new MoAssembler(2, 1_000);
        List<Deliveries.Responder> dropped = new ArrayList<>();
        assembler.add(key(1, 2), part(1, "a"), 0, dropped);
        assembler.add(key(2, 2), part(1, "b"), 0, dropped);
        assembler.add(key(3, 2), part(1, "c"), 0, dropped);
        assertThat(dropped).hasSize(1);
        assertThat(assembler.incomplete()).isEqualTo(2);
        // The dropped message's part is gone: its second part starts a new, incomplete one.
        assertThat(assembler.add(key(1, 2), part(2, "a2"), 0, dropped)).isNull();
    }

    @Test
    void expiresIncompleteMessagesAfterTheTimeout() {
        MoAssembler assembler = new MoAssembler(10, 1_000);
        List<Deliveries.Responder> dropped = new ArrayList<>();
        assembler.add(key(1, 3), part(1, "a"), 0, dropped);
        assembler.add(key(1, 3), part(2, "b"), 10, dropped);
        assembler.add(key(2, 2), part(1, "z"), 900, dropped);
        assertThat(assembler.expire(1_000)).isEmpty();
        assertThat(assembler.expire(1_001)).hasSize(2);
        assertThat(assembler.incomplete()).isEqualTo(1);
    }
}
