package org.clashmap.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clashmap.cli.CommandLines;
import org.clashmap.gazetteer.Gazetteer;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.gazetteer.Place;
import org.clashmap.geo.basemap.AdminAreaIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ACLED's admin1..admin3 columns, filled by point in polygon (issue 20), agree with the gazetteer's OCHA codes. */
class AdminColumnsExportTest {
    @TempDir
    Path tmp;

    @Test
    void eachSeedPointLiesInTheGovernorateAndDistrictItsGazetteerPlaceNames() {
        Gazetteer gaz = Gazetteers.load();
        AdminAreaIndex index = AdminAreaIndex.shared();
        int checked = 0;
        for (EventPoint p : EventPoint.of(ExportFixtures.events())) {
            Place place = p.place().placeId() == null ? null : gaz.byId(p.place().placeId());
            if (place == null || place.admin2() == null || place.admin2().length() != 6) continue;
            AdminAreas.Names n = AdminAreas.OCHA.of(p);
            assertEquals(index.area(place.admin1()).nameEn(), n.admin1(), p.placeName());
            assertEquals(index.area(place.admin2()).nameEn(), n.admin2(), p.placeName());
            assertTrue(!n.admin3().isEmpty(), "a sub-district for " + p.placeName());
            checked++;
        }
        assertTrue(checked >= 20, "seed points with an OCHA district: " + checked);
    }

    @Test
    void theCsvExportFillsTheAdminColumns() throws Exception {
        Path out = tmp.resolve("e.csv");
        assertEquals(0, CommandLines.all().execute("export", "--db", ExportFixtures.database().toString(), "--format", "csv",
                "--out", out.toString(), "--no-bom"));
        try (Reader r = Files.newBufferedReader(out, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            List<CSVRecord> rows = p.getRecords();
            long filled = rows.stream().filter(x -> !x.get("admin1").isEmpty() && !x.get("admin2").isEmpty()).count();
            assertTrue(rows.size() > 30);
            assertEquals(rows.size(), filled, "every seed place is in Syria, so every row has its governorate and district");
            assertTrue(rows.stream().anyMatch(x -> x.get("admin1").equals("Homs")), "the seeds' Badia fighting is in Homs governorate");
        }
    }
}
