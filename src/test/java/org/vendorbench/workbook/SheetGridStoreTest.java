package org.vendorbench.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.vendorbench.domain.normalize.CellValue;

/**
 * The grid's compact row store against a plain map model: cells put in any order (a sheet's XML is
 * in order, a usermodel walk or a hand-made file need not be), replaced, blank values dropped.
 */
class SheetGridStoreTest {
    @Test
    void everyReadAgreesWithAMapModelOverRandomPuts() {
        Random rnd = new Random(42);
        for (int round = 0; round < 3000; round++) {
            SheetGrid g = new SheetGrid("S", false, 0, new CellBudget());
            TreeMap<Integer, TreeMap<Integer, CellValue>> model = new TreeMap<>();
            int rows = 1 + rnd.nextInt(12);
            int cols = 1 + rnd.nextInt(rnd.nextBoolean() ? 6 : 40);
            boolean inOrder = rnd.nextBoolean();
            List<int[]> order = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) if (rnd.nextInt(3) > 0) order.add(new int[] {r * 3, c});
            }
            if (!inOrder) java.util.Collections.shuffle(order, rnd);
            for (int k = 0; k < order.size() + rnd.nextInt(10); k++) {
                int[] rc = k < order.size() ? order.get(k) : new int[] {rnd.nextInt(rows * 3), rnd.nextInt(cols)};
                CellValue v = value(rnd);
                g.put(rc[0], rc[1], v);
                if (v.kind() != CellValue.Kind.BLANK) model.computeIfAbsent(rc[0], x -> new TreeMap<>()).put(rc[1], v);
            }
            assertThat(g.storedCells()).isEqualTo(model);
            assertThat(g.rowIndices()).containsExactlyElementsOf(model.keySet());
            for (int r = -1; r <= rows * 3 + 1; r++) {
                Map<Integer, CellValue> mr = model.getOrDefault(r, new TreeMap<>());
                assertThat(g.columns(r)).containsExactlyElementsOf(new TreeSet<>(mr.keySet()));
                long nonEmpty = mr.values().stream().filter(v -> !v.isBlank()).count();
                assertThat(g.distinctNonEmpty(r)).isEqualTo((int) nonEmpty);
                for (int c = -1; c <= cols + 1; c++) {
                    assertThat(g.cell(r, c)).isEqualTo(mr.getOrDefault(c, CellValue.BLANK));
                }
            }
            int[] want = {0, cols / 2, cols - 1, cols + 3, -1};
            SheetGrid.RowCells rc = g.rowsFrom(rnd.nextInt(rows * 3 + 1), want);
            for (int i = 0; i < rc.rows().length; i++) {
                for (int k = 0; k < want.length; k++) {
                    CellValue expected = want[k] < 0 ? CellValue.BLANK
                            : model.get(rc.rows()[i]).getOrDefault(want[k], CellValue.BLANK);
                    assertThat(rc.cells()[i * want.length + k]).isEqualTo(expected);
                }
            }
        }
    }

    private static CellValue value(Random rnd) {
        CellValues values = new CellValues(false);
        return switch (rnd.nextInt(5)) {
            case 0 -> CellValue.BLANK;
            case 1 -> values.text(" ");
            case 2 -> values.number(rnd.nextInt(1000), 0, "General");
            default -> values.text("t" + rnd.nextInt(100));
        };
    }
}
