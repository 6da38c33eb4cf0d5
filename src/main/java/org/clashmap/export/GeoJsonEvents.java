package org.clashmap.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
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
            g.setPrettyPrinter(new LeanPrettyPrinter()); // the layout ObjectMapper's INDENT_OUTPUT gave: the same bytes
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
        g.writeFieldName(Names.TYPE);
        g.writeString(Names.FEATURE);
        g.writeFieldName(Names.GEOMETRY);
        g.writeStartObject();
        g.writeFieldName(Names.TYPE);
        g.writeString(Names.POINT);
        g.writeFieldName(Names.COORDINATES);
        g.writeStartArray();
        g.writeNumber(round(p.lon()));
        g.writeNumber(round(p.lat()));
        g.writeEndArray();
        g.writeEndObject();
        g.writeFieldName(Names.PROPERTIES);
        g.writeStartObject();
        field(g, Names.EVENT_ID, eventId);
        field(g, Names.EVENT_TYPE, e.type().label);
        field(g, Names.SUB_EVENT_TYPE, e.subType() == null ? null : e.subType().label);
        field(g, Names.DATE_FROM, e.date().from() == null ? null : e.date().from().toString());
        field(g, Names.DATE_TO, e.date().to() == null ? null : e.date().to().toString());
        field(g, Names.TIME_PRECISION, e.date().precision().acledCode);
        field(g, Names.ACTOR1, e.actor(ActorRole.ACTOR1));
        field(g, Names.ACTOR2, e.actor(ActorRole.ACTOR2));
        g.writeFieldName(Names.ACTORS);
        g.writeStartArray();
        for (EventActor a : e.actors()) g.writeString(a.actorId());
        g.writeEndArray();
        field(g, Names.PLACE_AR, p.nameAr());
        field(g, Names.PLACE_EN, p.nameEn());
        field(g, Names.PLACE_ID, p.placeId());
        field(g, Names.PLACE_RELATION, p.relation());
        field(g, Names.GEO_PRECISION_KM, p.precisionKm());
        // This point's share of the event's dead (FatalityShares, as every export): the event's
        // points add up to its toll; event_fatalities is the toll itself.
        field(g, Names.FATALITIES, dead.count());
        field(g, Names.FATALITIES_SCOPE, dead.scopeLabel());
        field(g, Names.EVENT_FATALITIES, e.fatalities());
        field(g, Names.SOURCE_FILE, source);
        field(g, Names.SENTENCE, e.sentence());
        field(g, Names.CHAR_START, e.charStart());
        field(g, Names.CHAR_END, e.charEnd());
        field(g, Names.CONFIDENCE, Math.round(e.confidence() * 100) / 100.0);
        g.writeEndObject();
        g.writeEndObject();
    }


    /** One member: its name encoded once ({@link Names}), a string value (null written as null). */
    private static void field(JsonGenerator g, SerializedString name, String value) throws IOException {
        g.writeFieldName(name);
        g.writeString(value);
    }

    /** One member with a count, null written as null. */
    private static void field(JsonGenerator g, SerializedString name, Integer value) throws IOException {
        g.writeFieldName(name);
        if (value == null) g.writeNull();
        else g.writeNumber(value);
    }

    private static void field(JsonGenerator g, SerializedString name, int value) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(value);
    }

    private static void field(JsonGenerator g, SerializedString name, double value) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(value);
    }

    /**
     * The features' member names, encoded once: the generator copies their bytes rather than quoting and encoding each
     * name again at every feature (decision 070).
     */
    private static final class Names {
        static final SerializedString TYPE = new SerializedString("type");
        static final SerializedString FEATURE = new SerializedString("Feature");
        static final SerializedString POINT = new SerializedString("Point");
        static final SerializedString EVENT_ID = new SerializedString("event_id");
        static final SerializedString EVENT_TYPE = new SerializedString("event_type");
        static final SerializedString SUB_EVENT_TYPE = new SerializedString("sub_event_type");
        static final SerializedString DATE_FROM = new SerializedString("date_from");
        static final SerializedString DATE_TO = new SerializedString("date_to");
        static final SerializedString TIME_PRECISION = new SerializedString("time_precision");
        static final SerializedString ACTOR1 = new SerializedString("actor1");
        static final SerializedString ACTOR2 = new SerializedString("actor2");
        static final SerializedString PLACE_AR = new SerializedString("place_ar");
        static final SerializedString PLACE_EN = new SerializedString("place_en");
        static final SerializedString PLACE_ID = new SerializedString("place_id");
        static final SerializedString PLACE_RELATION = new SerializedString("place_relation");
        static final SerializedString GEO_PRECISION_KM = new SerializedString("geo_precision_km");
        static final SerializedString FATALITIES = new SerializedString("fatalities");
        static final SerializedString FATALITIES_SCOPE = new SerializedString("fatalities_scope");
        static final SerializedString EVENT_FATALITIES = new SerializedString("event_fatalities");
        static final SerializedString SOURCE_FILE = new SerializedString("source_file");
        static final SerializedString SENTENCE = new SerializedString("sentence");
        static final SerializedString CHAR_START = new SerializedString("char_start");
        static final SerializedString CHAR_END = new SerializedString("char_end");
        static final SerializedString CONFIDENCE = new SerializedString("confidence");
        static final SerializedString GEOMETRY = new SerializedString("geometry");
        static final SerializedString COORDINATES = new SerializedString("coordinates");
        static final SerializedString PROPERTIES = new SerializedString("properties");
        static final SerializedString ACTORS = new SerializedString("actors");
    }

    private static double round(double deg) {
        return Math.round(deg * 1e5) / 1e5;
    }
}
