package org.vendorbench.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlindLabelsTest {
    @Test
    void labelsFollowImportOrder() {
        Map<String, String> m = BlindLabels.assign(List.of("Zeta Health", "Acme", "Mid", "Acme"));
        assertThat(m).containsExactly(Map.entry("Zeta Health", "Vendor A"), Map.entry("Acme", "Vendor B"),
                Map.entry("Mid", "Vendor C"));
    }

    @Test
    void beyondZ() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 30; i++) names.add("v" + i);
        Map<String, String> m = BlindLabels.assign(names);
        assertThat(m.get("v25")).isEqualTo("Vendor Z");
        assertThat(m.get("v26")).isEqualTo("Vendor AA");
        assertThat(m.get("v29")).isEqualTo("Vendor AD");
        assertThat(BlindLabels.letters(701)).isEqualTo("ZZ");
        assertThat(BlindLabels.letters(702)).isEqualTo("AAA");
    }
}
