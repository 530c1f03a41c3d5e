package org.vendorbench.domain.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EvidenceNamesTest {

    @Test
    void hostileNamesBecomeHarmless() {
        assertThat(EvidenceNames.safeFileName("../../x")).isEqualTo("x");
        assertThat(EvidenceNames.safeFileName("..\\..\\Windows\\win.ini")).isEqualTo("win.ini");
        assertThat(EvidenceNames.safeFileName("/etc/passwd")).isEqualTo("passwd");
        assertThat(EvidenceNames.safeFileName("CON")).isEqualTo("_CON");
        assertThat(EvidenceNames.safeFileName("aux.txt")).isEqualTo("_aux.txt");
        assertThat(EvidenceNames.safeFileName("com1.tar.gz")).isEqualTo("_com1.tar.gz");
        assertThat(EvidenceNames.safeFileName("Lpt9 .pdf")).isEqualTo("_Lpt9 .pdf");
        assertThat(EvidenceNames.safeFileName("console.pdf")).isEqualTo("console.pdf");
        assertThat(EvidenceNames.safeFileName("..")).isEqualTo("evidence");
        assertThat(EvidenceNames.safeFileName(".bashrc")).isEqualTo("bashrc");
        assertThat(EvidenceNames.safeFileName("report.pdf. . ")).isEqualTo("report.pdf");
        assertThat(EvidenceNames.safeFileName("a<b>c:d\"e|f?g*h.pdf")).isEqualTo("a_b_c_d_e_f_g_h.pdf");
        assertThat(EvidenceNames.safeFileName("line\r\nbreak\t.pdf")).isEqualTo("linebreak.pdf");
        assertThat(EvidenceNames.safeFileName("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe_");
        assertThat(EvidenceNames.safeFileName("zero\u200Bwidth\uFEFF.pdf")).isEqualTo("zerowidth.pdf");
        assertThat(EvidenceNames.safeFileName("setup.EXE")).isEqualTo("setup.EXE_");
        assertThat(EvidenceNames.safeFileName("run.sh")).isEqualTo("run.sh_");
        assertThat(EvidenceNames.safeFileName("Cafe\u0301 SOC 2.pdf")).isEqualTo("Café SOC 2.pdf");
        assertThat(EvidenceNames.safeFileName(null)).isEqualTo("evidence");
        assertThat(EvidenceNames.safeFileName("   ")).isEqualTo("evidence");
        assertThat(EvidenceNames.safeFileName("\u0000\u0001")).isEqualTo("evidence");
    }

    @Test
    void longNamesAreCutInTheStemKeepingTheExtension() {
        String cut = EvidenceNames.safeFileName("a".repeat(300) + ".pdf");
        assertThat(cut).endsWith(".pdf").startsWith("aaaa");
        assertThat(cut.getBytes(StandardCharsets.UTF_8)).hasSize(EvidenceNames.MAX_UTF8_BYTES);
        String emoji = EvidenceNames.safeFileName("😀".repeat(100) + ".docx");
        assertThat(emoji).endsWith(".docx").doesNotContain("\uFFFD");
        assertThat(emoji.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(EvidenceNames.MAX_UTF8_BYTES);
        assertThat(emoji.codePoints().filter(cp -> cp == 0x1F600).count()).isEqualTo(36);
    }

    @Test
    void anyTextGivesANonEmptyBoundedIdempotentNameWithoutSeparatorsOrInvisibleCharacters() {
        Random random = new Random(20260117);
        String alphabet = "aZ09 ._-/\\:*?\"<>|\u0000\u0007\r\n\t\u202E\u202D\u2066\u200B\uFEFF\u00e9e\u0301ß漢😀\uE000";
        for (int run = 0; run < 5000; run++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(run % 50 == 0 ? 400 : 30);
            for (int i = 0; i < len; i++) {
                int at = random.nextInt(alphabet.length());
                int cp = alphabet.codePointAt(at);
                if (Character.isLowSurrogate(alphabet.charAt(at))) cp = alphabet.codePointAt(at - 1);
                sb.appendCodePoint(cp);
            }
            if (random.nextInt(10) == 0) sb.insert(0, random.nextBoolean() ? "CON." : "aux");
            if (random.nextInt(10) == 0) sb.append(".bat");
            String original = sb.toString();
            String safe = EvidenceNames.safeFileName(original);
            assertThat(safe).as("from %s", original.codePoints().mapToObj(Integer::toHexString).toList()).isNotBlank();
            assertThat(safe.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(EvidenceNames.MAX_UTF8_BYTES);
            assertThat(safe).doesNotContainPattern("[/\\\\:*?\"<>|\\p{Cc}\\p{Cf}\\p{Co}]");
            assertThat(safe).doesNotStartWith(".").doesNotStartWith(" ").doesNotEndWith(".").doesNotEndWith(" ");
            String stem = safe.contains(".") ? safe.substring(0, safe.indexOf('.')) : safe;
            assertThat(stem.strip().toLowerCase(Locale.ROOT)).doesNotMatch("con|prn|aux|nul|com[0-9]|lpt[0-9]");
            assertThat(safe.toLowerCase(Locale.ROOT)).doesNotEndWith(".bat");
            assertThat(EvidenceNames.safeFileName(safe)).isEqualTo(safe);
            assertThat(EvidenceNames.isSafe(safe)).isTrue();
        }
    }
}
