package org.vendorbench.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * picocli mixin giving a subcommand its output streams and the CLI's error conventions in one
 * place: stdout/stderr of the command line (so tests can capture them), usage errors (exit 1 via
 * the root's handler) and the one-line {@code vendorbench: ...} refusal message on stderr.
 * It adds no options; {@code @Mixin CommandIo io;} replaces the {@code @Spec} field and the
 * out/err preamble each command used to repeat. (picocli only accepts a mixin that carries an
 * annotation of its own, hence the bare {@code @Command}: it sets no attribute of the mixee.)
 */
@Command
public final class CommandIo {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** The command's spec (the command that declares this mixin). */
    CommandSpec spec() {
        return spec;
    }

    /** Standard output of the command line. */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Standard error of the command line. */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A usage error for this command: the caller throws it, the root handler prints it and exits 1. */
    ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** The first line of a (possibly multi-line) refusal message. */
    static String firstLine(String message) {
        return message.lines().findFirst().orElse(message);
    }

    /** Prints {@code vendorbench: } and the first line of {@code message} on stderr and flushes it. */
    void error(String message) {
        PrintWriter err = err();
        err.println("vendorbench: " + firstLine(message));
        err.flush();
    }
}
