package org.clashmap.geo.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins line segments {x0,y0,x1,y1} that share endpoints (to 1 cm) into chains; a node where three
 * or more pieces meet ends the chains there (a junction of three sides).
 */
public final class SegmentChains {
    private SegmentChains() {
    }

    static List<List<Integer>> chain(List<double[]> segs) {
        Map<Long, List<Integer>> at = new HashMap<>();
        for (int i = 0; i < segs.size(); i++) {
            double[] s = segs.get(i);
            at.computeIfAbsent(key(s[0], s[1]), k -> new ArrayList<>()).add(i);
            at.computeIfAbsent(key(s[2], s[3]), k -> new ArrayList<>()).add(i);
        }
        boolean[] used = new boolean[segs.size()];
        List<List<Integer>> out = new ArrayList<>();
        // start at chain ends (nodes not of degree 2) first, then what is left are closed loops
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < segs.size(); i++) {
                if (used[i]) continue;
                double[] s = segs.get(i);
                boolean startEnd = at.get(key(s[0], s[1])).size() != 2;
                boolean endEnd = at.get(key(s[2], s[3])).size() != 2;
                if (pass == 0 && !startEnd && !endEnd) continue;
                List<Integer> chain = new ArrayList<>();
                chain.add(i);
                used[i] = true;
                // grow from the free end: orient so the walk starts at a chain end
                long node = pass == 0 && !startEnd ? key(s[0], s[1]) : key(s[2], s[3]);
                if (pass == 0 && !startEnd) {
                    // the start is interior: walk backwards first by reversing later
                    walk(segs, at, used, chain, node);
                    java.util.Collections.reverse(chain);
                } else {
                    walk(segs, at, used, chain, node);
                }
                out.add(chain);
            }
        }
        return out;
    }

    private static void walk(List<double[]> segs, Map<Long, List<Integer>> at, boolean[] used, List<Integer> chain, long node) {
        while (true) {
            List<Integer> here = at.get(node);
            if (here.size() != 2) return;
            int next = used[here.get(0)] ? here.get(1) : here.get(0);
            if (used[next]) return;
            used[next] = true;
            chain.add(next);
            double[] s = segs.get(next);
            long a = key(s[0], s[1]);
            node = a == node ? key(s[2], s[3]) : a;
        }
    }

    /** The chain's points in order, each segment flipped as needed to continue the previous one. */
    static double[] polyline(List<double[]> segs, List<Integer> chain) {
        double[] out = new double[(chain.size() + 1) * 2];
        double[] first = segs.get(chain.get(0));
        if (chain.size() > 1) {
            double[] second = segs.get(chain.get(1));
            boolean flip = key(first[0], first[1]) == key(second[0], second[1]) || key(first[0], first[1]) == key(second[2], second[3]);
            if (flip) first = new double[]{first[2], first[3], first[0], first[1]};
        }
        out[0] = first[0];
        out[1] = first[1];
        out[2] = first[2];
        out[3] = first[3];
        for (int i = 1; i < chain.size(); i++) {
            double[] s = segs.get(chain.get(i));
            double px = out[2 * i], py = out[2 * i + 1];
            boolean forward = key(s[0], s[1]) == key(px, py);
            out[2 * i + 2] = forward ? s[2] : s[0];
            out[2 * i + 3] = forward ? s[3] : s[1];
        }
        return out;
    }

    static long key(double x, double y) {
        // 1 cm grid: the same Voronoi vertex computed from two neighbouring cells differs in the last bits
        long h = Math.round(x * 1e5) * 0x9E3779B97F4A7C15L + Math.round(y * 1e5);
        return h ^ (h >>> 29); // spread: HashMap folds longs to 32 bits
    }
}
