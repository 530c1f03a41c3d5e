package org.vendorbench.store;

import java.nio.file.Path;

/** Child-JVM helper for the concurrent-open test: opens a workspace, says so, and holds it until stdin closes. */
public final class LockHolder {
    private LockHolder() {}

    public static void main(String[] args) throws Exception {
        try (Workspace ws = Workspace.open(Path.of(args[0]))) {
            System.out.println("OPEN " + ProcessHandle.current().pid());
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the workspace until the parent closes our stdin
            }
        }
    }
}
