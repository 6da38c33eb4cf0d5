package org.clashmap.export;

import org.clashmap.extract.ActorRole;
import org.clashmap.extract.EventType;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Stored events as KML 2.2 for Google Earth: a style per event family, dated events in folder
 * {@value #DATED} with a TimeSpan each (so the time slider works), undated events in folder
 * {@value #UNDATED} without one (a TimeSpan-less placemark would otherwise show at every time).
 * Each folder is one layer for OGR/QGIS.
 */
final class KmlExporter implements FeatureWriter {
    static final String NS = "http://www.opengis.net/kml/2.2";
    static final String DATED = "Events";
    static final String UNDATED = "Undated";

    /**
     * The document is written as bytes by this class ({@link XmlBytes}), not through a StAX writer: its shape is fixed
     * and every value is escaped and encoded on its way in. Woodstox, then a StringBuilder and String.getBytes, went
     * over every char several times and were most of a 100k export's time (decision 046).
     */
    private final OutputStream out;
    private final XmlBytes b = new XmlBytes();
    private final Html balloon = balloon(b);
    /** Undated points wait for their own folder, written after the dated ones. */
    private final List<EventPoint> undated = new ArrayList<>();
    /** The attributes' Data start tags, made once. */
    private static final byte[][] DATA = new byte[EventProperties.ALL.size()][];

    static {
        for (int i = 0; i < DATA.length; i++) {
            DATA[i] = ("<Data name=\"" + EventProperties.ALL.get(i).name() + "\"><value>").getBytes(StandardCharsets.US_ASCII);
        }
    }

    private static final byte[] DATA_END = "</value></Data>".getBytes(StandardCharsets.US_ASCII),
            PLACEMARK = "<Placemark id=\"event-".getBytes(StandardCharsets.US_ASCII),
            NAME = "\"><name>".getBytes(StandardCharsets.US_ASCII),
            DESCRIPTION = "</name><description><![CDATA[".getBytes(StandardCharsets.US_ASCII),
            DESCRIPTION_END = "]]></description>".getBytes(StandardCharsets.US_ASCII),
            BEGIN = "<TimeSpan><begin>".getBytes(StandardCharsets.US_ASCII),
            END = "</begin><end>".getBytes(StandardCharsets.US_ASCII),
            STYLE = "</end></TimeSpan>".getBytes(StandardCharsets.US_ASCII),
            STYLE_URL = "<styleUrl>#".getBytes(StandardCharsets.US_ASCII),
            EXTENDED = "</styleUrl><ExtendedData>".getBytes(StandardCharsets.US_ASCII),
            POINT = "</ExtendedData><Point><coordinates>".getBytes(StandardCharsets.US_ASCII),
            PLACEMARK_END = "</coordinates></Point></Placemark>".getBytes(StandardCharsets.US_ASCII);

    KmlExporter(Path file) throws IOException {
        out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        b.markup("<?xml version='1.0' encoding='UTF-8'?><kml xmlns=\"" + NS + "\"><Document>");
        element("name", "ClashMap events");
        for (EventType t : EventType.values()) writeStyle(t);
        b.markup("<Folder>");
        element("name", DATED);
        try {
            b.writeTo(out);
        } catch (IOException e) {
            out.close();
            throw e;
        }
    }

    private void writeStyle(EventType t) {
        b.markup("<Style id=\"").attribute(KmlStyles.id(t)).markup("\"><IconStyle>");
        element("color", KmlStyles.colour(t));
        element("scale", "0.9");
        b.markup("<Icon>");
        element("href", KmlStyles.ICON);
        b.markup("</Icon></IconStyle>");
        // Labels of hundreds of incidents would hide the map; the name shows on click and in the list.
        b.markup("<LabelStyle>");
        element("scale", "0");
        b.markup("</LabelStyle></Style>");
    }

    @Override
    public void write(EventPoint p) throws IOException {
        if (!p.dated()) {
            undated.add(p);
            return;
        }
        placemark(p);
    }

    private void placemark(EventPoint p) throws IOException {
        b.markup(PLACEMARK).attribute(String.valueOf(p.featureId())).markup(NAME).text(p.placeName()).text(" – ").text(p.event().type().label)
                .markup(DESCRIPTION);
        // straight into the CDATA section: its values HTML-escaped on the way (so "]]>" cannot occur), its markup as it is
        description(p, balloon);
        b.markup(DESCRIPTION_END);
        if (p.dated()) b.markup(BEGIN).text(p.event().date().from().toString()).markup(END).text(p.event().date().to().toString()).markup(STYLE);
        b.markup(STYLE_URL).text(KmlStyles.id(p.event().type())).markup(EXTENDED);
        // The same attributes as GeoJSON and GeoPackage, for tools (QGIS, LIBKML) that read ExtendedData.
        for (int i = 0; i < DATA.length; i++) {
            Object v = EventProperties.ALL.get(i).of(p);
            if (v != null) b.markup(DATA[i]).text(v.toString()).markup(DATA_END);
        }
        b.markup(POINT).text(p.lon() + "," + p.lat()).markup(PLACEMARK_END);
        if (b.length() >= 1 << 15) b.writeTo(out);
    }

    /**
     * HTML for the balloon. Values are HTML-escaped, which also guarantees no "]]>" can end the
     * CDATA section early. The Arabic sentence gets dir="rtl" so punctuation lands on the right side.
     * As a string: what a file's CDATA section holds, made by the same writer.
     */
    static String description(EventPoint p) {
        XmlBytes bytes = new XmlBytes();
        description(p, balloon(bytes));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            bytes.writeTo(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a byte array does not fail
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The balloon written into {@code b}'s CDATA section: markup as it is, values HTML-escaped. */
    private static Html balloon(XmlBytes b) {
        return new Html() {
            @Override
            public Html markup(String s) {
                b.cdata(s);
                return this;
            }

            @Override
            public Html text(String s) {
                b.html(s);
                return this;
            }
        };
    }

    /** Where the balloon's HTML goes: its markup as it is, its values HTML-escaped. */
    interface Html {
        Html markup(String s);

        Html text(String s);
    }

    /** The balloon's HTML in pieces (see {@link #description(EventPoint)}), written into a file's CDATA section or a string. */
    static void description(EventPoint p, Html b) {
        var e = p.event();
        b.markup("<p><b>").text(e.type().label).markup("</b>");
        if (e.subType() != null) b.markup(" – ").text(e.subType().label);
        b.markup("</p><p>Date: ");
        if (!e.date().isKnown()) b.markup("unknown");
        else if (e.date().from().equals(e.date().to())) b.markup(e.date().from().toString());
        else b.markup(e.date().from().toString()).markup(" to ").markup(e.date().to().toString());
        b.markup("<br/>Actors: ").text(actors(p));
        b.markup("<br/>Dead: ").markup(e.fatalities() == null ? "unknown" : e.fatalities().toString());
        if (e.fatalities() != null && e.places().size() > 1) {
            b.markup(" (event total, ").markup(String.valueOf(e.places().size())).markup(" places; here: ").markup(here(p)).markup(")");
        }
        if (e.wounded() != null) b.markup("<br/>Wounded: ").markup(e.wounded().toString());
        var inc = p.incident();
        if (inc.reports() > 1) {
            b.markup("<br/>Incident ").markup(String.valueOf(inc.incidentId())).markup(": ").markup(String.valueOf(inc.reports())).markup(" reports, ")
                    .markup(String.valueOf(inc.outlets())).markup(inc.outlets() == 1 ? " outlet" : " outlets");
            if (inc.best() != null) {
                b.markup(", dead ").markup(inc.best().toString());
                if (!inc.low().equals(inc.high())) b.markup(" (").markup(inc.low().toString()).markup("–").markup(inc.high().toString()).markup(")");
            }
        }
        b.markup("<br/>Source: ").text(e.outlet()).markup(" (").text(e.fileName()).markup(")</p>");
        b.markup("<p dir=\"rtl\" lang=\"ar\">").text(e.sentence()).markup("</p>");
    }

    /** This placemark's share of the dead in words, for a multi-place event's balloon. */
    private static String here(EventPoint p) {
        if (p.dead().count() == null) return p.event().fatalities() == null ? "unknown" : "counted at the first place";
        if (p.dead().scope() == org.clashmap.extract.FatalityShares.Scope.PLACE) return p.dead().count().toString();
        if (p.dead().count().equals(p.event().fatalities())) return "all counted here";
        return p.dead().count() + ", the rest not given per place";
    }

    private static String actors(EventPoint p) {
        String a1 = p.actor(ActorRole.ACTOR1), a2 = p.actor(ActorRole.ACTOR2);
        if (a1 == null && a2 == null) return "unknown";
        if (a2 == null) return a1;
        return (a1 == null ? "unknown" : a1) + " vs " + a2;
    }

    static String html(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private void element(String name, String value) {
        b.markup("<" + name + ">").text(value).markup("</" + name + ">");
    }

    @Override
    public void finish() throws IOException {
        b.markup("</Folder><Folder>"); // the dated folder ends, the undated one begins
        element("name", UNDATED);
        for (EventPoint p : undated) placemark(p);
        b.markup("</Folder></Document></kml>");
        b.writeTo(out);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
