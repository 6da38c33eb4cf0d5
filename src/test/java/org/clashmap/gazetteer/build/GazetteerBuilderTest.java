package org.clashmap.gazetteer.build;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Rebuilding from the shared open data reproduces the committed gazetteer; faults are repaired or fatal. */
class GazetteerBuilderTest {
    static Path repo, data;

    @BeforeAll
    static void locate() {
        repo = Path.of(System.getProperty("clashmap.repo", ".")).toAbsolutePath().normalize();
        data = repo.resolveSibling("shared").resolve("data");
        if (!Files.isDirectory(data)) data = repo.resolve("../shared/data").normalize();
    }

    static GazetteerBuilder builder(Path out) {
        return new GazetteerBuilder(data.resolve("gazetteer"), data.resolve("events/ucdp_ged191_syria.csv"),
                data.resolve("basemap"), out, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @Test
    void rebuildReproducesTheCommittedPlaces() throws IOException {
        assumeTrue(Files.isDirectory(data.resolve("gazetteer")), "shared open data not present: " + data);
        List<String> rows = builder(repo.resolve("gazetteer")).buildRows();
        List<String> committed = Files.readAllLines(repo.resolve("gazetteer/places.tsv"), StandardCharsets.UTF_8);
        assertEquals(committed.size(), rows.size(), "row count");
        for (int i = 0; i < rows.size(); i++) assertEquals(committed.get(i), rows.get(i), "row " + i);
    }

    @Test
    void committedPlacesHaveNoBrokenNamesAndTwinsAreSplit() throws IOException {
        List<String> rows = Files.readAllLines(repo.resolve("gazetteer/places.tsv"), StandardCharsets.UTF_8);
        assertEquals(GazetteerBuilder.HEADER, rows.get(0));
        for (String r : rows.subList(1, rows.size())) {
            assertFalse(r.indexOf('\uFFFD') >= 0, "broken character in " + r);
            String[] f = r.split("\t", -1);
            assertFalse(f[2].contains("_") || f[3].contains("_"), "twin names still joined: " + r);
        }
        String zardana = rows.stream().filter(r -> r.startsWith("ocha:C3938\t")).findFirst().orElseThrow();
        String[] f = zardana.split("\t", -1);
        assertEquals("زردنا", f[2]);
        assertTrue(List.of(f[3].split("\\|")).contains("مشهد"));
        String dweir = rows.stream().filter(r -> r.startsWith("ocha:C2929\t")).findFirst().orElseThrow();
        assertTrue(dweir.contains("دويعر الشرقي"), dweir);
    }

    @Test
    void geonamesTownsMergeIntoTheirOchaCommunity() throws IOException {
        List<String> rows = Files.readAllLines(repo.resolve("gazetteer/places.tsv"), StandardCharsets.UTF_8);
        String palmyra = rows.stream().filter(r -> r.startsWith("ocha:C2889\t")).findFirst().orElseThrow();
        String[] f = palmyra.split("\t", -1);
        assertTrue(f[12].contains("geonames:"), "Palmyra carries its GeoNames id: " + palmyra);
        assertTrue(Long.parseLong(f[10]) > 0, "and its population");
    }

    @Test
    void anUnresolvableReferenceFailsTheBuild(@TempDir Path out) throws IOException {
        assumeTrue(Files.isDirectory(data.resolve("gazetteer")), "shared open data not present: " + data);
        Files.copy(repo.resolve("gazetteer/ocha_fixes.tsv"), out.resolve("ocha_fixes.tsv"));
        Files.writeString(out.resolve("curated.tsv"), "key\tkind\tname_ar\tvariants_ar\tname_en\tadmin1\tprecision_km\treference\tnote\n"
                + "nowhere\tBASE\tقاعدة لا مكان\t\tnowhere base\tSY04\t3\tucdp:No Such Airbase\t\n", StandardCharsets.UTF_8);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> builder(out).buildRows());
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("No Such Airbase"), e.getMessage());
    }

    @Test
    void midpointIsGeodesic() {
        double[] m = ReferenceResolver.midpoint(new double[]{34.0, 36.0}, new double[]{34.0, 38.0});
        assertEquals(37.0, m[1], 1e-6);
        assertTrue(m[0] > 34.0, "a geodesic bulges towards the pole");
    }
}
