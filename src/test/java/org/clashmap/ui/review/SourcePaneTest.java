package org.clashmap.ui.review;

import org.clashmap.ui.widgets.Labels;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.ingest.IngestProgress;
import org.clashmap.ingest.Ingester;
import org.clashmap.store.Database;
import org.clashmap.store.EventStore;
import org.clashmap.store.StoredEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.*;

@ExtendWith(ApplicationExtension.class)
/** The source pane wraps Arabic itself and keeps the event's sentence in view. */
public class SourcePaneTest {
    SourcePane pane;

    @Start
    void start(Stage stage) {
        ResourceBundle t = ResourceBundle.getBundle("ui.messages", Locale.ENGLISH);
        pane = new SourcePane(t, new Labels(t), e -> { });
        stage.setScene(new Scene(pane, 400, 600));
        stage.show();
    }

    @Test
    void snap() throws Exception {
        var dir = Files.createTempDirectory("sp");
        List<StoredEvent> events;
        String text;
        try (Database db = Database.open(dir.resolve("x.db"))) {
            new Ingester(new RuleBasedExtractor(Gazetteers.load()), new EventStore(db)).ingestBuiltInSeeds(IngestProgress.NONE);
            events = new EventStore(db).allEvents();
            text = new EventStore(db).articleText(events.get(20).articleId());
        }
        StoredEvent e = events.get(20);
        WaitForAsyncUtils.asyncFx(() -> pane.show(e, text, events)).get();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            try {
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(pane.snapshot(null, null), null), "png",
                        new java.io.File(System.getProperty("java.io.tmpdir"), "clashmap-source-pane.png"));
            } catch (java.io.IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
        }).get();
        assertEquals(e.sentence().strip().replaceAll("\\s+", " "), pane.highlightedText());
        // Every place named inside the sentence is marked, word for word.
        List<String> placeWords = pane.markedWords("place-word");
        e.places().stream().filter(p -> p.charStart() >= e.charStart() && p.charEnd() <= e.charEnd()).forEach(p -> {
            String last = p.nameAr().substring(p.nameAr().lastIndexOf(' ') + 1);
            String lastNorm = org.clashmap.text.ArabicNormalizer.normalize(last);
            assertTrue(placeWords.stream().anyMatch(w -> org.clashmap.text.ArabicNormalizer.normalize(w).contains(lastNorm)),
                    p.nameAr() + " not marked in " + placeWords);
        });
        assertFalse(placeWords.isEmpty());
        // The file name and dates sit on their own left-to-right line, so an Arabic interface cannot reorder
        // 000_1ef341747bf478e6.txt into 1_000ef341747bf478e6.txt (issue 19 item 7).
        javafx.scene.control.Label file = (javafx.scene.control.Label) pane.lookup("#source-file");
        assertTrue(file.getText().startsWith(e.fileName() + "  ·  " + e.date().from()), file.getText());
        assertEquals(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT, file.getEffectiveNodeOrientation());
        assertFalse(((javafx.scene.control.Label) pane.lookup("#source-header")).getText().contains(e.fileName()));
        javafx.scene.Node block = pane.lookup(".sentence");
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) pane.lookup(".scroll-pane");
        var inScroll = scroll.sceneToLocal(block.localToScene(block.getBoundsInLocal()));
        assertTrue(inScroll.getMinY() >= -1 && inScroll.getMinY() < scroll.getHeight(), "sentence scrolled into view: " + inScroll);
        // Every line is a single, unwrapped label no wider than the pane: JavaFX never wraps Arabic here.
        pane.lookup("#source-text").lookupAll(".label").forEach(n -> {
            if (n instanceof javafx.scene.control.Label l && l.getParent() instanceof javafx.scene.layout.VBox) {
                assertFalse(l.isWrapText());
                assertTrue(l.getWidth() <= scroll.getViewportBounds().getWidth() + 1, "line wider than the pane: " + l.getText());
            }
        });
    }
}
