package org.clashmap.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A gold annotation file: {@code {"articles": [{"file", "published", "precision", "events": [ROW...]}]}}.
 * Only the fields the scorer reads are kept; the rest (actors, truth_source, note, non_events) are for people.
 */
public final class Gold {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Gold() {}

    /**
     * One annotated report.
     *
     * @param published ISO day given to the extractor as the publication date, or null (then the
     *                  report's metadata decides, as for {@code extract} without {@code --published})
     * @param precision day, week or month; null means day, as in {@code extract}
     */
    public record Article(String file, String published, String precision, List<Row> rows) {
        public Article {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One (incident, place) row.
     *
     * @param kind       "must" (scored for recall), "optional" (neither rewarded nor punished),
     *                   or anything else (e.g. "negative": a point near it is still spurious)
     * @param dateFrom   first day of the gold range, null when the row is undated (then the output must be undated too)
     * @param fatalities killed in this incident at this place, null when the text gives no number
     */
    public record Row(String id, String kind, String placeAr, double lat, double lon, double tolKm,
                      String dateFrom, String dateTo, String type, Double fatalities) {
        public boolean must() {
            return "must".equals(kind);
        }

        /** Rows a point may lie near without counting against precision (score.py: must and optional). */
        public boolean excusesPoints() {
            return "must".equals(kind) || "optional".equals(kind);
        }
    }

    public static List<Article> read(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        List<Article> out = new ArrayList<>();
        for (JsonNode a : root.path("articles")) {
            List<Row> rows = new ArrayList<>();
            for (JsonNode e : a.path("events")) {
                JsonNode date = e.path("date");
                JsonNode dead = e.path("fatalities");
                rows.add(new Row(text(e, "id"), text(e, "kind"), text(e, "place_ar"),
                        e.path("lat").asDouble(), e.path("lon").asDouble(), e.path("tol_km").asDouble(),
                        date.isArray() ? date.path(0).asText() : null, date.isArray() ? date.path(1).asText() : null,
                        text(e, "type"), dead.isNumber() ? dead.asDouble() : null));
            }
            out.add(new Article(text(a, "file"), text(a, "published"), text(a, "precision"), rows));
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
