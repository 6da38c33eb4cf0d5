package org.clashmap.datasets;

import java.util.SplittableRandom;

/** Draws an index with probability proportional to its weight (cumulative sums, binary search). */
final class Sampler {
    private final double[] cumulative;

    Sampler(double[] weights) {
        cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0) throw new IllegalArgumentException("negative weight");
            sum += weights[i];
            cumulative[i] = sum;
        }
        if (sum <= 0) throw new IllegalArgumentException("no positive weight");
    }

    int next(SplittableRandom rng) {
        double u = rng.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0, hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
