package org.clashmap.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A clause opened by "في حين", "بينما", "كما" that tells the same kind of event again, with an indefinite event word
 * and a place of its own, is a second incident with its own toll; with the article the word points back to the
 * incident just told. Sentences written for this test, real gazetteer, a report of 10 May 2016.
 */
class ClauseIncidentsTest {
    private static List<Event> events(String text) {
        return RealGazetteer.events(text, "2016-05-10");
    }

    @Test
    void aSecondStrikeInAWhereasClauseIsItsOwnIncident() {
        for (String opener : List.of("في حين", "بينما", "فيما")) {
            List<Event> es = events("قتل 8 أشخاص بينهم أطفال في غارات جوية على بلدتي حاس وكفرنبل في ريف إدلب، "
                    + opener + " قتل شخصان في قصف على مدينة أريحا.");
            assertEquals(2, es.size(), opener + ": " + es);
            assertEquals(8, es.get(0).fatalities(), "the first toll is the first strike's whole toll, not shared with Ariha");
            assertEquals(2, es.get(1).fatalities());
            assertEquals("أريحا", es.get(1).places().get(0).nameAr());
        }
    }

    @Test
    void mustNotFire_theClashesWithTheArticlePointBack() {
        List<Event> es = events("دارت اشتباكات عنيفة بين قوات النظام وتنظيم داعش في محيط مدينة القريتين، "
                + "كما أسفرت الاشتباكات عن مقتل 10 عناصر من التنظيم قرب مدينة القريتين.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(10, es.get(0).fatalities());
    }

    @Test
    void aPlaceLocatedByATownAfterItKeepsItsClausesToll() {
        // "شمال شرقي مدينة إدلب" says where Maarat Misrin lies: the clause still tells one place's dead
        List<Event> es = events("قتل 20 مدنيا في غارات على بلدة معرة مصرين شمال شرقي مدينة إدلب، و6 في بلدة دارة عزة.");
        assertEquals(1, es.size(), es.toString());
        Integer maarat = es.get(0).places().stream().filter(p -> p.nameAr().startsWith("معر")).findFirst().orElseThrow().fatalities();
        assertEquals(20, maarat, es.toString());
    }

    @Test
    void mustNotFire_aClauseWithoutAPlaceTellsMoreOfTheSameStrike() {
        List<Event> es = events("شن الطيران الحربي غارات على مدينة أريحا، بينما قتل ثلاثة مدنيين في غارات أخرى.");
        assertEquals(1, es.size(), es.toString());
    }
}
