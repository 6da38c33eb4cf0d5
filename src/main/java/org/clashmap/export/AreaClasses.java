package org.clashmap.export;

import java.util.Arrays;
import java.util.Locale;

/**
 * Classes of a choropleth: the non-zero counts of the areas cut into at most {@code k} classes,
 * each class an inclusive range {@code [lower, upper]} of whole numbers; 0 is a class of its own
 * (drawn without fill), never merged with the lowest.
 * <ul>
 *   <li>{@link Method#JENKS}: Jenks' natural breaks, computed exactly (Fisher's dynamic programme,
 *       smallest sum of squared deviations within classes; at most 272 areas, so O(k·n²) is instant);</li>
 *   <li>{@link Method#QUANTILE}: about as many areas in each class.</li>
 * </ul>
 * Fewer classes when there are fewer distinct values.
 */
public record AreaClasses(Method method, long[] lower, long[] upper) {
    public enum Method {
        JENKS, QUANTILE;

        public static Method parse(String s) {
            return switch (s.strip().toLowerCase(Locale.ROOT)) {
                case "jenks", "natural", "natural-breaks" -> JENKS;
                case "quantile", "quantiles" -> QUANTILE;
                default -> throw new IllegalArgumentException("--classes must be jenks or quantile, not " + s);
            };
        }
    }

    public static final int DEFAULT_CLASSES = 5;

    public static AreaClasses of(Method method, long[] counts, int k) {
        long[] v = Arrays.stream(counts).filter(c -> c > 0).sorted().toArray();
        long distinct = Arrays.stream(v).distinct().count();
        int n = (int) Math.min(k, distinct);
        if (n == 0) return new AreaClasses(method, new long[0], new long[0]);
        long[] upper = method == Method.JENKS ? jenks(v, n) : quantile(v, n);
        upper = Arrays.stream(upper).distinct().sorted().toArray();
        long[] lower = new long[upper.length];
        for (int i = 0; i < upper.length; i++) lower[i] = i == 0 ? v[0] : upper[i - 1] + 1;
        return new AreaClasses(method, lower, upper);
    }

    public int size() {
        return upper.length;
    }

    /** The class of a count: -1 for 0 (and below), else 0..size-1. */
    public int classOf(long count) {
        if (count <= 0) return -1;
        for (int i = 0; i < upper.length; i++) if (count <= upper[i]) return i;
        return upper.length - 1;
    }

    /** "4 – 12", or "7" for a class of one value. */
    public String label(int i) {
        return lower[i] == upper[i] ? Long.toString(upper[i]) : lower[i] + " – " + upper[i];
    }

    /** Upper bounds of n classes of sorted values, by quantile (the last is the maximum). */
    private static long[] quantile(long[] v, int n) {
        long[] up = new long[n];
        for (int i = 1; i <= n; i++) up[i - 1] = v[(int) Math.ceil((double) i * v.length / n) - 1];
        return up;
    }

    /** Upper bounds of n classes of sorted values minimising the squared deviations within classes (Fisher 1958). */
    private static long[] jenks(long[] v, int n) {
        int m = v.length;
        double[] s1 = new double[m + 1], s2 = new double[m + 1];
        for (int i = 0; i < m; i++) {
            s1[i + 1] = s1[i] + v[i];
            s2[i + 1] = s2[i] + (double) v[i] * v[i];
        }
        // cost[c][j]: best sum of squares of the first j values in c classes; cut[c][j]: where the last class starts
        double[][] cost = new double[n + 1][m + 1];
        int[][] cut = new int[n + 1][m + 1];
        for (double[] row : cost) Arrays.fill(row, Double.POSITIVE_INFINITY);
        cost[0][0] = 0;
        for (int c = 1; c <= n; c++) {
            for (int j = c; j <= m; j++) {
                for (int i = c - 1; i < j; i++) { // last class holds values i..j-1
                    if (cost[c - 1][i] == Double.POSITIVE_INFINITY) continue;
                    double sum = s1[j] - s1[i], sq = s2[j] - s2[i], ssd = sq - sum * sum / (j - i);
                    double total = cost[c - 1][i] + ssd;
                    if (total < cost[c][j] - 1e-9) {
                        cost[c][j] = total;
                        cut[c][j] = i;
                    }
                }
            }
        }
        long[] up = new long[n];
        int j = m;
        for (int c = n; c >= 1; c--) {
            up[c - 1] = v[j - 1];
            j = cut[c][j];
        }
        return up;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AreaClasses a && a.method == method && Arrays.equals(a.lower, lower) && Arrays.equals(a.upper, upper);
    }

    @Override
    public int hashCode() {
        return method.hashCode() * 31 + Arrays.hashCode(upper);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(method.name().toLowerCase(Locale.ROOT)).append('[');
        for (int i = 0; i < size(); i++) b.append(i == 0 ? "" : ", ").append(label(i));
        return b.append(']').toString();
    }
}
