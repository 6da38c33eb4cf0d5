package org.clashmap.datasets;

import org.clashmap.export.AcledActorNames;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * ACLED actor names live in one table (export/acled_actor_names.tsv): every name ClashMap writes
 * for an id reads back as that id through the import rules (datasets/acled_actors.tsv), so an
 * exported CSV re-imported as ACLED keeps its actors.
 */
class AcledActorNamesRoundTripTest {
    @Test
    void everyExportedNameReadsBackAsItsId() throws Exception {
        Map<String, String> table = new LinkedHashMap<>();
        try (var r = new BufferedReader(new InputStreamReader(
                AcledActorNames.class.getResourceAsStream("/export/acled_actor_names.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                table.put(f[0].trim(), f[1].trim());
            }
        }
        assertFalse(table.isEmpty());
        DatasetActors reading = DatasetActors.acled();
        AcledActorNames writing = AcledActorNames.defaults();
        for (var e : table.entrySet()) {
            assertEquals(e.getValue(), writing.name(e.getKey()));
            assertEquals(e.getKey(), reading.idOf(writing.name(e.getKey())), "'" + e.getValue() + "' should read back as " + e.getKey());
        }
    }
}
