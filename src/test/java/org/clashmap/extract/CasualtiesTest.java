package org.clashmap.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Fatalities and wounded: digits in both scripts, number words, vague quantities, sides, breakdowns. */
class CasualtiesTest {
    private static final String PUB = "2018-04-25";

    private static Event clash(String tail) {
        return Fixture.only("اندلعت اشتباكات بين قوات النظام وتنظيم داعش في محيط السخنة " + tail, PUB);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            أسفرت عن مقتل 12 عنصراً.               | 12
            أسفرت عن مقتل ١٢ عنصراً.               | 12
            والحصيلة 8 قتلى.                       | 8
            أسفرت عن مقتل اثنين من المدنيين.       | 2
            أسفرت عن مقتل خمسة عشر عنصراً.          | 15
            أسفرت عن مقتل عشرة عناصر.              | 10
            قتل فيها العشرات من جنود النظام.       | 10
            أسفرت عن مقتل عشرات العناصر.           | 10
            أسفرت عن مقتل مئات العناصر.            | 100
            أسفرت عن مقتل عدد من العناصر.          | null
            أسفرت عن مقتل وجرح عناصر.              | null
            أسفرت عن مقتل 34 عنصراً وجرح آخرين.    | 34
            أسفرت عن سقوط 6 عناصر.                 | 6
            أسفرت عن مقتل ثلاثة وعشرين عنصراً.      | 23
            أسفرت عن مقتل مئة وخمسين عنصراً.        | 150
            """)
    void fatalities(String tail, Integer dead) {
        assertEquals(dead, clash(tail.strip()).fatalities());
    }

    @Test
    void woundedAreKeptApartFromDead() {
        Event e = clash("ما أدى إلى مقتل 42 مدنياً و80 جريحاً.");
        assertEquals(42, e.fatalities());
        assertEquals(80, e.wounded());
    }

    @Test
    void deadPerSide() {
        Event e = clash("وقتل 15 شخصاً من عناصر التنظيم وإصابة آخرين، كما سقط 6 من عناصر المعارضة.");
        assertEquals(21, e.fatalities());
        assertEquals(15, side(e, "isis"));
        assertEquals(6, side(e, "opposition"));
    }

    @Test
    void numberBeforeItsSideAndVerb() {
        Event e = Fixture.only("قال المرصد إن 5 من عناصر النظام قتلوا جراء هجوم لتنظيم داعش على حواجز قرب السخنة.", PUB);
        assertEquals(5, e.fatalities());
        assertEquals(5, side(e, "regime"));
    }

    @Test
    void breakdownIsNotCountedTwice() {
        Event e = Fixture.events("هاجم تنظيم داعش مدينة البوكمال أمس.\n"
                + "وارتفعت حصيلة القتلى من الطرفين إلى 30 عنصراً من النظام. ويتوزع القتلى بين 16 من النظام و14 آخرين من الميليشيات.\n"
                + "في المقابل، قتل 21 داعشياً، بينهم عشرة انتحاريين.", "2018-06-10").get(0);
        assertEquals(51, e.fatalities());
        assertEquals(30, side(e, "regime"));
        assertEquals(21, side(e, "isis"));
    }

    /** The numbers after a negation do not count; the negation says nobody was hurt: 0 dead, 0 wounded (GUIDE). */
    @Test
    void negatedCasualtiesDoNotCount() {
        Event e = Fixture.only("شنت طائرات النظام أربع غارات على بلدة الصورة، دون تسجيل 3 إصابات بين المدنيين.", PUB);
        assertEquals(0, e.wounded());
        assertEquals(0, e.fatalities());
    }

    /** The calibre, the distance and the date are no dead; "قتل عنصر" is one (a person noun after a casualty word). */
    @Test
    void calibresDistancesAndDatesAreNotDead() {
        Event e = clash("واستولى على رشاش عيار 14.5 على بعد 17 كم في 3 أيار 2018 وقتل عنصر.");
        assertEquals(1, e.fatalities());
    }

    private static Integer side(Event e, String actor) {
        return e.actors().stream().filter(a -> a.actorId().equals(actor)).findFirst().map(EventActor::fatalities).orElse(null);
    }
    @Test
    void aLaterTollWithoutSidesRestatesTheWholeToll() {
        // "4 civilians" then "the shelling's victims reached 7": 7 in all, not 4 + 7
        assertEquals(7, Fixture.only("سقطت قذيفة على حي في مدينة الرستن مما أدى إلى مقتل 4 مدنيين. "
                + "وقال مصدر طبي إن عدد ضحايا القصف بلغ 7 قتلى.", PUB).fatalities());
        // a smaller restatement does not lower the toll (a later sentence restates or updates, decision in Tally)
        assertEquals(4, Fixture.only("سقطت قذيفة على حي في مدينة الرستن مما أدى إلى مقتل 4 مدنيين. "
                + "وقال مصدر طبي إن عدد ضحايا القصف بلغ 3 قتلى.", PUB).fatalities());
        // must not fire: each side's dead told in its own sentence add up
        assertEquals(8, Fixture.only("اندلعت اشتباكات بين قوات النظام وتنظيم الدولة في محيط السخنة قتل فيها 5 من عناصر النظام. "
                + "كما قتل في الاشتباكات 3 من عناصر التنظيم.", PUB).fatalities());
    }
}
