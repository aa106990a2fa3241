package org.simfleet.radius.attr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RatTypeTest {
    @Test
    void namesTheCodesOfTs29274() {
        assertThat(RatType.of(1)).isEqualTo(RatType.UTRAN);
        assertThat(RatType.of(2)).isEqualTo(RatType.GERAN);
        assertThat(RatType.of(6)).isEqualTo(RatType.EUTRAN);
        assertThat(RatType.of(8)).isEqualTo(RatType.EUTRAN_NB_IOT);
        assertThat(RatType.of(9)).isEqualTo(RatType.LTE_M);
        assertThat(RatType.of(10)).isEqualTo(RatType.NR);
    }

    @Test
    void namesNoReservedOrUnknownCode() {
        assertThat(RatType.of(0)).isNull();
        assertThat(RatType.of(11)).isNull();
        assertThat(RatType.of(300)).isNull();
    }
}
