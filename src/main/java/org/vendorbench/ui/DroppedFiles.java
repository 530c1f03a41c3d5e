package org.vendorbench.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What files dropped on the main window mean: a {@code .vbench} opens that workspace (the first one
 * wins and workbooks dropped with it are left alone, since it is unclear which workspace they are
 * meant for); otherwise Excel workbooks ({@code .xlsx}, {@code .xlsm}, {@code .xls}) start the import
 * wizard; anything else is ignored.
 *
 * @param workspace the workspace to open, or null
 * @param workbooks the workbooks to import (empty when a workspace is opened)
 * @param ignored   files neither kind
 */
public record DroppedFiles(Path workspace, List<Path> workbooks, List<Path> ignored) {
    private static final List<String> WORKBOOKS = List.of(".xlsx", ".xlsm", ".xls");

    public DroppedFiles {
        workbooks = List.copyOf(workbooks);
        ignored = List.copyOf(ignored);
    }

    public static DroppedFiles classify(List<Path> files) {
        Path ws = null;
        List<Path> books = new ArrayList<>();
        List<Path> other = new ArrayList<>();
        for (Path p : files) {
            String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(MainViewModel.EXTENSION)) {
                if (ws == null) ws = p;
                else other.add(p);
            } else if (WORKBOOKS.stream().anyMatch(name::endsWith)) {
                books.add(p);
            } else {
                other.add(p);
            }
        }
        if (ws != null) {
            other.addAll(books);
            books.clear();
        }
        return new DroppedFiles(ws, books, other);
    }

    /** True when the drop does something (drag-over feedback). */
    public boolean actionable() {
        return workspace != null || !workbooks.isEmpty();
    }
}
