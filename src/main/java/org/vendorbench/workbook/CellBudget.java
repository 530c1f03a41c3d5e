package org.vendorbench.workbook;

/**
 * Caps the cells (stored plus merged-region copies) one workbook may put into its grids, so a
 * hostile file of millions of tiny cells that stays under the zip limits still cannot exhaust the
 * heap. A real response workbook has a few thousand cells.
 */
final class CellBudget {
    static final long MAX_CELLS = 1_000_000;

    /** Thrown when the budget is exceeded; the loader turns it into a refusal. */
    static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exceeded() {
            super("more than " + MAX_CELLS + " cells");
        }
    }

    private long used;

    void spend(long cells) {
        used += cells;
        if (used > MAX_CELLS) throw new Exceeded();
    }
}
