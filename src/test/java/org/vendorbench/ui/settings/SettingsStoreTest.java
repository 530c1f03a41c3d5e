package org.vendorbench.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path dir;
    private final List<String> problems = new ArrayList<>();

    private SettingsStore store() {
        return new SettingsStore(dir, Runnable::run, problems::add);
    }

    @Test
    void missingFileMeansFirstStartWithDefaults() {
        SettingsStore store = store();
        assertThat(store.isFirstStart()).isTrue();
        assertThat(store.load()).isEqualTo(Settings.defaults());
        assertThat(problems).isEmpty();
    }

    @Test
    void savedSettingsComeBackIdentical() {
        Settings s = Settings.defaults().withTheme(UiTheme.DARK)
                .withRecentFiles(List.of(dir.resolve("a.vbench"), dir.resolve("sub dir/b é.vbench")))
                .withWindow(Optional.of(new WindowBounds(10.5, 20, 1024, 700, true)))
                .withArea("TCO").withDividerPosition(0.3);
        store().save(s);

        SettingsStore again = store();
        assertThat(again.isFirstStart()).isFalse();
        assertThat(again.load()).isEqualTo(s);
        assertThat(dir.resolve(SettingsStore.FILE_NAME + ".tmp")).doesNotExist();
    }

    @Test
    void damagedValuesFallBackOneByOne() throws Exception {
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME),
                "theme=purple\nwindow.width=abc\ndivider=7\narea=RFP\nrecent.0=" + dir.resolve("x.vbench") + "\n");
        Settings s = store().load();
        assertThat(s.theme()).isEqualTo(UiTheme.LIGHT);
        assertThat(s.window()).isEmpty();
        assertThat(s.dividerPosition()).isEqualTo(Settings.DEFAULT_DIVIDER);
        assertThat(s.area()).isEqualTo("RFP");
        assertThat(s.recentFiles()).containsExactly(dir.resolve("x.vbench"));
    }

    @Test
    void unwritableFolderIsReportedNotThrown() throws Exception {
        Path blocker = dir.resolve("file-not-folder");
        Files.writeString(blocker, "x");
        new SettingsStore(blocker, Runnable::run, problems::add).save(Settings.defaults());
        assertThat(problems).singleElement().asString().contains("Could not save settings");
    }

    @Test
    void recentFilesKeepMostRecentFirstWithoutDuplicatesAndAtMostEight() {
        List<Path> list = List.of();
        for (int i = 0; i < 10; i++) {
            list = RecentFiles.touch(list, dir.resolve("w" + i + ".vbench"));
        }
        list = RecentFiles.touch(list, dir.resolve("sub/../w5.vbench"));
        assertThat(list).hasSize(RecentFiles.MAX);
        assertThat(list.get(0)).isEqualTo(dir.resolve("w5.vbench"));
        assertThat(list.get(1)).isEqualTo(dir.resolve("w9.vbench"));
        assertThat(list).doesNotHaveDuplicates().doesNotContain(dir.resolve("w0.vbench"), dir.resolve("w1.vbench"));

        assertThat(RecentFiles.remove(list, dir.resolve("w5.vbench"))).hasSize(RecentFiles.MAX - 1)
                .doesNotContain(dir.resolve("w5.vbench"));
    }

    @Test
    void pruneDropsFilesThatNoLongerExist() throws Exception {
        Path kept = Files.createFile(dir.resolve("kept.vbench"));
        Path gone = dir.resolve("gone.vbench");
        assertThat(RecentFiles.prune(List.of(gone, kept), Files::exists)).containsExactly(kept);
    }
}
