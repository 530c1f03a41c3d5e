package org.vendorbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {
    @Test
    void systemPropertyWinsEverywhere() {
        assertThat(DataDirectory.resolve("/tmp/vb-test", "Windows 11", "/home/u", Map.of("APPDATA", "C:/x")))
                .isEqualTo(Path.of("/tmp/vb-test"));
    }

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertThat(DataDirectory.resolve(null, "Linux", "/home/u", Map.of("XDG_DATA_HOME", "/data")))
                .isEqualTo(Path.of("/data/vendorbench"));
        assertThat(DataDirectory.resolve(null, "Linux", "/home/u", Map.of()))
                .isEqualTo(Path.of("/home/u/.local/share/vendorbench"));
        assertThat(DataDirectory.resolve("  ", "Linux", "/home/u", Map.of("XDG_DATA_HOME", "relative/path")))
                .as("a relative XDG_DATA_HOME is invalid per the spec").isEqualTo(Path.of("/home/u/.local/share/vendorbench"));
    }

    @Test
    void windowsAndMacUseTheirApplicationFolders() {
        assertThat(DataDirectory.resolve(null, "Windows 10", "/home/u", Map.of("APPDATA", "/appdata")))
                .isEqualTo(Path.of("/appdata/Vendorbench"));
        assertThat(DataDirectory.resolve(null, "Windows 10", "/home/u", Map.of()))
                .isEqualTo(Path.of("/home/u/AppData/Roaming/Vendorbench"));
        assertThat(DataDirectory.resolve(null, "Mac OS X", "/Users/u", Map.of("XDG_DATA_HOME", "/data")))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/Vendorbench"));
    }
}
