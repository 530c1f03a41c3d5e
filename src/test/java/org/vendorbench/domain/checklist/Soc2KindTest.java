package org.vendorbench.domain.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Soc2KindTest {
    @Test
    void readsTheKindFromVendorAnswers() {
        assertThat(Soc2Kind.of("SOC 2 Type II")).isEqualTo(Soc2Kind.TYPE_II);
        assertThat(Soc2Kind.of("SOC2 type 2 (2025 report)")).isEqualTo(Soc2Kind.TYPE_II);
        assertThat(Soc2Kind.of("SOC 2 Type I and Type II")).isEqualTo(Soc2Kind.TYPE_II);
        assertThat(Soc2Kind.of("SOC 2 Type I")).isEqualTo(Soc2Kind.TYPE_I_ONLY);
        assertThat(Soc2Kind.of("soc-2 type 1")).isEqualTo(Soc2Kind.TYPE_I_ONLY);
        assertThat(Soc2Kind.of("Yes – Type I; Type II audit in progress")).isEqualTo(Soc2Kind.TYPE_I_ONLY);
        assertThat(Soc2Kind.of("Type II expected Q3")).isEqualTo(Soc2Kind.NONE);
        assertThat(Soc2Kind.of("None")).isEqualTo(Soc2Kind.NONE);
        assertThat(Soc2Kind.of("ISO 27001 only")).isEqualTo(Soc2Kind.NONE);
        assertThat(Soc2Kind.of("Yes")).isEqualTo(Soc2Kind.UNKNOWN);
        assertThat(Soc2Kind.of(null)).isEqualTo(Soc2Kind.UNKNOWN);
        assertThat(Soc2Kind.of("Type III")).isEqualTo(Soc2Kind.UNKNOWN);
    }
}
