package org.clashmap.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The word matcher and the actor lexicon. */
class LexiconTest {
    private static List<String> actorsIn(String text) {
        Lexicon lex = Lexicon.load();
        return lex.matcher.find(text, 0, text.length()).stream()
                .flatMap(m -> m.payloads().stream())
                .filter(t -> t instanceof Term.ActorAlias).map(t -> ((Term.ActorAlias) t).actorId()).toList();
    }

    @Test
    void longerAliasWinsOverTheWordsItContains() {
        assertEquals(List.of("opposition"), actorsIn("الجيش السوري الحر"));
        assertEquals(List.of("regime"), actorsIn("الجيش السوري"));
    }

    @Test
    void cliticsMarksAndQuotesAreSeenThrough() {
        assertEquals(List.of("isis"), actorsIn("وتنظيم “داعش”"));
        assertEquals(List.of("regime"), actorsIn("لقوات النظام"));
        assertEquals(List.of("regime"), actorsIn("بِقُوّاتِ النِّظام"));
        assertEquals(List.of("hezbollah"), actorsIn("وميليشيات حزب الله"));
    }

    @Test
    void namesContainingAnActorWordAreNotActors() {
        assertEquals(List.of(), actorsIn("مدير الدفاع المدني في إدلب"));
        assertEquals(List.of("civilians"), actorsIn("مقتل 42 مدنياً"));
    }

    @Test
    void articleAfterLamIsFound() {
        assertTrue(Lexicon.load().matcher.find("خلايا تتبع للتنظيم", 0, 18).stream()
                .anyMatch(m -> m.payloads().contains(new Term.ActorAlias("isis", true, false))));
    }

    /**
     * Decision 072: the matcher keeps the longest phrase, so a trigger row longer than a word of dying it starts with
     * ("استشهدوا" over "استشهد") hides that word unless casualties.tsv holds the longer form too.
     */
    @Test
    void noTriggerHidesAWordOfDying() {
        List<String> dying = LexiconFile.rows("casualties.tsv").stream()
                .filter(r -> r[1].equals("killed") && !r[0].endsWith("$") && !r[0].startsWith("^")).map(r -> r[0]).toList();
        java.util.Set<String> casualtyForms = new java.util.HashSet<>();
        for (String[] r : LexiconFile.rows("casualties.tsv")) casualtyForms.add(r[0].replace("$", ""));
        for (String[] t : LexiconFile.rows("triggers.tsv")) {
            String form = t[0].replace("$", "");
            if (form.contains(" ") || casualtyForms.contains(form)) continue;
            for (String d : dying) assertTrue(form.equals(d) || !form.startsWith(d), form + " hides " + d);
        }
    }

    @Test
    void wholeWordEntriesDoNotMatchLongerWords() {
        String t = "الأحداث";
        assertTrue(Lexicon.load().matcher.find(t, 0, t.length()).stream()
                .noneMatch(m -> m.payloads().stream().anyMatch(p -> p instanceof Term.Weekday)));
    }

    @Test
    void actorsHaveNamesAndColours() {
        Actors a = Actors.load();
        for (String id : List.of("regime", "isis", "opposition", "hts", "sdf", "turkey", "sna", "russia", "hezbollah",
                "iran_militias", "coalition", "israel", "civilians")) {
            assertNotNull(a.get(id), id);
            assertTrue(a.colour(id).matches("#[0-9a-f]{6}"), id);
        }
        assertEquals("Islamic State (ISIS)", a.nameEn("isis"));
        assertTrue(a.isGovernment("regime"));
    }

    @Test
    void topicAliasNeedsTheActorNamedFirst() {
        var without = Fixture.events("شن التنظيم هجوما على مواقع قوات النظام قرب السخنة.", "2018-04-25").get(0);
        assertTrue(without.actors().stream().noneMatch(x -> x.actorId().equals("isis")));
        var with = Fixture.events("عاد تنظيم داعش إلى البادية. وشن التنظيم هجوما على مواقع قوات النظام قرب السخنة.", "2018-04-25").get(0);
        assertEquals("isis", with.actor(ActorRole.ACTOR1));
    }

    @Test
    void sentenceIsTheExactSpan() {
        String text = "مقدمة الخبر.\nاندلعت اشتباكات بين قوات النظام وتنظيم داعش في محيط السخنة أمس. وقال المرصد كلاما.";
        Event e = Fixture.only(text, "2018-04-25");
        assertEquals(e.sentence(), text.substring(e.charStart(), e.charEnd()));
        assertTrue(e.sentence().startsWith("اندلعت") && e.sentence().endsWith("أمس."));
    }
}
