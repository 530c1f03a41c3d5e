package org.vendorbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.audit.AuditEntry;
import org.vendorbench.store.Workspace;
import org.vendorbench.workbook.RfpReader;

/** One transaction and one audit entry per imported file; passwords asked only for protected files, retried only on request. */
class ImportServiceTest {
    @TempDir Path dir;
    private List<Path> samples;
    private Rfp rfp;

    @BeforeEach
    void setUp() throws Exception {
        samples = DemoData.extractSamples(dir.resolve("samples"));
        rfp = RfpReader.read(samples.get(0));
    }

    @Test
    void eachImportedFileWritesOneAuditEntryThatCountsItsClaims() throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("a.vbench"))) {
            ws.saveRfp(rfp);
            int before = ws.auditEntries().size();
            ImportReport r = ImportService.importFiles(ws, null, samples.subList(1, 3), null, null, null);
            assertThat(r.allImported()).isTrue();
            List<AuditEntry> added = ws.auditEntries().subList(before, ws.auditEntries().size());
            assertThat(added).hasSize(2).allSatisfy(e -> {
                assertThat(e.entity()).startsWith("response/");
                assertThat(e.newValue()).contains("\"answers\":").contains("\"claims\":").contains("\"claimStatusChanges\":");
            });
            String vendor = r.files().get(0).vendor();
            assertThat(ws.checklistEntries(vendor)).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.claim()).isNotBlank());
        }
    }

    @Test
    void aPasswordIsAskedOnlyForAProtectedFileAndRetriedOnlyWhenTheSourceSaysSo() throws Exception {
        List<String> asked = new ArrayList<>();
        PasswordSource retrying = new PasswordSource() {
            @Override public String passwordFor(Path file) { asked.add("first"); return "a"; }
            @Override public String retry(Path file, String refusal) { asked.add(refusal); return asked.size() < 3 ? "b" : null; }
        };
        Path plain = samples.get(1);
        String read = ImportService.withPassword(plain, retrying, pw -> "read with " + pw);
        assertThat(read).isEqualTo("read with null");
        assertThat(asked).isEmpty();

        RefusedException protectedFile = new RefusedException("x.xlsx is password protected: give the password (--password)");
        List<String> tried = new ArrayList<>();
        assertThatThrownBy(() -> ImportService.withPassword(plain, retrying, pw -> {
            tried.add(String.valueOf(pw));
            throw pw == null ? protectedFile : new RefusedException("x.xlsx: wrong password");
        })).hasMessage("x.xlsx: wrong password");
        assertThat(tried).containsExactly("null", "a", "b");
        assertThat(asked).containsExactly("first", "x.xlsx: wrong password", "x.xlsx: wrong password");

        List<String> fixedTries = new ArrayList<>();
        assertThatThrownBy(() -> ImportService.withPassword(plain, PasswordSource.fixed("nope"), pw -> {
            fixedTries.add(String.valueOf(pw));
            throw pw == null ? protectedFile : new RefusedException("x.xlsx: wrong password");
        })).hasMessage("x.xlsx: wrong password");
        assertThat(fixedTries).containsExactly("null", "nope");

        assertThatThrownBy(() -> ImportService.withPassword(plain, PasswordSource.fixed(null), pw -> {
            throw protectedFile;
        })).isSameAs(protectedFile);
    }
}
