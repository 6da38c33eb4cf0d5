package org.clashmap.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Words of news language the lexicons lacked: one shell or two (قذيفة، قذيفتا), two raids (غارتين), a killing of "the
 * two of them" (مقتلهما), the verb of assassination (اغتال), Turkish artillery; and a shell is fired from the ground even
 * in a sentence that names aircraft. Sentences written for this test, real gazetteer, a report of 10 May 2016.
 */
class ShellsAndDualsTest {
    private static List<Event> events(String text) {
        return RealGazetteer.events(text, "2016-05-10");
    }

    @Test
    void oneShellOrTwoIsShelling() {
        List<Event> one = events("سقطت قذيفة هاون على حي المزة في دمشق ما أدى لإصابة طفل.");
        assertEquals(1, one.size(), one.toString());
        assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, one.get(0).subType());
        assertEquals(0, one.get(0).fatalities(), "only a wounded child: nobody died");
        assertEquals(1, events("سقطت قذيفتا هاون على حي المزة في دمشق.").size());
        // a number of shells counts shells, not dead (CasualtyRulesTest had this with the shells not yet event words)
        List<Event> during = events("اندلعت اشتباكات بين قوات النظام وتنظيم داعش في محيط السخنة وسقط أكثر من 20 قذيفة على الأحياء.");
        assertEquals(2, during.size(), "a clash and the shelling beside it, as an air strike during a clash is");
        during.forEach(e -> assertEquals(null, e.fatalities()));
    }

    @Test
    void oneMissileOrTwoIsAStrike() {
        List<Event> two = events("أطلقت قوات النظام صاروخين من نوع أرض أرض على مدينة تلبيسة، دون ورود أنباء عن إصابات.");
        assertEquals(1, two.size(), two.toString());
        assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, two.get(0).subType());
        assertEquals(0, two.get(0).fatalities(), "no casualties reported");
        // from the air when a raid word says so (weak, like صواريخ)
        List<Event> air = events("شنت طائرات حربية غارة بصاروخ على بلدة كفرنبل.");
        assertEquals(SubEventType.AIR_DRONE_STRIKE, air.get(0).subType(), air.toString());
        // must not fire: a missile defence system is no strike
        assertEquals(0, events("نشرت روسيا منظومة الدرع الصاروخية في مدينة طرطوس.").size());
    }

    @Test
    void oneBarrelOrTwoIsAnAirStrike() {
        List<Event> counted = events("ألقت مروحيات النظام 20 برميلا متفجرا على مدينة داريا.");
        assertEquals(1, counted.size(), counted.toString());
        assertEquals(SubEventType.AIR_DRONE_STRIKE, counted.get(0).subType());
        assertEquals(null, counted.get(0).fatalities(), "20 barrels are no dead");
        List<Event> two = events("قتل مدنيان باستهداف بلدة كفر داعل ببرميلين متفجرين.");
        assertEquals(SubEventType.AIR_DRONE_STRIKE, two.get(0).subType(), two.toString());
        // must not fire: a barrel of oil
        assertEquals(0, events("ارتفع سعر برميل النفط في مدينة داريا.").size());
    }

    @Test
    void aShellInASentenceOfAircraftIsNoAirStrike() {
        List<Event> es = events("شن الطيران الحربي غارتين على مدينة عربين، وسقطت قذيفة هاون على حي المزة في دمشق.");
        assertEquals(List.of(SubEventType.AIR_DRONE_STRIKE, SubEventType.SHELLING_ARTILLERY_MISSILE),
                es.stream().map(Event::subType).toList(), es.toString());
        // must not fire: a bombardment (قصف) by aircraft is still their air strike
        assertEquals(SubEventType.AIR_DRONE_STRIKE, events("قصف الطيران الحربي بلدة عربين بالصواريخ.").get(0).subType());
    }

    @Test
    void theTwoOfThemAreTwoDead() {
        assertEquals(2, events("استهدفت طائرة مسيرة سيارة تقل قياديين قرب مدينة سرمدا، ما أدى إلى مقتلهما.").get(0).fatalities());
        // must not fire: "him" is one
        assertEquals(1, events("استهدفت طائرة مسيرة سيارة تقل قياديا قرب مدينة سرمدا، ما أدى إلى مقتله.").get(0).fatalities());
    }

    @Test
    void theTwoOfThemAlreadyCountedAreNotCountedAgain() {
        assertEquals(2, events("قتل عنصران من قوات النظام في قرية خناصر، وأعلنت صفحات موالية مقتلهما.").get(0).fatalities());
        assertEquals(3, events("قتل ثلاثة عناصر من قوات النظام في قرية خناصر، وأعلنت صفحات موالية مقتلهم.").get(0).fatalities());
    }

    @Test
    void hisKillingIsNoVillage() {
        // "مقتله" and the village مقتلة (by Manbij) are one word once ة and ه fall together: as written, it is the death
        Event e = events("انفجرت عبوة ناسفة في سيارة قيادي في مدينة دوما، ما أدى إلى مقتله.").get(0);
        assertEquals(List.of("دوما"), e.places().stream().map(EventPlace::nameAr).toList());
        assertEquals(1, e.fatalities());
        // must not fire: written with ة after its kind word, it is the village
        Event village = events("سقطت قذيفة على قرية مقتلة قرب منبج.").get(0);
        assertEquals(List.of("مقتلة"), village.places().stream().map(EventPlace::nameAr).toList());
    }

    @Test
    void anAssassinationAndTurkishArtillery() {
        assertEquals(SubEventType.ATTACK, events("اغتال مجهولون قياديا في الجيش الحر في مدينة درعا البلد.").get(0).subType());
        Event e = events("قصفت المدفعية التركية مواقع لقسد في قرية تل رفعت.").get(0);
        assertEquals("turkey", e.actors().stream().filter(a -> a.role() == ActorRole.ACTOR1).findFirst().orElseThrow().actorId());
    }
    @Test
    void aStrikesNationalityIsItsHand() {
        for (String[] c : new String[][]{{"قتل مدنيان في قصف مدفعي تركي على قرية مرعناز.", "turkey"},
                {"قتل 3 عناصر من قسد بقصف تركي على قرية الشيخ عيسى.", "turkey"},
                {"شنت طائرات حربية تركية غارات على قرية جنديرس.", "turkey"},
                {"قتل 6 مدنيين في غارة أمريكية على قرية الغندورة.", "coalition"},
                {"قتل ستة مدنيين جراء القصف التركي على مركز مدينة عفرين.", "turkey"}}) {
            Event e = events(c[0]).get(0);
            assertEquals(c[1], e.actors().stream().filter(a -> a.role() == ActorRole.ACTOR1).findFirst().orElseThrow().actorId(), c[0]);
        }
        // "القصف التركي" is still a shelling: the adjective no longer hides its event word
        assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, events("قتل ستة مدنيين جراء القصف التركي على مركز مدينة عفرين.").get(0).subType());
    }

    @Test
    void mustNotFire_aNationalityAfterOtherNouns() {
        Event e = events("سقطت قذيفة قرب الحدود التركية في بلدة أطمة دون إصابات.").get(0);
        assertTrue(e.actors().stream().noneMatch(a -> a.actorId().equals("turkey")), e.actors().toString());
        Event f = events("قتل شاب برصاص مجهولين في قرية مرعناز بعد عودته من الأراضي التركية.").get(0);
        assertTrue(f.actors().stream().noneMatch(a -> a.actorId().equals("turkey")), f.actors().toString());
    }

    @Test
    void aWarplaneThatFellOnAMarketIsAnIncident() {
        List<Event> es = events("سقطت أمس طائرة حربية تابعة للنظام في سوق شعبي وسط مدينة الرستن، مما أدى إلى سقوط عشرات القتلى والجرحى.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(SubEventType.AIR_DRONE_STRIKE, es.get(0).subType());
        // "عشرات القتلى والجرحى": dozens of dead and wounded together; how many died is not told (null)
        assertEquals(null, es.get(0).fatalities(), "the dead and the wounded counted together");
        assertEquals(10, events("سقطت أمس طائرة حربية تابعة للنظام في سوق شعبي وسط مدينة الرستن، مما أدى إلى سقوط عشرات القتلى.")
                .get(0).fatalities(), "عشرات: 10, as the annotation guide reads vague words");
        // must not fire: a raid word decides the event's kind, the warplane does not add a second one
        List<Event> raid = events("شنت طائرة حربية غارتين على مدينة الرستن.");
        assertEquals(1, raid.size(), raid.toString());
        // must not fire: warplanes as a fleet, in a statement, are no incident
        assertEquals(0, events("وتعهد النظام بإرسال طائرات حربية إلى مطار حماة.").size());
    }
}
