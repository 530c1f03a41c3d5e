package org.vendorbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DroppedFilesTest {
    @Test
    void aWorkspaceWinsWorkbooksImportAndTheRestIsIgnored() {
        Path ws = Path.of("/tmp/a.VBENCH");
        Path second = Path.of("/tmp/b.vbench");
        Path xlsx = Path.of("/tmp/v.xlsx");
        Path xls = Path.of("/tmp/w.XLS");
        Path pdf = Path.of("/tmp/r.pdf");

        DroppedFiles open = DroppedFiles.classify(List.of(xlsx, ws, second, pdf));
        assertThat(open.workspace()).isEqualTo(ws);
        assertThat(open.workbooks()).isEmpty();
        assertThat(open.ignored()).containsExactlyInAnyOrder(second, pdf, xlsx);
        assertThat(open.actionable()).isTrue();

        DroppedFiles books = DroppedFiles.classify(List.of(xlsx, pdf, xls));
        assertThat(books.workspace()).isNull();
        assertThat(books.workbooks()).containsExactly(xlsx, xls);
        assertThat(books.ignored()).containsExactly(pdf);

        assertThat(DroppedFiles.classify(List.of(pdf)).actionable()).isFalse();
        assertThat(DroppedFiles.classify(List.of()).actionable()).isFalse();
    }
}
