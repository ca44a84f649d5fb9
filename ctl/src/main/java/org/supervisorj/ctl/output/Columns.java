package org.supervisorj.ctl.output;

import java.util.ArrayList;
import java.util.List;

/** Python's {@code cmd.Cmd.columnize}: the fewest rows whose columns, two spaces apart, fit the width. */
public final class Columns {
    private Columns() {
    }

    public static List<String> columnize(List<String> items, int width) {
        List<String> lines = new ArrayList<>();
        if (items.isEmpty()) {
            lines.add("<empty>");
            return lines;
        }
        int size = items.size();
        if (size == 1) {
            lines.add(items.get(0));
            return lines;
        }
        int nrows = 0;
        int ncols = 0;
        List<Integer> widths = new ArrayList<>();
        boolean fits = false;
        for (nrows = 1; nrows < size; nrows++) {
            ncols = (size + nrows - 1) / nrows;
            widths.clear();
            int total = -2;
            for (int col = 0; col < ncols; col++) {
                int w = 0;
                for (int row = 0; row < nrows; row++) {
                    int i = row + nrows * col;
                    if (i >= size) {
                        break;
                    }
                    w = Math.max(w, Text.width(items.get(i)));
                }
                widths.add(w);
                total += w + 2;
                if (total > width) {
                    break;
                }
            }
            if (total <= width) {
                fits = true;
                break;
            }
        }
        if (!fits) {
            nrows = size;
            ncols = 1;
            widths = new ArrayList<>(List.of(0));
        }
        for (int row = 0; row < nrows; row++) {
            List<String> texts = new ArrayList<>();
            for (int col = 0; col < ncols; col++) {
                int i = row + nrows * col;
                texts.add(i >= size ? "" : items.get(i));
            }
            while (!texts.isEmpty() && texts.getLast().isEmpty()) {
                texts.removeLast();
            }
            for (int col = 0; col < texts.size(); col++) {
                texts.set(col, Text.ljust(texts.get(col), widths.get(col)));
            }
            lines.add(String.join("  ", texts));
        }
        return lines;
    }
}
