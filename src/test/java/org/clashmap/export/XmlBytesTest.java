package org.clashmap.export;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Text and attributes written as UTF-8 bytes read back by an XML parser as the text XML 1.0 allows of them. */
class XmlBytesTest {
    private static final String NASTY = "a&b<c>d\"e'f\tg\nh\r\ni\u0001j\u0000k\uD800l\uFFFEm ]]> قتل في حلب 😀 € é"
            + "&".repeat(5000) + "<".repeat(3000);

    @Test
    void textAndAttributesComeBackAsWrittenLessWhatXmlForbids() throws Exception {
        XmlBytes b = new XmlBytes();
        b.markup("<?xml version='1.0' encoding='UTF-8'?><r a=\"").attribute(NASTY).markup("\"><t>").text(NASTY)
                .markup("</t><c><![CDATA[").cdata("x<y&z \u0002ok").markup("]]></c></r>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        b.writeTo(out);
        assertEquals(0, b.length());
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray())).getDocumentElement();
        String allowed = XmlText.clean(NASTY);
        assertEquals(allowed, root.getAttribute("a"), "attribute: quotes, tabs, line feeds and carriage returns kept");
        assertEquals(allowed, root.getElementsByTagName("t").item(0).getTextContent(), "text: markup and carriage returns kept");
        assertEquals("x<y&z ok", root.getElementsByTagName("c").item(0).getTextContent());
    }

    /** A balloon's value in HTML inside CDATA: the bytes of KmlExporter.html's escaping, less what XML forbids. */
    @Test
    void htmlValuesAreEscapedAsTheBalloonsRuleSays() throws java.io.IOException {
        XmlBytes b = new XmlBytes();
        b.html(NASTY).html(null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        b.writeTo(out);
        assertEquals(XmlText.clean(KmlExporter.html(NASTY)), out.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void plainTextIsItsUtf8() {
        XmlBytes b = new XmlBytes();
        String s = "Turba village – Battles, حلب 😀";
        b.text(s);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            b.writeTo(out);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertEquals(s, out.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
