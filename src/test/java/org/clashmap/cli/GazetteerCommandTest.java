package org.clashmap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerCommandTest {

    static String run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, CommandLines.all().execute(args));
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void lookupPrintsCandidatesBestFirstAsJson() throws Exception {
        JsonNode arr = new ObjectMapper().readTree(run("gazetteer", "lookup", "الطيبة", "--context", "قرية الطيبة شمالي مدينة السخنة"));
        assertTrue(arr.isArray() && arr.size() > 1);
        JsonNode best = arr.get(0);
        assertEquals("ocha:C2896", best.get("id").asText());
        for (String field : new String[]{"id", "name_ar", "name_en", "kind", "lat", "lon", "precision_km", "admin1", "score"}) {
            assertTrue(best.has(field), field);
        }
        assertTrue(best.get("score").asDouble() >= arr.get(1).get("score").asDouble());
    }

    @Test
    void statsCountsByKindAndSource() {
        String out = run("gazetteer", "stats");
        assertTrue(out.contains("VILLAGE\t") && out.contains("cur\t") && out.contains("ocha\t"), out);
    }
}
