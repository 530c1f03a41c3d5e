package org.vendorbench.workbook;

/** A1-style cell addresses, 0-based row and column in, {@code "C7"} out. */
public final class A1 {
    private A1() {}

    public static String column(int col) {
        StringBuilder sb = new StringBuilder();
        int c = col + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            sb.insert(0, (char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return sb.toString();
    }

    public static String address(int row, int col) {
        return column(col) + (row + 1);
    }

    /** Parses "C7" (or "$C$7") into {row, col}, 0-based; null when it is not an address. */
    public static int[] parse(String ref) {
        if (ref == null) return null;
        int[] plain = parsePlain(ref);
        if (plain != null) return plain;
        String s = ref.replace("$", "").trim().toUpperCase(java.util.Locale.ROOT);
        int i = 0;
        int col = 0;
        while (i < s.length() && s.charAt(i) >= 'A' && s.charAt(i) <= 'Z') {
            col = col * 26 + (s.charAt(i) - 'A' + 1);
            i++;
            if (col > 16384) return null;
        }
        if (i == 0 || i == s.length()) return null;
        int row;
        try {
            row = Integer.parseInt(s.substring(i));
        } catch (NumberFormatException e) {
            return null;
        }
        if (row < 1) return null;
        return new int[] {row - 1, col - 1};
    }

    /**
     * The common form every cell of a saved sheet has ({@code C7}: capital letters, then digits
     * without a leading zero), read without building strings; null for anything else, which
     * {@link #parse} then reads by the full rule.
     */
    private static int[] parsePlain(String s) {
        int n = s.length();
        int i = 0;
        int col = 0;
        while (i < n && i < 3) {
            char c = s.charAt(i);
            if (c < 'A' || c > 'Z') break;
            col = col * 26 + (c - 'A' + 1);
            i++;
        }
        if (i == 0 || i == n || n - i > 7 || col > 16384 || s.charAt(i) == '0') return null;
        int row = 0;
        for (int k = i; k < n; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') return null;
            row = row * 10 + (c - '0');
        }
        return new int[] {row - 1, col - 1};
    }
}
