package org.vendorbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.vendorbench.domain.governance.GovernanceCalendar;
import org.vendorbench.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code vendorbench governance-calendar WORKSPACE.vbench --vendor V --start DATE --out F.ics}:
 * writes the article's weekly, monthly, quarterly and annual vendor reviews as an iCalendar file
 * (RFC 5545). The file is written to a temporary file beside the target and moved into place, so
 * a failed run never leaves half a calendar.
 */
@Command(name = "governance-calendar", mixinStandardHelpOptions = true, description = "Write the vendor governance review cadence as an .ics calendar.")
public final class GovernanceCalendarCommand implements Callable<Integer> {
    @Mixin
    CommandIo io;

    @Mixin
    WorkspaceArg workspace;

    @Mixin
    VendorOption vendorOption;

    @Option(names = "--start", required = true, paramLabel = "DATE", description = "Date of the first reviews, yyyy-mm-dd.")
    LocalDate start;

    @Option(names = "--out", required = true, paramLabel = "F.ics", description = "The calendar file to write.")
    Path out;

    @Option(names = "--zone", paramLabel = "ZONE", description = "Time zone, e.g. America/Chicago (default: this computer's).")
    String zone;

    @Option(names = "--uid-domain", paramLabel = "HOST", defaultValue = "vendorbench.local",
            description = "Domain part of the event UIDs (default: ${DEFAULT-VALUE}).")
    String uidDomain;

    @Option(names = "--dtstamp", paramLabel = "INSTANT",
            description = "DTSTAMP, e.g. 2027-01-01T00:00:00Z (default: now); fixes the output for reproducible files.")
    Instant dtstamp;

    @Override
    public Integer call() throws Exception {
        ZoneId z;
        try {
            z = zone == null ? ZoneId.systemDefault() : ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw io.usage("unknown time zone '" + zone + "'");
        }
        String v;
        try (Workspace ws = Workspace.openReadOnly(workspace.file)) {
            v = ChecklistSupport.vendor(ws, vendorOption.vendor);
        }
        String ics;
        try {
            ics = GovernanceCalendar.ics(v, start, z, uidDomain, dtstamp == null ? Instant.now() : dtstamp);
        } catch (IllegalArgumentException e) {
            throw io.usage(e.getMessage());
        }
        writeAtomically(out, ics.getBytes(StandardCharsets.UTF_8));
        PrintWriter pw = io.out();
        pw.println("Wrote " + out + ": weekly, monthly, quarterly and annual reviews for " + v + " from " + start + ".");
        pw.flush();
        return ExitCodes.OK;
    }

    /** Writes through the shared atomic writer (temp file in the same folder, fsync, rename). */
    static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) throw new IOException("cannot write " + target + ": folder " + dir + " does not exist");
        org.vendorbench.io.AtomicFiles.write(target, bytes);
    }
}
