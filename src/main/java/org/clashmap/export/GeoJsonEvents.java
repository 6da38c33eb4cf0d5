package org.clashmap.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private GeoJsonEvents() {}

    public static ObjectNode toJson(List<Extraction> extractions) {
        ObjectNode fc = JSON.createObjectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        for (Extraction x : extractions) features.addAll(features(x));
        return fc;
    }

    /** One report's features: each event at each of its places. */
    static List<ObjectNode> features(Extraction x) {
        List<ObjectNode> out = new java.util.ArrayList<>();
        int n = 0;
        for (Event e : x.events()) {
            String eventId = eventId(x.report().source(), n++);
            List<FatalityShares.Share> dead = FatalityShares.of(e);
            for (int i = 0; i < e.places().size(); i++) out.add(feature(eventId, e, e.places().get(i), dead.get(i), x.report().source()));
        }
        return out;
    }

    /**
     * The same collection written report by report as the reports are extracted ({@code clashmap
     * extract}): memory holds one report's features, not every report's. {@link #close} ends the
     * collection and leaves the stream open.
     */
    public static final class Stream implements java.io.Closeable {
        private final JsonGenerator g;

        public Stream(OutputStream out) throws IOException {
            g = JSON.createGenerator(out);
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
        }

        public void add(Extraction x) throws IOException {
            for (ObjectNode f : features(x)) JSON.writeTree(g, f);
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

    private static ObjectNode feature(String eventId, Event e, EventPlace p, FatalityShares.Share dead, String source) {
        ObjectNode f = JSON.createObjectNode();
        f.put("type", "Feature");
        ObjectNode g = f.putObject("geometry");
        g.put("type", "Point");
        g.putArray("coordinates").add(round(p.lon())).add(round(p.lat()));
        ObjectNode props = f.putObject("properties");
        props.put("event_id", eventId);
        props.put("event_type", e.type().label);
        props.put("sub_event_type", e.subType() == null ? null : e.subType().label);
        props.put("date_from", e.date().from() == null ? null : e.date().from().toString());
        props.put("date_to", e.date().to() == null ? null : e.date().to().toString());
        props.put("time_precision", e.date().precision().acledCode);
        props.put("actor1", e.actor(ActorRole.ACTOR1));
        props.put("actor2", e.actor(ActorRole.ACTOR2));
        ArrayNode actors = props.putArray("actors");
        for (EventActor a : e.actors()) actors.add(a.actorId());
        props.put("place_ar", p.nameAr());
        props.put("place_en", p.nameEn());
        props.put("place_id", p.placeId());
        props.put("place_relation", p.relation());
        props.put("geo_precision_km", p.precisionKm());
        // This point's share of the event's dead (FatalityShares, as every export): the event's
        // points add up to its toll; event_fatalities is the toll itself.
        if (dead.count() == null) props.putNull("fatalities");
        else props.put("fatalities", dead.count());
        props.put("fatalities_scope", dead.scopeLabel());
        if (e.fatalities() == null) props.putNull("event_fatalities");
        else props.put("event_fatalities", e.fatalities());
        props.put("source_file", source);
        props.put("sentence", e.sentence());
        props.put("char_start", e.charStart());
        props.put("char_end", e.charEnd());
        props.put("confidence", Math.round(e.confidence() * 100) / 100.0);
        return f;
    }

    private static double round(double deg) {
        return Math.round(deg * 1e5) / 1e5;
    }
}
