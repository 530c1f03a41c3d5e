package org.vendorbench.workbook;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Public access to the test fixtures for tests of other packages (cli, bench). */
public final class TestWorkbooks {
    private TestWorkbooks() {}

    public static Path rfp(Path dir) throws Exception {
        return Fixtures.rfp(dir);
    }

    public static List<Object[]> questionnaire() {
        return Fixtures.questionnaire();
    }

    public static Path response(Path file, List<Object[]> questionnaire) throws Exception {
        return Fixtures.response(new XSSFWorkbook(), file, "Cover", Fixtures.cover(), "Questionnaire", questionnaire,
                "KPI Commitments", Fixtures.kpis(), "Pricing", Fixtures.pricing());
    }

    /** An agile-encrypted copy of {@code plain}. */
    public static Path encrypt(Path plain, Path target, String password) throws Exception {
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            org.apache.poi.poifs.crypt.Encryptor enc =
                    new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile).getEncryptor();
            enc.confirmPassword(password);
            try (java.io.OutputStream os = enc.getDataStream(fs)) {
                java.nio.file.Files.copy(plain, os);
            }
            try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(target)) {
                fs.writeFilesystem(out);
            }
            return target;
        }
    }

    public static Path onlyQuestionnaire(Path file) throws Exception {
        return Fixtures.response(new XSSFWorkbook(), file, "Cover", Fixtures.cover(), "Questionnaire", Fixtures.questionnaire());
    }
}
