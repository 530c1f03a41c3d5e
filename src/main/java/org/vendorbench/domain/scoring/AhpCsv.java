package org.vendorbench.domain.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vendorbench.domain.Fold;
import org.vendorbench.domain.RefusedException;

/**
 * Reads a pairwise comparison matrix from CSV text (scoring-and-tco.md §4 and §9).
 *
 * <ul>
 * <li>Row 1: corner cell (ignored), then the criteria names. Column A of the next rows: the same
 *     names in the same order (compared folded: case, spaces, dashes and underscores do not
 *     matter).</li>
 * <li>Cells: positive numbers ({@code 3}, {@code 0.5}) or fractions ({@code 1/3}). The diagonal must
 *     be 1 (a blank diagonal cell means 1). A blank cell takes the reciprocal of its mirror cell
 *     (normally the lower triangle is left blank); both blank is refused.</li>
 * <li>A pair whose product is not 1 within 1 % is refused with both cells named (A1 style).</li>
 * <li>Separator: comma; semicolon when the header row has semicolons and no commas (European
 *     Excel). Double-quoted fields, a UTF-8 byte order mark and blank trailing lines/cells are
 *     accepted.</li>
 * </ul>
 * Every refusal is a {@link RefusedException} with a one-line message.
 */
public final class AhpCsv {
    private static final double RECIPROCAL_TOLERANCE = 0.01;

    private AhpCsv() {}

    /** The criteria names (as written in the header) and the completed matrix. */
    public record Matrix(List<String> names, double[][] values) {
        public Matrix {
            names = List.copyOf(names);
        }
    }

