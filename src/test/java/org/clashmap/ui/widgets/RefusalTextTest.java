package org.clashmap.ui.widgets;

import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.ingest.IngestProgress;
import org.clashmap.ingest.Ingester;
import org.clashmap.store.Database;
import org.clashmap.store.EventStore;
import org.clashmap.store.IncidentStore;
import org.clashmap.store.IncidentUndo;
import org.clashmap.store.Refusal;
import org.clashmap.store.ReportStore;
import org.clashmap.store.Reviewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The store's refusals reach the Arabic window in Arabic (issue 19): refusals made by a real store on the seeds (a
 * split that would empty its incident, a merge with itself, an undo whose events were removed since, another
 * analyst's edit in between, an edit of an event removed) are put in the window's words by {@link RefusalText}:
 * Arabic with the ids they name and no Latin word; English in the English window; every reason has both.
 */
class RefusalTextTest {
    private static final ResourceBundle AR = bundle("ar"), EN = bundle("en");
    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}+");

    @TempDir
    Path tmp;

    private static ResourceBundle bundle(String lang) {
        return ResourceBundle.getBundle("ui.messages", Locale.forLanguageTag(lang), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Test
    void everyReasonAndWordHasItsMessageInBothLanguages() {
        for (ResourceBundle t : List.of(AR, EN)) {
            for (Refusal.Reason r : Refusal.Reason.values()) assertTrue(t.containsKey("refusal." + r.key()), r + " in " + t.getLocale());
            for (Refusal.Word w : Refusal.Word.values()) assertTrue(t.containsKey("refusal.word." + w.key()), w + " in " + t.getLocale());
        }
    }

    @Test
    void refusalsOfARealStoreAreShownInTheWindowsLanguage() {
        Path file = tmp.resolve("seeds.db");
        try (Database db = Database.open(file); Database other = Database.open(file)) {
            new Ingester(new RuleBasedExtractor(Gazetteers.load()), new EventStore(db)).ingestBuiltInSeeds(IngestProgress.NONE);
            IncidentStore incidents = new IncidentStore(db, "analyst");
            // incidents of one event each, of different reports
            List<Long> single = new ArrayList<>();
            List<Long> reports = new ArrayList<>();
            for (long inc : new java.util.TreeSet<>(incidents.incidentByEvent().values())) {
                List<IncidentStore.Member> m = incidents.incident(inc).members();
                if (m.size() == 1 && !reports.contains(m.get(0).event().articleId())) {
                    single.add(inc);
                    reports.add(m.get(0).event().articleId());
                }
            }
            assertTrue(single.size() >= 3, "the seeds have incidents of one event: " + single);
            long a = single.get(0), b = single.get(1), c = single.get(2);
            long eventOfC = incidents.incident(c).members().get(0).event().id();

            Map<Refusal, List<Long>> refused = new LinkedHashMap<>(); // each refusal and the ids its text must name
            refused.put(assertThrows(Refusal.class, () -> incidents.split(c, List.of(eventOfC))), List.of(c));
            refused.put(assertThrows(Refusal.class, () -> incidents.merge(a, a)), List.of(a));
            incidents.merge(a, b);
            new ReportStore(db).removeReport(reports.get(1));
            Refusal undo = assertThrows(Refusal.class, () -> new IncidentUndo(db).undo());
            assertEquals(Refusal.Reason.STEP_EVENT_REMOVED, undo.reason());
            refused.put(undo, List.of(a, b));
            Reviewer amal = new Reviewer(db, "amal"), omar = new Reviewer(other, "omar");
            amal.look(eventOfC);
            omar.look(eventOfC);
            amal.setFatalities(eventOfC, 12);
            Refusal conflict = assertThrows(Reviewer.EditConflict.class, () -> omar.setFatalities(eventOfC, 3));
            assertEquals(Refusal.Reason.EDIT_CONFLICT, conflict.reason());
            refused.put(conflict, List.of(eventOfC));
            refused.put(assertThrows(Refusal.class, () -> amal.setFatalities(987654321L, 1)), List.of(987654321L));

            for (Map.Entry<Refusal, List<Long>> e : refused.entrySet()) {
                String ar = RefusalText.of(e.getKey(), AR), en = RefusalText.of(e.getKey(), EN);
                List<String> latin = new ArrayList<>();
                var m = LATIN_WORD.matcher(ar.replace("amal", "")); // an analyst's name is theirs
                while (m.find()) latin.add(m.group());
                assertEquals(List.of(), latin, "Latin words in the Arabic refusal: " + ar + " (store: " + e.getKey().getMessage() + ")");
                assertTrue(ar.chars().anyMatch(ch -> Character.UnicodeBlock.of(ch) == Character.UnicodeBlock.ARABIC), ar);
                for (long id : e.getValue()) {
                    assertTrue(ar.contains(Long.toString(id)), ar + " names " + id);
                    assertTrue(en.contains(Long.toString(id)), en + " names " + id);
                }
                assertTrue(en.chars().noneMatch(ch -> Character.UnicodeBlock.of(ch) == Character.UnicodeBlock.ARABIC), en);
            }
            // not a refusal of the store: its own message
            assertEquals("typed", RefusalText.of(new IllegalArgumentException("typed"), AR));
        }
    }
}
