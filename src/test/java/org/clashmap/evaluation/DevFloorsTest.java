package org.clashmap.evaluation;

import org.clashmap.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The extractor must not lose ground on the dev set of real reports ({@code ../shared/eval/dev}):
 * every figure of {@code clashmap eval} stays at or above its floor in
 * src/test/resources/evaluation/dev-floors.tsv. The dev set lives outside the repository (its texts
 * must never enter it), so where it is absent, as in CI, the test is skipped.
 */
class DevFloorsTest {
    /** The floors' names, each with the figure of a {@link Score} it bounds. */
    private static final Map<String, ToDoubleFunction<Score>> MEASURES = new LinkedHashMap<>();

    static {
        MEASURES.put("recall", Score::recall);
        MEASURES.put("precision", Score::precision);
        MEASURES.put("f1", Score::f1);
        MEASURES.put("date_near", Score::dateNear);
        MEASURES.put("date_in_range", Score::dateInRange);
        MEASURES.put("type", Score::type);
        MEASURES.put("fatalities", Score::fatalities);
    }

    @Test
    void devFiguresStayAboveTheirFloors() throws IOException {
        Path dev = SharedData.eval().resolve("dev");
        assumeTrue(Files.isRegularFile(dev.resolve("gold.json")),
                "skipped: the shared dev set is not here (" + dev + "), as in CI; the floors are checked where ../shared/eval/dev exists");
        Score s = new Evaluation().run(List.of(dev.resolve("gold.json")), dev.resolve("articles"));
        s.breakdownLines().forEach(System.out::println);
        System.out.println("dev " + s.summaryLine());
        assertEquals(List.of(), s.errors(), "every dev article must be scored");
        List<String> below = new ArrayList<>();
        Map<String, Double> floors = floors();
        assertEquals(MEASURES.keySet(), floors.keySet(), "dev-floors.tsv names each measure once");
        for (var m : MEASURES.entrySet()) {
            double got = m.getValue().applyAsDouble(s), floor = floors.get(m.getKey());
            System.out.printf(java.util.Locale.ROOT, "dev %-14s %.3f (floor %.2f)%n", m.getKey(), got, floor);
            if (got < floor) below.add(m.getKey() + " " + String.format(java.util.Locale.ROOT, "%.3f", got) + " < floor " + floor);
        }
        assertTrue(below.isEmpty(), "dev figures below their floors: " + below);
    }

    private static Map<String, Double> floors() throws IOException {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(SharedData.repo().resolve("src/test/resources/evaluation/dev-floors.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] c = line.split("\t");
            if (out.put(c[0], Double.parseDouble(c[1])) != null) throw new IllegalStateException("dev-floors.tsv: " + c[0] + " twice");
        }
        return out;
    }
}
