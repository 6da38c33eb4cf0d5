package org.clashmap.extract;

import org.clashmap.gazetteer.Gazetteers;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 23 item 4: a line without sentence ends is read in bounded pieces; an interrupted extraction stops. */
class LongLineTest {
    static final String CHUNK = "قصفت طائرات حربية مدينة حلب و قتل 3 مدنيين في اشتباكات مع داعش قرب السخنة ";

    @Test
    void aLineWithoutSentenceEndsIsCutAtSpacesIntoBoundedSentences() {
        String text = CHUNK.repeat(800); // ~60,000 characters, no full stop
        ReportLayout layout = ReportLayout.of(text, List.of());
        assertTrue(layout.sentences.size() >= text.length() / ReportLayout.MAX_SENTENCE_CHARS, "cut: " + layout.sentences.size());
        int covered = 0;
        for (ReportLayout.Sentence s : layout.sentences) {
            assertTrue(s.end() - s.start() <= ReportLayout.MAX_SENTENCE_CHARS, "too long: " + (s.end() - s.start()));
            assertTrue(s.start() == 0 || Character.isWhitespace(text.charAt(s.start() - 1)), "cut inside a word at " + s.start());
            covered += s.end() - s.start();
        }
        assertTrue(text.strip().length() - covered < layout.sentences.size(), "only the spaces at the cuts are left out");
    }

    @Test
    void ordinarySentencesAreNotCut() {
        String text = "قصفت طائرات حربية مدينة حلب. وقتل 3 مدنيين في اشتباكات قرب السخنة.";
        assertEquals(2, ReportLayout.of(text, List.of()).sentences.size());
    }

    @Test
    void anInterruptedExtractionStopsBetweenSentences() {
        RuleBasedExtractor x = new RuleBasedExtractor(Gazetteers.load());
        Report r = new Report(CHUNK.repeat(50), LocalDate.of(2016, 3, 10), TimePrecision.DAY, "long.txt", "test");
        Thread.currentThread().interrupt();
        try {
            var e = assertThrows(java.util.concurrent.CancellationException.class, () -> x.extract(r));
            assertTrue(e.getMessage().contains("long.txt"), e.getMessage());
        } finally {
            Thread.interrupted();
        }
        assertTrue(!x.extract(r).events().isEmpty(), "without the interrupt it extracts");
    }
}
