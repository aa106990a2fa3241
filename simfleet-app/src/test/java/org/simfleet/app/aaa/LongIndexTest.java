package org.simfleet.app.aaa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LongIndexTest {

    @Test
    void answersNullForAKeyNeverPut() {
        LongIndex<String> index = new LongIndex<>(4);
        index.put(7, "seven");

        assertThat(index.get(8)).isNull();
    }

    @Test
    void replacesTheValueOfAKeyPutAgain() {
        LongIndex<String> index = new LongIndex<>(4);
        index.put(7, "seven");
        index.put(7, "SEVEN");

        assertThat(index.get(7)).isEqualTo("SEVEN");
        assertThat(index.size()).isOne();
    }

    @Test
    void refusesKeysThatAreNotPositive() {
        assertThatThrownBy(() -> new LongIndex<String>(4).put(0, "zero")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 20261122})
    void holdsWhatAHashMapHoldsWhileGrowingFromTheSmallestSize(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        LongIndex<Long> index = new LongIndex<>(1);
        Map<Long, Long> expected = new HashMap<>();
        for (int i = 0; i < 50_000; i++) {
            // sequential IMSI-like keys and random ones, with repeats
            long key = i % 3 == 0 ? 1_001_010_001_000_000L + i : 1 + random.nextLong(1L << 53);
            long value = random.nextLong();
            index.put(key, value);
            expected.put(key, value);
        }

        assertThat(index.size()).isEqualTo(expected.size());
        expected.forEach((k, v) -> assertThat(index.get(k)).isEqualTo(v));
        for (int i = 0; i < 10_000; i++) {
            long absent = -1 - random.nextLong(Long.MAX_VALUE);
            assertThat(index.get(absent)).isNull();
        }
    }
}
