package org.clashmap.ingest;

import org.clashmap.extract.TimePrecision;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What is known of a report's publication, from a {@code metadata.tsv} (columns file, outlet,
 * published, precision, basis; "unknown" where not known) as in {@code seeds/metadata.tsv}.
 */
public record ReportMetadata(String file, String outlet, LocalDate published, TimePrecision precision, String basis) {
    public static final String FILE_NAME = "metadata.tsv";

    public static ReportMetadata unknown(String file) {
        return new ReportMetadata(file, "", null, TimePrecision.UNKNOWN, "");
    }

    /** Entries by file name. A malformed row is an error naming the file and line. */
    public static Map<String, ReportMetadata> read(Path tsv) {
        try (InputStream in = Files.newInputStream(tsv)) {
            return parse(in, tsv.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(tsv + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** The built-in sample's metadata (the seeds travel inside the jar). */
    public static Map<String, ReportMetadata> builtInSeeds() {
        try (InputStream in = ReportMetadata.class.getResourceAsStream("/seeds/" + FILE_NAME)) {
            if (in == null) throw new IllegalStateException("built-in seeds/metadata.tsv is missing from the jar");
            return parse(in, "seeds/" + FILE_NAME);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Looks for a report's metadata: {@code NAME.meta.tsv} beside it, then {@code metadata.tsv} in
     * its folder, then the built-in seeds' (so the shipped seeds keep their dates).
     */
    public static Optional<ReportMetadata> find(Path report) {
        return new Lookup().find(report);
    }

    /**
     * {@link #find} with each folder's metadata.tsv read once: a folder of 10,000 reports would
     * otherwise parse its 10,000-row table 10,000 times. Thread-safe.
     */
    public static final class Lookup {
        /** Compiled once: a folder of thousands of reports asked String.replaceFirst to compile it for each. */
        private static final java.util.regex.Pattern TXT_SUFFIX = java.util.regex.Pattern.compile("\\.txt$");
        private final Map<Path, Map<String, ReportMetadata>> folders = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<String, ReportMetadata> seeds = builtInSeeds();

        public Optional<ReportMetadata> find(Path report) {
            String name = report.getFileName().toString();
            Path dir = report.toAbsolutePath().getParent();
            Path beside = dir.resolve(TXT_SUFFIX.matcher(name).replaceFirst("") + ".meta.tsv");
            if (Files.isRegularFile(beside)) {
                Map<String, ReportMetadata> m = read(beside);
                ReportMetadata r = m.get(name);
                if (r == null) r = m.values().stream().findFirst().orElse(null);
                if (r != null) return Optional.of(r);
            }
            Map<String, ReportMetadata> folder = folders.computeIfAbsent(dir, d -> {
                Path tsv = d.resolve(FILE_NAME);
                return Files.isRegularFile(tsv) ? read(tsv) : Map.of();
            });
            ReportMetadata r = folder.get(name);
            return Optional.ofNullable(r != null ? r : seeds.get(name));
        }
    }

    static Map<String, ReportMetadata> parse(InputStream in, String where) throws IOException {
        Map<String, ReportMetadata> out = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = r.readLine();
        if (header == null || !header.startsWith("file\t")) {
            throw new IllegalArgumentException(where + ": not a metadata table (expected a header starting with 'file<TAB>')");
        }
        String line;
        int n = 1;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank()) continue;
            String[] c = line.split("\t", -1);
            if (c.length < 4) throw new IllegalArgumentException(where + ":" + n + ": expected at least 4 tab-separated columns, found " + c.length);
            out.put(c[0], new ReportMetadata(c[0], c[1], date(c[2], where, n), precision(c[3], where, n), c.length > 4 ? c[4] : ""));
        }
        return out;
    }

    private static LocalDate date(String s, String where, int line) {
        String t = s.trim();
        if (t.isEmpty() || t.equalsIgnoreCase("unknown")) return null;
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + ":" + line + ": published date '" + t + "' is not YYYY-MM-DD or 'unknown'");
        }
    }

    private static TimePrecision precision(String s, String where, int line) {
        try {
            return TimePrecision.parse(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ":" + line + ": precision '" + s + "' is not day, week, month or unknown");
        }
    }
}
