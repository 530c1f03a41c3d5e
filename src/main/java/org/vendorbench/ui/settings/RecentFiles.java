package org.vendorbench.ui.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Predicate;

/** Rules of the File ▸ Open Recent list: most recent first, no duplicates, at most {@link #MAX} entries. */
public final class RecentFiles {
    public static final int MAX = 8;

    private RecentFiles() {}

    /** The list after {@code file} was opened: moved (or added) to the front, oldest beyond MAX dropped. */
    public static List<Path> touch(List<Path> current, Path file) {
        LinkedHashSet<Path> result = new LinkedHashSet<>();
        result.add(normalise(file));
        for (Path p : current) {
            result.add(normalise(p));
        }
        return limit(new ArrayList<>(result));
    }

    /** The list without {@code file}. */
    public static List<Path> remove(List<Path> current, Path file) {
        Path gone = normalise(file);
        return current.stream().map(RecentFiles::normalise).filter(p -> !p.equals(gone)).toList();
    }

    /** Keeps the entries that still exist (the test does I/O: call it from a background job). */
    public static List<Path> prune(List<Path> current, Predicate<Path> exists) {
        LinkedHashSet<Path> result = new LinkedHashSet<>();
        for (Path p : current) {
            if (exists.test(p)) {
                result.add(normalise(p));
            }
        }
        return limit(new ArrayList<>(result));
    }

    private static List<Path> limit(List<Path> list) {
        return List.copyOf(list.size() > MAX ? list.subList(0, MAX) : list);
    }

    private static Path normalise(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
