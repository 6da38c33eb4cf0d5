package org.clashmap.cli;

import org.clashmap.extract.TimePrecision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * Publication dates from a {@code metadata.tsv} (columns file, outlet, published, precision, ...):
 * the one next to a report, else the built-in {@code seeds/metadata.tsv}.
 */
final class PublicationDates {
    record Dated(LocalDate published, TimePrecision precision, String outlet) {
        static final Dated UNKNOWN = new Dated(null, TimePrecision.UNKNOWN, "");
    }

    private final Map<Path, Map<String, Dated>> byDir = new HashMap<>();
    private Map<String, Dated> builtIn;

    Dated lookup(Path file) {
        String name = file.getFileName().toString();
        Path dir = file.toAbsolutePath().getParent();
        Map<String, Dated> local = byDir.computeIfAbsent(dir, d -> {
            Path meta = d.resolve("metadata.tsv");
            if (!Files.isRegularFile(meta)) return Map.of();
            try {
                return parse(Files.readString(meta, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UserError(meta + ": cannot read (" + e.getMessage() + ")");
            }
        });
        if (local.containsKey(name)) return local.get(name);
        return builtIn().getOrDefault(name, Dated.UNKNOWN);
    }

    private Map<String, Dated> builtIn() {
        if (builtIn == null) {
            try (InputStream in = PublicationDates.class.getResourceAsStream("/seeds/metadata.tsv")) {
                builtIn = in == null ? Map.of() : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return builtIn;
    }

    static Map<String, Dated> parse(String tsv) {
        Map<String, Dated> out = new HashMap<>();
        for (String line : tsv.split("\n")) {
            String[] c = line.split("\t", -1);
            if (c.length < 4 || c[0].equals("file")) continue;
            LocalDate d;
            try {
                d = c[2].isBlank() || c[2].equalsIgnoreCase("unknown") ? null : LocalDate.parse(c[2].strip());
            } catch (DateTimeParseException e) {
                d = null;
            }
            TimePrecision p = d == null ? TimePrecision.UNKNOWN : TimePrecision.parse(c[3]);
            out.put(c[0].strip(), new Dated(d, p, c[1].strip()));
        }
        return out;
    }
}
