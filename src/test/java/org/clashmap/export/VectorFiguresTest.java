package org.clashmap.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clashmap.cli.CommandLines;
import org.clashmap.extract.EventType;
import org.clashmap.geo.Language;
import org.clashmap.geo.index.IncidentSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import picocli.CommandLine;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Map images as SVG and PDF (decision 028): the labels are text in the file, Arabic in reading order. */
class VectorFiguresTest {
    @TempDir
    Path tmp;

    private static final ResourceBundle AR = ResourceBundle.getBundle("export.map_image", Locale.forLanguageTag("ar"),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    private static final ResourceBundle UI_AR = ResourceBundle.getBundle("ui.messages", Locale.forLanguageTag("ar"),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private MapImageRenderer.RenderResult write(Path out, Language lang) throws IOException {
        IncidentSet set = IncidentSet.of(ExportFixtures.events());
        return ExportFixtures.renderer().write(MapImageRequest.syria(1600, 900, lang), set, MapImageRenderer.select(set, null, null),
                null, java.util.Map.of(), out);
    }

    /** Labels the legend must show: the Arabic names of the types the image has. */
    private static List<String> typeLabels(MapImageRenderer.RenderResult r) {
        List<String> out = new ArrayList<>();
        for (EventType t : r.legendTypes()) out.add(UI_AR.getString("type." + t.name()));
        return out;
    }

    @Test
    void svgParsesAsXmlAndHasTheTitleSubtitleAndLegendAsText() throws Exception {
        Path out = tmp.resolve("map.svg");
        MapImageRenderer.RenderResult r = write(out, Language.AR);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
        assertEquals("svg", doc.getDocumentElement().getLocalName() != null ? doc.getDocumentElement().getLocalName() : doc.getDocumentElement().getTagName());
        assertEquals(1600, Double.parseDouble(doc.getDocumentElement().getAttribute("width")));
        NodeList texts = doc.getElementsByTagName("text");
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) strings.add(texts.item(i).getTextContent().replace("\u202B", "").replace("\u202C", ""));
        assertTrue(strings.contains(AR.getString("title.default")), "title as one text element: " + strings);
        String subtitle = java.text.MessageFormat.format(AR.getString("incidents.places"), r.incidents(), r.places());
        assertTrue(strings.stream().anyMatch(s -> s.startsWith(subtitle)), "subtitle with the counts drawn: " + subtitle + " in " + strings);
        assertFalse(r.legendTypes().isEmpty());
        for (String label : typeLabels(r)) assertTrue(strings.contains(label), "legend row " + label + " in " + strings);
        // a right-to-left line carries its direction, so viewers put "36" to the right of "عدد الحوادث"
        String raw = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(raw.contains("\u202B" + AR.getString("title.default") + "\u202C"));
        assertTrue(raw.contains("<image"), "the basemap is embedded as an image");
    }

    /** The basemap an SVG embeds (our PNG encoder, decision 040) reads back pixel for pixel; a second image has its own data. */
    @Test
    void svgEmbedsEachRasterLosslesslyAsItsOwnPng() throws Exception {
        java.awt.image.BufferedImage a = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.image.BufferedImage b = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.util.Random rnd = new java.util.Random(7);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                a.setRGB(x, y, rnd.nextInt(1 << 24));
                b.setRGB(x, y, x * 6 << 16 | y * 8);
            }
        }
        Path out = tmp.resolve("two.svg");
        Figures.write(FigureFormat.SVG, 40, 30, out, (g, vector) -> {
            Figures.drawRaster(g, a);
            Figures.drawRaster(g, b);
            return null;
        });
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
        NodeList images = doc.getElementsByTagName("image");
        assertEquals(2, images.getLength());
        java.awt.image.BufferedImage[] want = {a, b};
        for (int i = 0; i < 2; i++) {
            org.w3c.dom.Element e = (org.w3c.dom.Element) images.item(i);
            String href = e.getAttribute("xlink:href").isEmpty() ? e.getAttribute("href") : e.getAttribute("xlink:href");
            assertTrue(href.startsWith("data:image/png;base64,"), href.substring(0, Math.min(40, href.length())));
            java.awt.image.BufferedImage back = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                    java.util.Base64.getDecoder().decode(href.substring(href.indexOf(',') + 1))));
            assertEquals(40, back.getWidth());
            assertEquals(30, back.getHeight());
            for (int y = 0; y < 30; y++) {
                for (int x = 0; x < 40; x++) assertEquals(want[i].getRGB(x, y), back.getRGB(x, y), "image " + i + " at " + x + "," + y);
            }
        }
    }

    @Test
    void pdfHasOnePageTheImagesShapeAndItsWordsInReadingOrder() throws Exception {
        Path out = tmp.resolve("map.pdf");
        MapImageRenderer.RenderResult r = write(out, Language.AR);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            PDPage page = doc.getPage(0);
            assertEquals(1600 * 72f / Figures.PDF_DPI, page.getMediaBox().getWidth(), 0.01);
            assertEquals(900 * 72f / Figures.PDF_DPI, page.getMediaBox().getHeight(), 0.01);
            // PDFBox's reader restores each Arabic word's letters, though not the order of the words on a line
            String text = new PDFTextStripper().getText(doc);
            List<String> words = new ArrayList<>(List.of(AR.getString("title.default").split(" ")));
            for (String label : typeLabels(r)) words.addAll(List.of(label.split("[ /]")));
            for (String word : words) assertTrue(text.contains(word), "word " + word + " in " + text);
            assertTrue(text.contains("OCHA Syria COD"), "the attribution is text too");
        }
        String pdftotext = pdftotext(out);
        if (pdftotext != null) { // poppler-utils, installed by .ci/run
            assertTrue(pdftotext.contains(AR.getString("title.default")), pdftotext);
            // pdftotext writes a mixed line's pieces left to right (a left-to-right line), the Arabic ones
            // embedded right to left: shown so, it must look as the subtitle drawn
            String subtitle = java.text.MessageFormat.format(AR.getString("incidents.places"), r.incidents(), r.places());
            String seen = seen(subtitle);
            assertTrue(pdftotext.lines().anyMatch(l -> popplerSeen(l).endsWith(seen)), "mixed line as drawn: " + subtitle + " in " + pdftotext);
        }
    }

    @Test
    void renderChoosesTheFormatByTheExtension() throws Exception {
        String db = ExportFixtures.database().toString();
        StringWriter err = new StringWriter();
        CommandLine cl = CommandLines.all();
        cl.setErr(new PrintWriter(err, true));
        assertEquals(0, cl.execute("render", "--db", db, "--out", tmp.resolve("m.svg").toString(), "--width", "800", "--height", "600", "--lang", "en"), err.toString());
        assertEquals(0, cl.execute("render", "--db", db, "--out", tmp.resolve("m.pdf").toString(), "--width", "800", "--height", "600", "--lang", "en"), err.toString());
        assertTrue(Files.readString(tmp.resolve("m.svg")).contains("<svg "), "an SVG document");
        assertEquals("%PDF", new String(Files.readAllBytes(tmp.resolve("m.pdf")), 0, 4, StandardCharsets.ISO_8859_1));
        assertEquals(2, cl.execute("render", "--db", db, "--out", tmp.resolve("m.jpg").toString()));
        assertTrue(err.toString().contains(".png, .svg or .pdf"), err.toString());
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of("m.pdf", "m.svg"), s.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file left");
        }
    }

    /** A line as a reader sees it, left to right, spaces collapsed. */
    private static String seen(String line) {
        return PdfText.visualOrder(line).replaceAll("\\s+", " ").strip();
    }

    /** A pdftotext line seen left to right: its pieces in order, those between U+202B and U+202C reversed. */
    private static String popplerSeen(String line) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            int open = line.indexOf('\u202B', i);
            if (open < 0) {
                out.append(line, i, line.length());
                break;
            }
            out.append(line, i, open);
            int close = line.indexOf('\u202C', open);
            if (close < 0) close = line.length();
            out.append(new StringBuilder(line.substring(open + 1, close)).reverse());
            i = close + 1;
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    /** The text pdftotext reads, or null when poppler-utils is not installed. */
    private static String pdftotext(Path pdf) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true).start();
        } catch (IOException e) {
            return null;
        }
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), text);
        return text;
    }
}
