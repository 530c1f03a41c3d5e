package org.vendorbench.workbook;

import java.util.ArrayList;
import java.util.List;
import org.vendorbench.domain.ImportWarning;
import org.vendorbench.domain.WarningCode;
import org.vendorbench.domain.normalize.Normalized;

/** Collects the warnings of one response import, locating normaliser issues at their cell. */
final class Warnings {
    private final List<ImportWarning> list = new ArrayList<>();

    void add(WarningCode code, String sheet, String cell, String message) {
        list.add(new ImportWarning(code, sheet, cell, message));
    }

    /** Adds the normaliser's issues, each prefixed with what was read (e.g. "CS-01: "). */
    void addIssues(Normalized n, String what, String sheet, String cell) {
        for (Normalized.Issue i : n.issues()) {
            String msg = i.message() == null ? "" : i.message();
            add(i.code(), sheet, cell, msg.startsWith(what) ? msg : what + ": " + msg);
        }
    }

    List<ImportWarning> list() {
        return List.copyOf(list);
    }
}
