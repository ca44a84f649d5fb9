package org.supervisorj.ctl.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code status} table: the name column is at least 30 wide plus 3 spaces, the state column 10,
 * then the description.
 */
public final class StatusTable {
    private StatusTable() {
    }

    public static List<String> lines(List<Map<String, Object>> infos) {
        List<String> names = new ArrayList<>();
        int max = 30;
        for (Map<String, Object> info : infos) {
            String ns = Names.namespec(Values.str(info, "group"), Values.str(info, "name"));
            names.add(ns);
            max = Math.max(max, Text.width(ns));
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < infos.size(); i++) {
            Map<String, Object> info = infos.get(i);
            lines.add(Text.ljust(names.get(i), max + 3) + Text.ljust(Values.str(info, "statename"), 10)
                    + Values.str(info, "description"));
        }
        return lines;
    }
}
