package org.clashmap.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Who the dead are (decision 067): a person named after "وهو" is the one just told, and the side named after a mine or a
 * bomb left it there, it is not the side of the dead. Sentences written for this test, real gazetteer, 10 May 2016.
 */
class WhoTheDeadAreTest {
    private static List<Event> events(String text) {
        return RealGazetteer.events(text, "2016-05-10");
    }

    @Test
    void aPersonAfterWahuIsTheOneJustTold() {
        assertEquals(1, events("استهدفت طائرة مسيرة سيارة في بلدة سرمدا، ما أدى إلى مقتل سائقها، وهو ممرض.").get(0).fatalities());
        assertEquals(2, events("قتل شخصان في قصف على بلدة كفرنبل، وهما شقيقان.").get(0).fatalities());
        // must not fire: a person joined by و is one more ("مقتله ومرافقه"), and a count with digits is counted
        assertEquals(2, events("استهدفت طائرة مسيرة سيارة في بلدة سرمدا، ما أدى إلى مقتل سائقها ومرافقه.").get(0).fatalities());
        assertEquals(4, events("قتل 4 مدنيين في قصف على بلدة كفرنبل، وهي الحصيلة الأعلى هذا الأسبوع.").get(0).fatalities());
    }

    @Test
    void theSideNamedAfterAMineLeftIt() {
        Event e = events("قتل راع بانفجار لغم أرضي من مخلفات تنظيم داعش قرب قرية الكسرة.").get(0);
        assertEquals(1, e.fatalities());
        assertEquals("isis", e.actor(ActorRole.ACTOR1));
        assertNotEquals("isis", e.actor(ActorRole.ACTOR2));
        // must not fire: the side named before the bomb is the side of the dead
        Event soldiers = events("قتل 3 عناصر من قوات النظام بانفجار عبوة ناسفة في بلدة الغارية الغربية.").get(0);
        assertEquals(3, soldiers.fatalities());
        assertEquals(List.of("regime"), soldiers.actors().stream().map(EventActor::actorId).toList());
    }
}
