package org.clashmap.export;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** GDAL's ogrinfo as an independent reader: what QGIS (also GDAL-based) will see. Skips when absent. */
final class Ogr {
    private static final Pattern LAYER = Pattern.compile("(?m)^Layer name: (.+)$");
    private static final Pattern COUNT = Pattern.compile("(?m)^Feature Count: (\\d+)$");

    private Ogr() {
    }

    static boolean available() {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(File.pathSeparator)) if (Files.isExecutable(Path.of(dir, "ogrinfo"))) return true;
        return false;
    }

    /** Layer name → feature count, from {@code ogrinfo -ro -so -al FILE}, which must exit 0. */
    static Map<String, Integer> layers(Path file) throws IOException, InterruptedException {
        String out = summary(file);
        Map<String, Integer> layers = new LinkedHashMap<>();
        Matcher names = LAYER.matcher(out), counts = COUNT.matcher(out);
        while (names.find()) {
            assertTrue(counts.find(names.end()), "no feature count for layer " + names.group(1) + ":\n" + out);
            layers.put(names.group(1).trim(), Integer.parseInt(counts.group(1)));
        }
        return layers;
    }

    /** The whole {@code ogrinfo -ro -so -al FILE} output; the command must exit 0 without an ERROR line. */
    static String summary(Path file) throws IOException, InterruptedException {
        assumeTrue(available(), "ogrinfo not on PATH");
        Process p = new ProcessBuilder("ogrinfo", "-ro", "-so", "-al", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ogrinfo timed out");
        assertEquals(0, p.exitValue(), "ogrinfo failed:\n" + out);
        assertTrue(!out.contains("ERROR"), "ogrinfo reported an error:\n" + out);
        return out;
    }
}
