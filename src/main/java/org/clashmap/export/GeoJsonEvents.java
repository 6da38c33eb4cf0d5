package org.clashmap.export;

import com.fasterxml.jackson.core.JsonFactory;
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
    /**
     * The streams {@code extract} prints come from jackson-core alone: building them through an ObjectMapper loaded
     * Jackson's databind, about 0.15 s of a cold run that reads nothing back (decision 053).
     */
    private static final JsonFactory STREAMS = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

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
            for (Extraction x : extractions) writeFeatures(buf, x);
            buf.writeEndArray();
            buf.writeEndObject();
            return json.readTree(buf.asParser(json));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // in memory: not expected
        }
    }

    /** One report's features: each event at each of its places. */
    private static void writeFeatures(JsonGenerator g, Extraction x) throws IOException {
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
        private final JsonGenerator g;

        public Stream(OutputStream out) throws IOException {
            g = STREAMS.createGenerator(out);
            g.useDefaultPrettyPrinter(); // the layout ObjectMapper's INDENT_OUTPUT gave: the same bytes
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
        }

        public void add(Extraction x) throws IOException {
            // written straight to the generator: building a tree per feature and then serialising it was most of the
            // output's cost (the bytes are the same: the tree wrote itself through these calls)
            writeFeatures(g, x);
        }

        @Override
        public void close() throws IOException {
            g.writeEndArray();
            g.writeEndObject();
            g.close();
        }
    }

    public static String eventId(String source, int index) {
        return (source.isEmpty() ? "report" : source) + "#" + index;
    }

    private static void writeFeature(JsonGenerator g, String eventId, Event e, EventPlace p, FatalityShares.Share dead, String source)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "Point");
        g.writeArrayFieldStart("coordinates");
        g.writeNumber(round(p.lon()));
        g.writeNumber(round(p.lat()));
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("event_id", eventId);
        g.writeStringField("event_type", e.type().label);
        g.writeStringField("sub_event_type", e.subType() == null ? null : e.subType().label);
        g.writeStringField("date_from", e.date().from() == null ? null : e.date().from().toString());
        g.writeStringField("date_to", e.date().to() == null ? null : e.date().to().toString());
        g.writeNumberField("time_precision", e.date().precision().acledCode);
        g.writeStringField("actor1", e.actor(ActorRole.ACTOR1));
        g.writeStringField("actor2", e.actor(ActorRole.ACTOR2));
        g.writeArrayFieldStart("actors");
        for (EventActor a : e.actors()) g.writeString(a.actorId());
        g.writeEndArray();
        g.writeStringField("place_ar", p.nameAr());
        g.writeStringField("place_en", p.nameEn());
        g.writeStringField("place_id", p.placeId());
        g.writeStringField("place_relation", p.relation());
        g.writeNumberField("geo_precision_km", p.precisionKm());
        // This point's share of the event's dead (FatalityShares, as every export): the event's
        // points add up to its toll; event_fatalities is the toll itself.
        if (dead.count() == null) g.writeNullField("fatalities");
        else g.writeNumberField("fatalities", dead.count());
        g.writeStringField("fatalities_scope", dead.scopeLabel());
        if (e.fatalities() == null) g.writeNullField("event_fatalities");
        else g.writeNumberField("event_fatalities", e.fatalities());
        g.writeStringField("source_file", source);
        g.writeStringField("sentence", e.sentence());
        g.writeNumberField("char_start", e.charStart());
        g.writeNumberField("char_end", e.charEnd());
        g.writeNumberField("confidence", Math.round(e.confidence() * 100) / 100.0);
        g.writeEndObject();
        g.writeEndObject();
    }

    private static double round(double deg) {
        return Math.round(deg * 1e5) / 1e5;
    }
}
