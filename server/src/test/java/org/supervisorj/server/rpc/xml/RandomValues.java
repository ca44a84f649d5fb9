package org.supervisorj.server.rpc.xml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded random XML-RPC values of the kinds Supervisor exchanges, with the awkward corners: markup
 * characters, quotes, tabs, newlines, non-ASCII and astral characters, {@code ]]>}, int limits,
 * special doubles, empty and nested containers.
 *
 * <p>No {@code \r} and no XML-forbidden control characters: XML parsers (Python's too) turn {@code \r}
 * into {@code \n}, and the others cannot be read back at all; XmlRpcWriterTest pins how both are written.
 */
final class RandomValues {
    private static final String[] PIECES = {
        "a", "Z", "0", " ", "  ", "\t", "\n", "<", ">", "&", "\"", "'", "]]>", "&amp;", "<![CDATA[x]]>",
        "é", "中", "\u00a0", "😀", "RUNNING", "foo:bar_1", "-", "%", "\\", "=", ";", "\u2028",
    };
    private static final int[] INTS = {0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, 10, 100, 1000, 1795578553};
    private static final double[] DOUBLES = {
        0.0, -0.0, 1.0, -1.5, 0.1, 1e16, 1e15, 1e-4, 1e-5, 123456789012345678.0, 5e-324, Double.MIN_NORMAL,
        Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 1e22, 1e23, 2.5e-5, 9.5,
    };

    private final Random random;

    RandomValues(long seed) {
        this.random = new Random(seed);
    }

    Object value(int depth) {
        int kind = random.nextInt(depth <= 0 ? 4 : 6);
        return switch (kind) {
            case 0 -> string();
            case 1 -> random.nextInt(3) == 0 ? INTS[random.nextInt(INTS.length)] : random.nextInt();
            case 2 -> random.nextBoolean();
            case 3 -> dbl();
            case 4 -> {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(5); i > 0; i--) {
                    list.add(value(depth - 1));
                }
                yield list;
            }
            default -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = random.nextInt(5); i > 0; i--) {
                    map.put(string(), value(depth - 1));
                }
                yield map;
            }
        };
    }

    List<Object> params() {
        List<Object> params = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            params.add(value(3));
        }
        return params;
    }

    String string() {
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(6); i > 0; i--) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    private double dbl() {
        return switch (random.nextInt(4)) {
            case 0 -> DOUBLES[random.nextInt(DOUBLES.length)];
            case 1 -> random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
            case 2 -> (double) random.nextInt(100000) / 8;
            default -> {
                double d;
                do {
                    d = Double.longBitsToDouble(random.nextLong());
                } while (Double.isNaN(d));
                yield d;
            }
        };
    }
}
