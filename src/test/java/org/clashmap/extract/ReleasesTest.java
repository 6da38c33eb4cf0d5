package org.clashmap.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A release is no event, and the arrest or abduction it ends, told after it in the sentence, is no incident of the news
 * ("أفرج النظام عن 25 معتقلا ... بعد اعتقال دام أشهرا في سجن صيدنايا"). An arrest told before the release and another
 * incident after it stand. Sentences written for this test, real gazetteer, a report of 10 May 2016.
 */
class ReleasesTest {
    private static List<Event> events(String text) {
        return RealGazetteer.events(text, "2016-05-10");
    }

    @Test
    void theDetentionAReleaseEndsIsNoIncident() {
        assertEquals(List.of(), events("أفرج النظام عن 25 معتقلا من أبناء مدينة التل بريف دمشق، بموجب اتفاق تسوية مع وجهاء المدينة، "
                + "بعد اعتقال دام أشهرا في سجن صيدنايا."));
        assertEquals(List.of(), events("أطلقت قوات النظام سراح 10 شبان اعتقلتهم في مدينة التل قبل شهرين."));
    }

    @Test
    void mustNotFire_anArrestBeforeTheReleaseOrAnotherIncidentAfterIt() {
        List<Event> arrest = events("اعتقلت قوات النظام 15 شابا في مدينة التل، وأفرجت عن ثلاثة منهم بعد ساعات.");
        assertEquals(1, arrest.size(), arrest.toString());
        assertEquals(SubEventType.ARRESTS, arrest.get(0).subType());
        List<Event> strike = events("أفرجت الفصائل عن 10 عناصر من النظام، فيما قصفت الطائرات الحربية مدينة دوما.");
        assertEquals(1, strike.size(), strike.toString());
        assertEquals(SubEventType.AIR_DRONE_STRIKE, strike.get(0).subType());
        List<Event> abduction = events("اختطف مسلحون مجهولون ثلاثة شبان في مدينة درعا، وأطلقوا سراح أحدهم بعد ساعات.");
        assertEquals(1, abduction.size(), abduction.toString());
        assertEquals(SubEventType.ABDUCTION, abduction.get(0).subType());
    }
}
