package org.clashmap.extract;

import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A time adverb between a verb of killing and the persons it killed ("أعدم التنظيم يوم الجمعة شابين"، "قتلت قوات النظام
 * مساء أمس طفلين") does not part them: the persons are counted as right after the verb. Sentences written for this
 * test, real gazetteer, a report of 10 May 2016.
 */
class ObjectAfterATimeTest {
    private static Event only(String text) {
        return RealGazetteer.only(text, "2016-05-10");
    }

    @Test
    void aDualOrAPersonAfterTheDayIsCounted() {
        assertEquals(2, only("أعدم تنظيم داعش يوم الجمعة شابين في مدينة الرقة.").fatalities());
        assertEquals(2, only("قتلت قوات النظام مساء أمس طفلين في قصف على بنش.").fatalities());
        assertEquals(1, only("قتلت قوات النظام اليوم امرأة في قصف على بنش.").fatalities());
        // as without the adverb
        assertEquals(2, only("أعدم تنظيم داعش شابين في مدينة الرقة.").fatalities());
    }

    @Test
    void mustNotFire_aPersonTooFarFromTheVerb() {
        // the verb's own reach, without the adverb, is still three words: a person of a later clause is no victim
        Event e = only("قصفت قوات النظام مدينة بنش يوم الجمعة، وقال الأهالي إن طفلين كانا في المنزل.");
        assertEquals(null, e.fatalities(), e.toString());
        // two children buried in the evening are the dead already counted, not two more
        assertEquals(3, only("قتل 3 مدنيين في غارة على بنش يوم الجمعة، وشيع الأهالي مساء أمس طفلين.").fatalities());
    }
}
