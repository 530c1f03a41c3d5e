package org.vendorbench.workbook;

import java.util.ArrayList;
import java.util.List;
import org.vendorbench.domain.RefusedException;

/**
 * Collects every problem of a workbook that is refused as a whole, each with sheet and cell, so
 * the user fixes them all in one pass; {@link #throwIfAny} makes the one-line refusal.
 */
final class Problems {
    private final String fileName;
    private final List<String> items = new ArrayList<>();

    Problems(String fileName) {
        this.fileName = fileName;
    }

    void add(String sheet, String cell, String message) {
        String where = sheet == null ? "" : cell == null ? sheet + ": " : sheet + "!" + cell + ": ";
        items.add(where + message);
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    List<String> items() {
        return List.copyOf(items);
    }

    void throwIfAny() throws RefusedException {
        if (items.isEmpty()) return;
        String head = fileName + " is refused (" + items.size() + (items.size() == 1 ? " problem): " : " problems): ");
        throw new RefusedException(head + String.join("; ", items).replaceAll("[\\r\\n]+", " "));
    }
}
