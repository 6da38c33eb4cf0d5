package org.clashmap.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import org.clashmap.extract.ActorRole;
import org.clashmap.extract.Event;
import org.clashmap.extract.EventActor;
import org.clashmap.extract.EventPlace;
import org.clashmap.extract.Extraction;
import org.clashmap.extract.FatalityShares;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Events as an RFC 7946 GeoJSON FeatureCollection: one Point feature per (event, place), so an event
 * reported at three villages is three points sharing an {@code event_id}; its dead are spread over
 * them by {@link FatalityShares}. Coordinates are [lon, lat].
 */
public final class GeoJsonEvents {
    /** Databind, for {@link #toJson} only (what {@code eval} scores, read back as a tree). */
    private static final class Trees {
        static final ObjectMapper JSON = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    private GeoJsonEvents() {}

    public static ObjectNode toJson(List<Extraction> extractions) {
        // written by the same code as the stream extract prints, read back as a tree (what eval scores)
        ObjectMapper json = Trees.JSON;
        try (TokenBuffer buf = new TokenBuffer(json, false)) {
            buf.writeStartObject();
            buf.writeStringField("type", "FeatureCollection");
            buf.writeArrayFieldStart("features");
            JsonSink features = JsonSink.of(buf);
            for (Extraction x : extractions) writeFeatures(features, x);
            buf.writeEndArray();
            buf.writeEndObject();
            return json.readTree(buf.asParser(json));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // in memory: not expected
        }
    }

    /** One report's features: each event at each of its places. */
    private static void writeFeatures(JsonSink g, Extraction x) throws IOException {
        int n = 0;
        for (Event e : x.events()) {
            String eventId = eventId(x.report().source(), n++);
            List<FatalityShares.Share> dead = FatalityShares.of(e);
            for (int i = 0; i < e.places().size(); i++) writeFeature(g, eventId, e, e.places().get(i), dead.get(i), x.report().source());
        }
    }

    /**
     * The same collection written report by report as the reports are extracted ({@code clashmap
     * extract}): memory holds one report's features, not every report's. {@link #close} ends the
     * collection and leaves the stream open.
     */
    public static final class Stream implements java.io.Closeable {
        private final PrettyJsonBytes json;

        public Stream(OutputStream out) throws IOException {
            // the bytes Jackson's generator with its default pretty printer wrote (the layout ObjectMapper's
            // INDENT_OUTPUT gave), written directly: PrettyJsonBytes
            json = new PrettyJsonBytes(out);
            json.startObject();
            json.string("type", "FeatureCollection");
            json.startArray("features");
        }

        public void add(Extraction x) throws IOException {
            // written straight to the stream: building a tree per feature and then serialising it was most of the
            // output's cost (the bytes are the same: the tree wrote itself through these calls)
            writeFeatures(json, x);
        }

        @Override
        public void close() throws IOException {
            json.endArray();
            json.endObject();
            json.flush();
        }
    }

    public static String eventId(String source, int index) {
        return (source.isEmpty() ? "report" : source) + "#" + index;
    }

    private static void writeFeature(JsonSink g, String eventId, Event e, EventPlace p, FatalityShares.Share dead, String source)
            throws IOException {
        g.startObject();
        g.string("type", "Feature");
        g.startObject("geometry");
        g.string("type", "Point");
        g.startArray("coordinates");
        g.number(round(p.lon()));
        g.number(round(p.lat()));
        g.endArray();
        g.endObject();
        g.startObject("properties");
        g.string("event_id", eventId);
        g.string("event_type", e.type().label);
        g.string("sub_event_type", e.subType() == null ? null : e.subType().label);
        g.string("date_from", e.date().from() == null ? null : e.date().from().toString());
        g.string("date_to", e.date().to() == null ? null : e.date().to().toString());
        g.number("time_precision", e.date().precision().acledCode);
        g.string("actor1", e.actor(ActorRole.ACTOR1));
        g.string("actor2", e.actor(ActorRole.ACTOR2));
        g.startArray("actors");
        for (EventActor a : e.actors()) g.string(a.actorId());
        g.endArray();
        g.string("place_ar", p.nameAr());
        g.string("place_en", p.nameEn());
        g.string("place_id", p.placeId());
        g.string("place_relation", p.relation());
        g.number("geo_precision_km", p.precisionKm());
        // This point's share of the event's dead (FatalityShares, as every export): the event's
        // points add up to its toll; event_fatalities is the toll itself.
        if (dead.count() == null) g.nullField("fatalities");
        else g.number("fatalities", dead.count());
        g.string("fatalities_scope", dead.scopeLabel());
        if (e.fatalities() == null) g.nullField("event_fatalities");
        else g.number("event_fatalities", e.fatalities());
        g.string("source_file", source);
        g.string("sentence", e.sentence());
        g.number("char_start", e.charStart());
        g.number("char_end", e.charEnd());
        g.number("confidence", Math.round(e.confidence() * 100) / 100.0);
        g.endObject();
        g.endObject();
    }

    private static double round(double deg) {
        return Math.round(deg * 1e5) / 1e5;
    }
}
