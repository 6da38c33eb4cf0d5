package org.clashmap.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Decision 072: a report's title (its first line) sums up its main incident; when the body tells that incident at a
 * place the title names without repeating the title's figure of the dead, the figure is the incident's. Sentences
 * written for this test, real gazetteer, a report of 10 May 2016.
 */
class TitleTollTest {
    private static List<Event> events(String title, String body) {
        return RealGazetteer.events(title + "\n\n" + body, "2016-05-10");
    }

    @Test
    void theTitlesTollGoesToTheBodysIncidentAtItsPlace() {
        List<Event> es = events("مقتل 12 مدنيا بغارات على بلدة كفرنبل",
                "شنت طائرات حربية غارات على بلدة كفرنبل في ريف إدلب الجنوبي اليوم، وتسببت بدمار كبير في المنازل.");
        assertEquals(1, es.size(), es::toString);
        assertEquals(12, es.get(0).fatalities());
    }

    @Test
    void onlyTheFirstIncidentThereTakesIt() {
        List<Event> es = events("مقتل 12 مدنيا بغارات على بلدة كفرنبل",
                "شنت طائرات حربية غارات على بلدة كفرنبل اليوم.\n\nوفي حادث آخر، انفجرت عبوة ناسفة في بلدة كفرنبل أمس.");
        assertEquals(12, es.get(0).fatalities(), es::toString);
        assertNull(es.get(es.size() - 1).fatalities(), es::toString);
    }

    @Test
    void mustNotFire_anotherPlaceOwnFigureOrNobodyHurt() {
        // the body's incident is elsewhere
        assertNull(events("مقتل 12 مدنيا بغارات على بلدة كفرنبل", "شنت طائرات حربية غارات على بلدة سراقب اليوم.")
                .get(0).fatalities());
        // the body gives its own figure, or says nobody was hurt
        assertEquals(9, events("مقتل 12 مدنيا بغارات على بلدة كفرنبل",
                "شنت طائرات حربية غارات على بلدة كفرنبل اليوم، ما أدى إلى مقتل 9 مدنيين.").get(0).fatalities());
        assertEquals(0, events("مقتل 12 مدنيا بغارات على بلدة كفرنبل",
                "شنت طائرات حربية غارات على بلدة كفرنبل اليوم، دون وقوع إصابات.").get(0).fatalities());
        // a body that counts dead at another place has told its figure: the title's is not added elsewhere
        List<Event> counted = events("مقتل 12 مدنيا بغارات على محافظة إدلب",
                "قتل 12 مدنيا بغارات على بلدة كفرنبل اليوم.\n\nوسيطرت الفصائل على مدينة إدلب في آذار الماضي بعد معارك.");
        assertEquals(12, counted.stream().mapToInt(e -> e.fatalities() == null ? 0 : e.fatalities()).sum(), counted::toString);
        // a heading inside the body is no title
        List<Event> es = RealGazetteer.events("غارات على إدلب\n\nشنت طائرات حربية غارات على بلدة كفرنبل اليوم.\n"
                + "مقتل 12 مدنيا في كفرنبل\nوقصف الطيران بلدة سراقب.", "2016-05-10");
        assertNull(es.get(0).fatalities(), es::toString);
    }
}
