package org.vendorbench.ui.vendors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vendorbench.workbook.TestWorkbooks;

/** The Vendors import asks for the password of an encrypted workbook, retries after a wrong one, and Cancel keeps it refused. */
class VendorsPasswordPromptTest {
    @TempDir Path dir;
    private VendorsFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new VendorsFixture(dir);
    }

    @AfterEach
    void tearDown() throws Exception {
        f.close();
    }

    @Test
    void aWrongPasswordAsksAgainSayingSoAndTheRightOneImports() throws Exception {
        Path locked = TestWorkbooks.encrypt(f.samples.get(1), dir.resolve("locked.xlsx"), "s3cret");
        f.dialogs.answers.add(Optional.of("guess"));
        f.dialogs.answers.add(Optional.of("s3cret"));
        VendorsViewModel vm = f.vm();

        vm.importFiles(List.of(f.samples.get(2), locked));

        assertThat(f.dialogs.prompts).containsExactly("locked.xlsx | null",
                "locked.xlsx | locked.xlsx: wrong password. Try again, or Cancel to leave it refused.");
        assertThat(f.dialogs.errors).isEmpty();
        assertThat(vm.refused()).isEmpty();
        assertThat(vm.vendors()).hasSize(2);
        assertThat(f.store().currentResponses()).hasSize(2);
        assertThat(vm.outcomeProperty().get()).startsWith("Imported 2 of 2 file(s)");
    }

    @Test
    void cancelLeavesTheFileRefusedAndStoresNothingOfIt() throws Exception {
        Path locked = TestWorkbooks.encrypt(f.samples.get(1), dir.resolve("locked.xlsx"), "s3cret");
        f.dialogs.answers.add(Optional.empty());
        VendorsViewModel vm = f.vm();

        vm.importFiles(List.of(locked));

        assertThat(f.dialogs.prompts).containsExactly("locked.xlsx | null");
        assertThat(vm.refused()).extracting(VendorsViewModel.RefusedFile::reason)
                .containsExactly("locked.xlsx is password protected: give the password (--password)");
        assertThat(f.store().currentResponses()).isEmpty();
        assertThat(vm.outcomeProperty().get()).startsWith("Imported 0 of 1 file(s)");
    }

    @Test
    void aFileThatIsNotEncryptedIsNeverAskedFor() throws Exception {
        VendorsViewModel vm = f.vm();
        vm.importFiles(List.of(f.samples.get(1)));
        assertThat(f.dialogs.prompts).isEmpty();
        assertThat(vm.vendors()).hasSize(1);
    }
}