    public static Matrix parse(String csvText) throws RefusedException {
        if (csvText == null) throw new RefusedException("pairwise matrix: the file is empty");
        String text = csvText.startsWith("\uFEFF") ? csvText.substring(1) : csvText;
        List<String> lines = new ArrayList<>(text.lines().toList());
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) lines.remove(lines.size() - 1);
        if (lines.isEmpty()) throw new RefusedException("pairwise matrix: the file is empty");
        char sep = separator(lines.get(0));
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < lines.size(); r++) rows.add(trimTrailingBlanks(split(lines.get(r), sep, r + 1)));

        List<String> header = rows.get(0);
        int n = header.size() - 1;
        if (n < 1) throw new RefusedException("pairwise matrix: row 1 holds no criteria names (expected a corner cell, then one name per column)");
        if (n > Ahp.MAX_CRITERIA) throw new RefusedException("pairwise matrix: " + n + " criteria; at most " + Ahp.MAX_CRITERIA + " are supported (Saaty's random index ends at 10)");
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int j = 1; j <= n; j++) {
            String name = header.get(j).trim();
            if (name.isEmpty()) throw new RefusedException("pairwise matrix: cell " + cell(0, j) + " has no criterion name");
            if (!seen.add(Fold.fold(name))) throw new RefusedException("pairwise matrix: criterion '" + name + "' appears twice in row 1 (cell " + cell(0, j) + ")");
            names.add(name);
        }
        if (rows.size() - 1 < n) {
            int below = rows.size() - 1;
            throw new RefusedException("pairwise matrix: row 1 names " + n + " criteria but " + below + (below == 1 ? " row follows" : " rows follow"));
        }
        for (int r = n + 1; r < rows.size(); r++) {
            if (!rows.get(r).isEmpty()) throw new RefusedException("pairwise matrix: row " + (r + 1) + " is one more than the " + n + " criteria of row 1");
        }
        String[][] cells = new String[n][n];
        for (int i = 0; i < n; i++) {
            List<String> row = rows.get(i + 1);
            String rowName = row.isEmpty() ? "" : row.get(0).trim();
            if (!Fold.same(rowName, names.get(i))) {
                throw new RefusedException("pairwise matrix: cell " + cell(i + 1, 0) + " is '" + rowName + "' but must be '" + names.get(i) + "' (first-column names must equal the header names, in the same order)");
            }
            if (row.size() - 1 > n) throw new RefusedException("pairwise matrix: cell " + cell(i + 1, n + 1) + " lies outside the " + n + "x" + n + " matrix");
            for (int j = 0; j < n; j++) cells[i][j] = j + 1 < row.size() ? row.get(j + 1).trim() : "";
        }
        double[][] m = new double[n][n];
        boolean[][] blank = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (cells[i][j].isEmpty()) {
                    blank[i][j] = true;
                } else {
                    m[i][j] = number(cells[i][j], cell(i + 1, j + 1));
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (blank[i][i]) {
                m[i][i] = 1;
            } else if (Math.abs(m[i][i] - 1) > 1e-9) {
                throw new RefusedException("pairwise matrix: cell " + cell(i + 1, i + 1) + " is " + cells[i][i] + " but the diagonal must be 1");
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                String up = cell(i + 1, j + 1), low = cell(j + 1, i + 1);
                if (blank[i][j] && blank[j][i]) throw new RefusedException("pairwise matrix: cells " + up + " and " + low + " are both blank; give at least one of them");
                if (blank[j][i]) {
                    m[j][i] = 1 / m[i][j];
                } else if (blank[i][j]) {
                    m[i][j] = 1 / m[j][i];
                } else if (Math.abs(m[i][j] * m[j][i] - 1) > RECIPROCAL_TOLERANCE) {
                    throw new RefusedException("pairwise matrix: cell " + low + " (" + cells[j][i] + ") is not the reciprocal of cell "
                            + up + " (" + cells[i][j] + ") within 1 %");
                }
            }
        }
        return new Matrix(names, m);
    }

    /** A1-style address of a 0-based row and column (column 0 = A). */
    static String cell(int row, int col) {
        return BlindLabels.letters(col) + (row + 1);
    }

    private static double number(String s, String cell) throws RefusedException {
        String t = s.replace(" ", "");
        double v;
        try {
            int slash = t.indexOf('/');
            if (slash >= 0) {
                double num = decimal(t.substring(0, slash));
                double den = decimal(t.substring(slash + 1));
                if (den == 0) throw new RefusedException("pairwise matrix: cell " + cell + " divides by zero: " + s);
                v = num / den;
            } else {
                v = decimal(t);
            }
        } catch (NumberFormatException e) {
            throw new RefusedException("pairwise matrix: cell " + cell + " is '" + s + "', not a number or a fraction like 1/3");
        }
        if (!(v > 0) || Double.isInfinite(v)) throw new RefusedException("pairwise matrix: cell " + cell + " is " + s + "; only positive numbers are allowed");
        return v;
    }

    private static double decimal(String s) {
        if (s.isEmpty() || !s.matches("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d+)?")) throw new NumberFormatException(s);
        return Double.parseDouble(s.replace(',', '.'));
    }

    /** Semicolon when the header row has more semicolons than commas outside quotes, else comma. */
    private static char separator(String header) {
        int commas = 0, semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char ch = header.charAt(i);
            if (ch == '"') quoted = !quoted;
            else if (!quoted && ch == ',') commas++;
            else if (!quoted && ch == ';') semicolons++;
        }
        return semicolons > commas ? ';' : ',';
    }

    private static List<String> trimTrailingBlanks(List<String> row) {
        int end = row.size();
        while (end > 0 && row.get(end - 1).isBlank()) end--;
        return new ArrayList<>(row.subList(0, end));
    }

    private static List<String> split(String line, char sep, int lineNo) throws RefusedException {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"' && cur.toString().isBlank()) {
                cur.setLength(0);
                quoted = true;
            } else if (ch == sep) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        if (quoted) throw new RefusedException("pairwise matrix: row " + lineNo + " has an unclosed quote");
        out.add(cur.toString());
        return out;
    }
}
