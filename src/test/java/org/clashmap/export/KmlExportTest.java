package org.clashmap.export;

import org.clashmap.extract.EventType;
import org.clashmap.store.EventFilter;
import org.clashmap.store.StoredEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.clashmap.export.KmlExporter.NS;
import static org.junit.jupiter.api.Assertions.*;

class KmlExportTest {
    @TempDir
    Path tmp;
    ExportFixture fx;
    Path out;
    Document doc;

    @BeforeEach
    void export() throws Exception {
        fx = ExportFixture.build(tmp);
        out = tmp.resolve("events.kml");
        new EventExporter(fx.store).export(EventFilter.ALL, ExportFormat.KML, out);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        doc = f.newDocumentBuilder().parse(out.toFile());
    }

    @AfterEach
    void close() {
        fx.db.close();
    }

    @Test
    void oneStyleWithItsOwnColourPerEventType() {
        NodeList styles = doc.getElementsByTagNameNS(NS, "Style");
        assertEquals(EventType.values().length, styles.getLength());
        Set<String> ids = new HashSet<>(), colours = new HashSet<>();
        for (int i = 0; i < styles.getLength(); i++) {
            Element s = (Element) styles.item(i);
            ids.add(s.getAttribute("id"));
            colours.add(text(child(s, "IconStyle"), "color"));
        }
        for (EventType t : EventType.values()) assertTrue(ids.contains(KmlStyles.id(t)), t.name());
        assertEquals(EventType.values().length, colours.size(), "distinct colours");
        colours.forEach(c -> assertTrue(c.matches("ff[0-9a-f]{6}"), "opaque aabbggrr: " + c));
    }

    @Test
    void datedPlacemarksHaveTimeSpansAndUndatedOnesSitInTheirOwnFolder() {
        Map<String, Element> folders = folders();
        assertEquals(List.of(KmlExporter.DATED, KmlExporter.UNDATED), new ArrayList<>(folders.keySet()));
        List<Element> dated = placemarks(folders.get(KmlExporter.DATED));
        List<Element> undated = placemarks(folders.get(KmlExporter.UNDATED));
        assertEquals(6, dated.size());
        assertEquals(1, undated.size());

        Map<Long, StoredEvent> byId = new HashMap<>();
        fx.events().forEach(e -> byId.put(e.id(), e));
        for (Element pm : dated) {
            StoredEvent e = byId.get(eventId(pm));
            Element span = child(pm, "TimeSpan");
            assertNotNull(span, "dated placemark has a TimeSpan");
            assertEquals(e.date().from().toString(), text(span, "begin"));
            assertEquals(e.date().to().toString(), text(span, "end"));
            assertEquals("#" + KmlStyles.id(e.type()), text(pm, "styleUrl"));
        }
        Element u = undated.get(0);
        assertEquals(fx.f, eventId(u));
        assertNull(child(u, "TimeSpan"), "no invented dates");
        assertNull(child(u, "TimeStamp"));
    }

    @Test
    void placemarkNamesDescriptionsAndCoordinates() {
        Element pm = placemarks(doc.getDocumentElement()).stream().filter(p -> eventId(p) == fx.b).findFirst().orElseThrow();
        assertEquals("البوكمال – Battles", text(pm, "name"));
        Node descNode = child(pm, "description").getFirstChild();
        assertEquals(Node.CDATA_SECTION_NODE, descNode.getNodeType(), "description is CDATA");
        String desc = descNode.getNodeValue();
        assertTrue(desc.contains("2018-06-08 to 2018-06-10"), desc);
        assertTrue(desc.contains("isis vs regime"), desc);
        assertTrue(desc.contains("Dead: 30"), desc);
        String sentence = fx.store.event(fx.b).sentence();
        assertTrue(desc.contains(KmlExporter.html(sentence)), "the Arabic source sentence: " + desc);
        assertTrue(sentence.contains("“داعش”"));

        String[] lonLat = text(child(pm, "Point"), "coordinates").split(",");
        EventPointCheck.assertOchaLonLat("البوكمال", lonLat);

        Element pmA = placemarks(doc.getDocumentElement()).stream().filter(p -> eventId(p) == fx.a).findFirst().orElseThrow();
        assertEquals("Dead: unknown", pmA.getElementsByTagNameNS(NS, "description").item(0).getTextContent()
                .replaceAll("(?s).*(Dead: [^<]*).*", "$1"));
    }

    @Test
    void htmlInTheSentenceCannotBreakTheBalloonOrTheCdata() {
        String d = KmlExporter.description(EventPoint.of(List.of(fx.store.event(fx.a))).get(0));
        assertFalse(d.contains("]]>"));
        assertEquals("a &lt;b&gt; ]]&gt; &amp; &quot;q&quot;", KmlExporter.html("a <b> ]]> & \"q\""));
    }

    @Test
    void ogrinfoSeesOneLayerPerFolder() throws Exception {
        assertEquals(Map.of(KmlExporter.DATED, 6, KmlExporter.UNDATED, 1), Ogr.layers(out));
    }

    private Map<String, Element> folders() {
        Map<String, Element> out = new java.util.LinkedHashMap<>();
        NodeList fs = doc.getElementsByTagNameNS(NS, "Folder");
        for (int i = 0; i < fs.getLength(); i++) out.put(text((Element) fs.item(i), "name"), (Element) fs.item(i));
        return out;
    }

    private static List<Element> placemarks(Element parent) {
        List<Element> out = new ArrayList<>();
        NodeList ps = parent.getElementsByTagNameNS(NS, "Placemark");
        for (int i = 0; i < ps.getLength(); i++) out.add((Element) ps.item(i));
        return out;
    }

    private static long eventId(Element placemark) {
        NodeList data = placemark.getElementsByTagNameNS(NS, "Data");
        for (int i = 0; i < data.getLength(); i++) {
            Element d = (Element) data.item(i);
            if (d.getAttribute("name").equals("event_id")) return Long.parseLong(text(d, "value"));
        }
        throw new AssertionError("placemark without event_id");
    }

    /** Direct child element by KML name, or null. */
    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NS.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) return e;
        }
        return null;
    }

    private static String text(Element parent, String name) {
        Element c = child(parent, name);
        assertNotNull(c, "<" + name + "> in <" + parent.getLocalName() + ">");
        return c.getTextContent();
    }
}
