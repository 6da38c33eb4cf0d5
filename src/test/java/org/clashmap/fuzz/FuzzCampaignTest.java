package org.clashmap.fuzz;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Fuzzes every target for a bounded time, each in its own JVM (Jazzer fuzzes one test per JVM)
 * with a small heap, so memory stays bounded and an out-of-memory is a failure. Only on request:
 * the time per target is {@code -Dclashmap.fuzz.seconds} (0 in every build, so a build replays the
 * committed inputs deterministically and writes nothing; {@code mvn -Pfuzz verify} fuzzes 20 s per
 * target). Findings are written by Jazzer under
 * src/test/resources/.../&lt;Class&gt;Inputs/&lt;method&gt;, where they become regression inputs.
 */
class FuzzCampaignTest {
    static final int SECONDS = Integer.getInteger("clashmap.fuzz.seconds", 0);
    private static final Pattern LIBFUZZER_DONE = Pattern.compile("Done (\\d+) runs in (\\d+) second");

    @ParameterizedTest(name = "{0}#{1}")
    @CsvSource({
            "org.clashmap.text.ArabicNormalizerFuzzTest, offsets",
            "org.clashmap.gazetteer.MatcherFuzzTest, findAndResolve",
            "org.clashmap.extract.ExtractorFuzzTest, extract",
            "org.clashmap.datasets.ImporterFuzzTest, ucdp",
            "org.clashmap.datasets.ImporterFuzzTest, acled",
            "org.clashmap.sources.SourcesFuzzTest, page",
            "org.clashmap.sources.SourcesFuzzTest, telegram",
            "org.clashmap.sources.SourcesFuzzTest, feed",
    })
    void fuzz(String testClass, String method) throws Exception {
        Assumptions.assumeTrue(SECONDS > 0, "open-ended fuzzing runs only on request: mvn -Pfuzz verify or -Dclashmap.fuzz.seconds=N");
        Path log = Files.createTempFile("clashmap-fuzz-", ".log");
        try {
            List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xmx768m", "-Dfile.encoding=UTF-8",
                    "-Dclashmap.repo=" + System.getProperty("clashmap.repo", "."),
                    "-cp", System.getProperty("java.class.path"), FuzzMain.class.getName(), testClass, method));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().put("JAZZER_FUZZ", "1");
            pb.environment().put("JAZZER_MAX_DURATION", SECONDS + "s");
            Process p = pb.start();
            if (!p.waitFor(SECONDS + 180L, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(testClass + "#" + method + ": fuzzing did not stop within " + (SECONDS + 180) + " s; log " + log);
            }
            String out = Files.readString(log, StandardCharsets.UTF_8);
            long executions = lastLong(out, Pattern.compile("fuzz-executions: (\\d+)"));
            Matcher done = LIBFUZZER_DONE.matcher(out);
            String libfuzzer = done.find() ? done.group(1) + " libFuzzer runs in " + done.group(2) + " s" : "no libFuzzer summary";
            long failures = lastLong(out, Pattern.compile("fuzz-failures: (\\d+)"));
            System.out.println("fuzz-executions: " + shortName(testClass) + "#" + method + " " + executions + " executions ("
                    + libfuzzer + ", " + SECONDS + " s budget), " + (failures < 0 ? "?" : failures) + " failures");
            if (p.exitValue() != 0) fail(testClass + "#" + method + " failed (exit " + p.exitValue() + "):\n" + tail(out));
            assertEquals(0, failures);
            assertTrue(executions > 0, "no input was executed:\n" + tail(out));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static long lastLong(String out, Pattern p) {
        Matcher m = p.matcher(out);
        long v = -1;
        while (m.find()) v = Long.parseLong(m.group(1));
        return v;
    }

    private static String shortName(String cls) {
        return cls.substring(cls.lastIndexOf('.') + 1);
    }

    private static String tail(String out) {
        return out.length() <= 6000 ? out : out.substring(out.length() - 6000);
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
