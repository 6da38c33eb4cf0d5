package org.clashmap.export;

import org.clashmap.extract.EventPlace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Places from the committed OCHA 2015 communities table, looked up by Arabic name (no typed coordinates). */
final class OchaPlaces {
    static final String FILE = "syr_communities_ocha2015.tsv";
    private static List<String[]> rows;

    private OchaPlaces() {
    }

    /** The table in the repository's gazetteer folder, else the team's shared data folder. */
    static Path file() {
        Path repo = Path.of(System.getProperty("clashmap.repo", "."));
        return Stream.of(repo.resolve("gazetteer").resolve(FILE),
                        Path.of(System.getProperty("clashmap.shared.data", "/work/shared/data")).resolve("gazetteer").resolve(FILE))
                .filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new IllegalStateException("OCHA communities table " + FILE + " not found (set -Dclashmap.shared.data)"));
    }

    private static synchronized List<String[]> rows() {
        if (rows == null) {
            try (Stream<String> lines = Files.lines(file(), StandardCharsets.UTF_8)) {
                rows = lines.skip(1).map(l -> l.split("\t", -1)).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return rows;
    }

    /**
     * The community named {@code nameAr}; among namesakes the one that is a district or sub-district
     * centre (CAPIT_LVL set), as an analyst would pick for a town named in a report.
     */
    static EventPlace place(String nameAr, double precisionKm, int charStart, int charEnd) {
        List<String[]> matches = rows().stream().filter(r -> r[1].equals(nameAr)).toList();
        Optional<String[]> row = matches.stream().filter(r -> !r[13].isBlank()).findFirst().or(() -> matches.stream().findFirst());
        String[] r = row.orElseThrow(() -> new IllegalArgumentException("no OCHA community named " + nameAr));
        return new EventPlace("ocha:" + r[0], r[1], r[2], null, Double.parseDouble(r[14]), Double.parseDouble(r[15]),
                precisionKm, 0.9, charStart, charEnd);
    }
}
