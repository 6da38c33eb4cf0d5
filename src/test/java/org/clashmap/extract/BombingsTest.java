package org.clashmap.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Bombings told by any rigged vehicle, by the bombing's noun or the verb of exploding (triggers.tsv); a suicide
 * bomber's car bomb is one suicide bombing; a bomb seized or foiled went off nowhere (cues.tsv, foils). Sentences
 * written for this test, real gazetteer, a report of 10 May 2016.
 */
class BombingsTest {
    private static List<Event> events(String text) {
        return RealGazetteer.events(text, "2016-05-10");
    }

    private static Event only(String text) {
        List<Event> es = events(text);
        assertEquals(1, es.size(), es.toString());
        return es.get(0);
    }

    @Test
    void anyRiggedVehicleTheBombingAndTheExplosionAreABomb() {
        Event bike = only("أسفر تفجير دراجة نارية مفخخة في مدينة إعزاز عن مقتل خمسة مدنيين.");
        assertEquals(SubEventType.REMOTE_EXPLOSIVE, bike.subType());
        assertEquals(5, bike.fatalities());
        assertEquals(SubEventType.REMOTE_EXPLOSIVE, only("انفجرت شاحنة مفخخة في مدينة القامشلي ما أدى إلى مقتل 12 شخصا.").subType());
        assertEquals(SubEventType.REMOTE_EXPLOSIVE, only("فجرت فصائل المعارضة نفقا مفخخا تحت مواقع قوات النظام في حلب القديمة.").subType());
        // a toll update names the incident by its noun alone
        Event update = only("ارتفعت حصيلة التفجير الذي ضرب مدينة القامشلي يوم الثلاثاء إلى 17 قتيلا.");
        assertEquals(SubEventType.REMOTE_EXPLOSIVE, update.subType());
        assertEquals(17, update.fatalities());
    }

    @Test
    void aSuicideBombersCarBombIsOneSuicideBombing() {
        Event e = only("فجر انتحاري من تنظيم داعش سيارة مفخخة عند حاجز لوحدات حماية الشعب في مدينة الحسكة، ما أدى إلى مقتل 5 عناصر.");
        assertEquals(SubEventType.SUICIDE_BOMB, e.subType());
        assertEquals(5, e.fatalities());
    }

    @Test
    void mustNotFire_aBombSeizedOrFoiled() {
        assertEquals(0, events("ضبطت وحدات حماية الشعب سيارة مفخخة عند مدخل مدينة الحسكة وفككتها.").size());
        assertEquals(0, events("أحبطت الفصائل تفجير سيارة مفخخة في مدينة إدلب.").size());
        assertEquals(0, events("أفشلت وحدات الحماية محاولة تفجير شاحنة مفخخة في مدينة القامشلي.").size());
        // foiling an attack is repelling it: a clash was fought
        assertEquals(SubEventType.ARMED_CLASH, only("أفشلت فصائل المعارضة هجوما لقوات النظام على بلدة كفرزيتا.").subType());
    }
}
