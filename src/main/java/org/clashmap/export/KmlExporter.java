package org.clashmap.export;

import org.clashmap.extract.ActorRole;
import org.clashmap.extract.EventType;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
     * Woodstox, named rather than found through the service loader (which would pick whichever StAX
     * writer comes first on the class path): several times faster than the JDK's own writer.
     */
    private static final XMLOutputFactory OUTPUT = new com.ctc.wstx.stax.WstxOutputFactory();

    private final OutputStream out;
    private final XMLStreamWriter xml;
    /** Undated points wait for their own folder, written after the dated ones. */
    private final List<EventPoint> undated = new ArrayList<>();

    KmlExporter(Path file) throws IOException {
        out = new BufferedOutputStream(Files.newOutputStream(file));
        try {
            xml = OUTPUT.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("kml");
            xml.writeDefaultNamespace(NS);
            xml.writeStartElement("Document");
            element("name", "ClashMap events");
            for (EventType t : EventType.values()) writeStyle(t);
            xml.writeStartElement("Folder");
            element("name", DATED);
        } catch (XMLStreamException e) {
            out.close();
            throw new IOException("KML: " + e.getMessage(), e);
        }
    }

    private void writeStyle(EventType t) throws XMLStreamException {
        xml.writeStartElement("Style");
        xml.writeAttribute("id", KmlStyles.id(t));
        xml.writeStartElement("IconStyle");
        element("color", KmlStyles.colour(t));
        element("scale", "0.9");
        xml.writeStartElement("Icon");
        element("href", KmlStyles.ICON);
        xml.writeEndElement();
        xml.writeEndElement();
        // Labels of hundreds of incidents would hide the map; the name shows on click and in the list.
        xml.writeStartElement("LabelStyle");
        element("scale", "0");
        xml.writeEndElement();
        xml.writeEndElement();
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
        try {
            xml.writeStartElement("Placemark");
            xml.writeAttribute("id", "event-" + p.featureId());
            element("name", p.placeName() + " – " + p.event().type().label);
            xml.writeStartElement("description");
            xml.writeCData(XmlText.clean(description(p)));
            xml.writeEndElement();
            if (p.dated()) {
                xml.writeStartElement("TimeSpan");
                element("begin", p.event().date().from().toString());
                element("end", p.event().date().to().toString());
                xml.writeEndElement();
            }
            element("styleUrl", "#" + KmlStyles.id(p.event().type()));
            writeExtendedData(p);
            xml.writeStartElement("Point");
            element("coordinates", p.lon() + "," + p.lat());
            xml.writeEndElement();
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException("KML: " + e.getMessage(), e);
        }
    }

    /** The same attributes as GeoJSON and GeoPackage, for tools (QGIS, LIBKML) that read ExtendedData. */
    private void writeExtendedData(EventPoint p) throws XMLStreamException {
        xml.writeStartElement("ExtendedData");
        for (EventProperties.Property prop : EventProperties.ALL) {
            Object v = prop.of(p);
            if (v == null) continue;
            xml.writeStartElement("Data");
            xml.writeAttribute("name", prop.name());
            element("value", v.toString());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /**
     * HTML for the balloon. Values are HTML-escaped, which also guarantees no "]]>" can end the
     * CDATA section early. The Arabic sentence gets dir="rtl" so punctuation lands on the right side.
     */
    static String description(EventPoint p) {
        var e = p.event();
        StringBuilder b = new StringBuilder();
        b.append("<p><b>").append(html(e.type().label)).append("</b>");
        if (e.subType() != null) b.append(" – ").append(html(e.subType().label));
        b.append("</p><p>Date: ");
        if (!e.date().isKnown()) b.append("unknown");
        else if (e.date().from().equals(e.date().to())) b.append(e.date().from());
        else b.append(e.date().from()).append(" to ").append(e.date().to());
        b.append("<br/>Actors: ").append(html(actors(p)));
        b.append("<br/>Dead: ").append(e.fatalities() == null ? "unknown" : e.fatalities().toString());
        if (e.fatalities() != null && e.places().size() > 1) b.append(" (event total, ").append(e.places().size()).append(" places; here: ").append(here(p)).append(")");
        if (e.wounded() != null) b.append("<br/>Wounded: ").append(e.wounded());
        var inc = p.incident();
        if (inc.reports() > 1) {
            b.append("<br/>Incident ").append(inc.incidentId()).append(": ").append(inc.reports()).append(" reports, ")
                    .append(inc.outlets()).append(inc.outlets() == 1 ? " outlet" : " outlets");
            if (inc.best() != null) {
                b.append(", dead ").append(inc.best());
                if (!inc.low().equals(inc.high())) b.append(" (").append(inc.low()).append("–").append(inc.high()).append(")");
            }
        }
        b.append("<br/>Source: ").append(html(e.outlet())).append(" (").append(html(e.fileName())).append(")</p>");
        b.append("<p dir=\"rtl\" lang=\"ar\">").append(html(e.sentence())).append("</p>");
        return b.toString();
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

    private void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(XmlText.clean(text));
        xml.writeEndElement();
    }

    @Override
    public void finish() throws IOException {
        try {
            xml.writeEndElement(); // dated Folder
            xml.writeStartElement("Folder");
            element("name", UNDATED);
            for (EventPoint p : undated) placemark(p);
            xml.writeEndElement();
            xml.writeEndElement(); // Document
            xml.writeEndElement(); // kml
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("KML: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException ignored) {
            // closing the stream below is what matters
        } finally {
            out.close();
        }
    }
}
