package org.vendorbench.domain;

/** Which way is better for a numeric value. */
public enum Direction {
    HIGHER, LOWER;

    public static Direction parse(String text) {
        String f = Fold.fold(text);
        if (f.equals("higher")) return HIGHER;
        if (f.equals("lower")) return LOWER;
        return null;
    }
}
