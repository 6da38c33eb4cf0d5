package org.clashmap.export;

import org.clashmap.app.ControlMaps;
import org.clashmap.geo.Language;
import org.clashmap.geo.control.ControlOptions;
import org.clashmap.geo.control.ControlSnapshot;
import org.clashmap.geo.index.IncidentSet;
import org.clashmap.store.Database;
import org.clashmap.store.EventStore;
import org.clashmap.store.IncidentStore;
import org.clashmap.store.StoredEvent;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seeds' map image in both languages: the control sides under their own heading and named as the window names
 * them (ui/messages), in the image's language; the subtitle says how many reports and outlets the incidents come from.
 */
class MapImageTextsTest {
    private record Drawn(List<String> texts) {}

    private static Drawn render(Language lang) throws Exception {
        try (Database db = Database.open(ExportFixtures.database())) {
            EventStore store = new EventStore(db);
            List<StoredEvent> events = store.allEvents();
            LocalDate day = LocalDate.parse("2018-06-10");
            ControlSnapshot control = ControlMaps.load(db, ControlOptions.DEFAULTS).at(day);
            Map<Long, Long> incidentOf = new HashMap<>(new IncidentStore(db, "test").incidentByEvent());
            IncidentSet set = IncidentSet.of(events);
            MapImageRequest req = new MapImageRequest(null, 1200, 800, null, day, lang, null);
            MapImageRenderer.RenderResult r = MapImageRenderer.fromClasspath().render(req, set, MapImageRenderer.select(set, null, day), control, incidentOf);
            return new Drawn(r.texts());
        }
    }

    /** An animation's frame is titled by its dates, and its subtitle does not name them again; a still map names its window once too. */
    @Test
    void eachFrameOfAnAnimationNamesItsDatesOnce() throws Exception {
        try (Database db = Database.open(ExportFixtures.database())) {
            IncidentSet set = IncidentSet.of(new EventStore(db).allEvents());
            MapImageRenderer renderer = MapImageRenderer.fromClasspath();
            for (Language lang : Language.values()) {
                for (String title : new String[]{null, "Raqqa"}) {
                    MapAnimation.Settings s = new MapAnimation.Settings(null, 640, 400, lang, title,
                            MapAnimation.windows(LocalDate.parse("2018-04-01"), LocalDate.parse("2018-06-10"), 3), false, 500,
                            MapImageRequest.Style.CLUSTERED, MapOverlays.Spec.NONE);
                    for (int k = 0; k < 3; k++) {
                        MapImageRequest req = MapAnimation.request(s, k);
                        List<String> texts = renderer.render(req, set).texts();
                        String dates = req.from() + " – " + req.to();
                        assertEquals(1, texts.stream().filter(t -> t.contains(dates)).count(), lang + " frame " + k + ": " + texts);
                        assertTrue(texts.get(0).contains(dates), "the title holds the dates: " + texts);
                        if (title != null) assertTrue(texts.get(0).startsWith(title), texts.get(0));
                    }
                }
                MapImageRequest still = new MapImageRequest(null, 640, 400, LocalDate.parse("2018-04-01"), LocalDate.parse("2018-06-10"), lang, null);
                List<String> texts = renderer.render(still, set).texts();
                assertEquals(1, texts.stream().filter(t -> t.contains("2018-04-01 – 2018-06-10")).count(), lang + ": " + texts);
                assertTrue(texts.get(1).contains("2018-04-01 – 2018-06-10"), "a still map's subtitle holds its window: " + texts);
            }
        }
    }

    @Test
    void controlSidesHaveTheirHeadingAndTheWindowsNamesInArabic() throws Exception {
        Drawn ar = render(Language.AR);
        ResourceBundle ui = ResourceBundle.getBundle("ui.messages", java.util.Locale.forLanguageTag("ar"));
        assertTrue(ar.texts().contains(ui.getString("legend.control")), ar.texts().toString());
        assertTrue(ar.texts().contains(ui.getString("actor.regime")), ar.texts().toString());
        assertFalse(ar.texts().stream().anyMatch(t -> t.matches(".*[A-Za-z]{3,}.*") && !t.contains("GED")),
                "no English in an Arabic image's title and legend: " + ar.texts());
        assertTrue(ar.texts().get(1).contains("عدد التقارير: 4"), ar.texts().get(1));
    }

    @Test
    void theEnglishImageNamesSidesAsTheWindowDoes() throws Exception {
        Drawn en = render(Language.EN);
        ResourceBundle ui = ResourceBundle.getBundle("ui.messages", java.util.Locale.ENGLISH);
        assertTrue(en.texts().contains("Control"), en.texts().toString());
        assertTrue(en.texts().contains(ui.getString("actor.regime")), "one name for the government in window and image: " + en.texts());
        assertTrue(en.texts().get(1).contains("from 4 reports by 4 outlets"), en.texts().get(1));
    }
}
