package org.clashmap.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names of forces the actor lexicon had lacked (actors.tsv): units and militias of the regime, a council within the SDF,
 * Iraqi militias backed by Iran, American aircraft. Sentences written for this test, real gazetteer, a report of
 * 10 May 2016.
 */
class ActorNamesTest {
    private static List<String> actors(String text) {
        List<Event> es = RealGazetteer.events(text, "2016-05-10");
        assertEquals(1, es.size(), es.toString());
        return es.get(0).actors().stream().map(EventActor::actorId).toList();
    }

    @Test
    void forcesNamedByTheirOwnNames() {
        assertEquals("regime", actors("قصفت قوات صقور الصحراء مواقع المعارضة في قرية كنسبا.").get(0));
        assertEquals("regime", actors("قتل عنصران من قوات النمر في هجوم على بلدة خناصر.").get(0));
        assertEquals(List.of("sdf"), actors("سيطر المجلس العسكري السرياني على قرية في ريف الحسكة قرب تل تمر."));
        assertEquals(List.of("iran_militias"), actors("قتل عنصران من حركة النجباء العراقية في معارك قرب بلدة خان طومان."));
        assertEquals(List.of("coalition"), actors("استهدفت طائرة مسيرة أمريكية سيارة في مدينة سرمدا."));
    }

    @Test
    void mustNotFire_aNameThatSharesAWord() {
        // the Falcons of al-Sham are an opposition faction, not the Desert Hawks
        List<String> a = actors("سيطرت ألوية صقور الشام على قرية في جبل الزاوية.");
        assertEquals(List.of("opposition"), a);
        // a Turkish drone stays Turkey's
        assertTrue(actors("استهدفت طائرة مسيرة تركية سيارة في مدينة سرمدا.").contains("turkey"));
    }

    @Test
    void aDroneNamedByTheParticipleAloneTakesItsNationality() {
        // decision 068: "المسيرات التركية"، "مسيرة تركية" are drones as "طائرة مسيرة تركية" is
        assertTrue(actors("شنت المسيرات التركية ثلاث غارات على قرية المناجير.").contains("turkey"));
        assertTrue(actors("استهدفت مسيرة أمريكية سيارة في مدينة سرمدا.").contains("coalition"));
        // must not fire: a march, and a nationality further from the drone than its adjective
        assertEquals(List.of(), RealGazetteer.events("خرجت مسيرة مؤيدة للحكومة التركية في مدينة أعزاز.", "2016-05-10"));
        assertTrue(!actors("استهدفت مسيرة سيارة قرب الحدود التركية في مدينة سرمدا.").contains("turkey"));
    }
}
