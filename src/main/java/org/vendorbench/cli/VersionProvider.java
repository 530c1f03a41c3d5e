package org.vendorbench.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest (falls back to "dev" when run from classes). */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"vendorbench " + version()};
    }

    public static String version() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
