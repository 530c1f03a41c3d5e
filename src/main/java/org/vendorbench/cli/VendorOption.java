package org.vendorbench.cli;

import picocli.CommandLine.Option;

/**
 * picocli mixin for the required {@code --vendor V} option of the commands that change or export
 * one imported vendor (checklist set, sign, governance-calendar). Declared once so that the name,
 * label and help text cannot drift apart between them.
 */
public final class VendorOption {
    /** The vendor name as the user typed it (matched against the imported names by the command). */
    @Option(names = "--vendor", required = true, paramLabel = "V", description = "The vendor (name as imported).")
    String vendor;
}
