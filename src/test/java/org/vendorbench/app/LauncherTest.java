package org.vendorbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which arguments open the window on a workspace and which run the CLI. */
class LauncherTest {
    @TempDir
    Path dir;

    @Test
    void exactlyOneExistingVbenchFileOpensTheWindowOnIt() throws Exception {
        Path ws = Files.writeString(dir.resolve("My Eval.vbench"), "x");
        Path upper = Files.writeString(dir.resolve("OTHER.VBENCH"), "x");
        Files.createDirectories(dir.resolve("folder.vbench"));
        assertThat(Launcher.workspaceArgument(new String[] {ws.toString()})).contains(ws);
        assertThat(Launcher.workspaceArgument(new String[] {upper.toString()})).contains(upper);
        assertThat(Launcher.workspaceArgument(new String[] {ws.toUri().toString()})).as("a file: URI").contains(ws);
        assertThat(Launcher.workspaceArgument(new String[] {dir.resolve("sub/../My Eval.vbench").toString()})).contains(ws);

        assertThat(Launcher.workspaceArgument(new String[0])).isEmpty();
        assertThat(Launcher.workspaceArgument(new String[] {"info"})).isEmpty();
        assertThat(Launcher.workspaceArgument(new String[] {"--help"})).isEmpty();
        assertThat(Launcher.workspaceArgument(new String[] {dir.resolve("missing.vbench").toString()})).isEmpty();
        assertThat(Launcher.workspaceArgument(new String[] {dir.resolve("folder.vbench").toString()})).isEmpty();
        assertThat(Launcher.workspaceArgument(new String[] {"info", ws.toString()})).as("a subcommand").isEmpty();
        assertThat(Launcher.workspaceArgument(new String[] {ws.toString(), "--json"})).isEmpty();
        assertThat(Launcher.workspaceArgument(new String[] {"  "})).isEmpty();
        assertThat(Launcher.workspaceArgument(new String[] {"\u0000.vbench"})).isEmpty();
        Path notWorkspace = Files.writeString(dir.resolve("notes.txt"), "x");
        assertThat(Launcher.workspaceArgument(new String[] {notWorkspace.toString()})).isEmpty();
    }
}
