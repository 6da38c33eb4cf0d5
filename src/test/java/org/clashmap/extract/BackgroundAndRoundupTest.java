package org.clashmap.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a report tells besides its news: history dated weeks before it, statistics over months, round-ups across
 * governorates. None is an incident of the report (ACLED and UCDP code the incidents when they happen, not their
 * later retelling or totals). Sentences written for this test, real gazetteer, a report of 10 August 2016.
 */
class BackgroundAndRoundupTest {
    private static List<Event> events(String text) {
        return RealGazetteer.events(text, "2016-08-10");
    }

    /** Decision 071: what a monthly or yearly report tells is a statistic; a toll next to the report's mere mention stands. */
    @Test
    void whatAMonthlyReportTellsIsAStatistic() {
        assertEquals(List.of(), events("قالت الشبكة في تقريرها الشهري إن 412 مدنيا قتلوا في مدينة حلب خلال شهر تموز."));
        assertEquals(List.of(), events("وثق المرصد في تقرير شهري مقتل 1200 شخص في محافظة إدلب."));
        List<Event> es = events("قتل خمسة مدنيين بغارة على مدينة دوما، ونشر المرصد تقريره الشهري.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(5, es.get(0).fatalities());
    }

    @Test
    void historyMonthsBeforeTheReportIsNoIncident() {
        assertEquals(List.of(), events("وكان التنظيم قد سيطر على مدينة تدمر في أيار الماضي بعد معارك مع قوات النظام."));
    }

    @Test
    void aFewDaysBeforeTheReportIsNews() {
        // must not fire: five days back is still this report's news
        assertEquals(1, events("سيطر التنظيم على مدينة تدمر في 5 آب بعد معارك مع قوات النظام.").size());
    }

    @Test
    void aTollOverMonthsIsAStatistic() {
        assertEquals(List.of(), events("قتل 40 مدنيا في قصف قوات النظام على مدينة دوما منذ 3 أيار."));
    }

    @Test
    void aTollOverDaysIsAnIncident() {
        // must not fire: "since the day before yesterday" is one incident still going on
        List<Event> es = events("قتل 4 مدنيين في قصف قوات النظام على مدينة دوما منذ أول أمس.");
        assertEquals(1, es.size());
        assertEquals(4, es.get(0).fatalities());
    }

    @Test
    void aSiegeOrAHoldSinceYearsDescribesThePlaceNotTheIncident() {
        // the span is how long the town has been besieged or held: the shelling is today's, with its dead
        for (String text : List.of("قتل 4 مدنيين في قصف على مدينة داريا المحاصرة منذ عام 2012.",
                "قتل 4 مدنيين في قصف على مدينة داريا المحاصرة منذ سنوات.",
                "قتل 4 مدنيين في قصف على مدينة داريا التي تحاصرها قوات النظام منذ عام 2012.",
                "قتل 4 مدنيين في غارة على مدينة معرة النعمان الخاضعة لسيطرة الفصائل منذ عام 2014.",
                "قتل 4 مدنيين في قصف على بلدة مورك، التي تسيطر عليها الفصائل منذ عام 2014.")) {
            List<Event> es = events(text);
            assertEquals(1, es.size(), text + " " + es);
            assertEquals(4, es.get(0).fatalities(), text);
            assertEquals(java.time.LocalDate.parse("2016-08-10"), es.get(0).date().to(), text);
        }
    }

    @Test
    void mustNotFire_aSpanOfTheIncidentItselfOrADayAfterAHold() {
        // with no place phrase before it, "منذ سنوات" is still a total over years
        assertEquals(List.of(), events("قتل 400 مدني في قصف على مدينة داريا منذ سنوات."));
        // a day after "areas it holds" is the incident's day, not the hold's start
        List<Event> es = events("شن التنظيم هجوما على فصائل المعارضة المحاذية لمناطق سيطرته في ريف درعا الغربي يوم الأحد.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(java.time.LocalDate.parse("2016-08-07"), es.get(0).date().from());
        // further on than a qualifier's few words, the date is the sentence's again
        List<Event> far = events("قتل 12 شخصا في سوق بلدة أريحا التي تسيطر عليها المعارضة في محافظة إدلب بشمال غرب البلاد يوم أمس الثلاثاء.");
        assertEquals(1, far.size(), far.toString());
        assertEquals(java.time.LocalDate.parse("2016-08-09"), far.get(0).date().from());
    }

    @Test
    void aStatisticWithAFigureOfItsOwnLeavesTheIncidentsTollBeforeIt() {
        List<Event> es = events("قتل 5 أشخاص في غارة على بلدة الهبيط، وقتل في البلدة منذ بداية الشهر 60 شخصا.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(5, es.get(0).fatalities());
        assertEquals(4, events("قتل 4 مدنيين في قصف على مدينة داريا اليوم، علما أن القصف على المدينة أوقع 30 قتيلا خلال الشهر الماضي.")
                .get(0).fatalities());
        // must not fire: a statistic with no figure of its own sums up the figures before it
        assertEquals(List.of(), events("قتل 40 مدنيا، بينهم 10 أطفال، منذ بدء الحملة على مدينة داريا."));
    }

    @Test
    void aCountOfIncidentsOverAPeriodIsNoStatisticOfTheirDead() {
        // "the third of its kind in a month": how often such incidents came, not how many died over the month
        List<Event> es = events("قتل شاب برصاص مسلحين مجهولين في بلدة طفس، وهي الحادثة الثالثة من نوعها في البلدة خلال شهر.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(1, es.get(0).fatalities());
        assertEquals(3, events("قتل 3 مدنيين في قصف على مدينة خان شيخون، وهو ثالث قصف على المدينة خلال الأشهر الثلاثة الماضية.")
                .get(0).fatalities());
        assertEquals(2, events("قتل عنصران من الشرطة بانفجار عبوة ناسفة في مدينة الباب للمرة الثانية خلال شهرين.").get(0).fatalities());
        // must not fire: the month's statistic with no count of incidents still sums up the figures before it
        assertTrue(events("قتل 40 مدنيا، بينهم 10 أطفال، في مدينة داريا خلال شهر.").stream().allMatch(e -> e.fatalities() == null));
        // must not fire: a count of incidents in another clause leaves the statistic after it alone
        assertTrue(events("وهي الثالثة من نوعها. وقتل 60 مدنيا في مدينة داريا خلال الأشهر الماضية.").stream().allMatch(e -> e.fatalities() == null));
    }

    @Test
    void governoratesOnlyInThreeGovernoratesAreARoundup() {
        assertEquals(List.of(), events("قصفت طائرات التحالف الدولي مواقع التنظيم في دير الزور والحسكة والرقة."));
    }

    @Test
    void twoGovernoratesOrTownsAreKept() {
        // must not fire: two capitals can be one night's strikes; four towns are places an analyst can map
        assertEquals(1, events("قصفت طائرات التحالف الدولي مواقع التنظيم في مدينتي دير الزور والرقة.").size());
        List<Event> towns = events("قصفت طائرات النظام بلدات سراقب وأريحا وخان شيخون ومعرة النعمان.");
        assertEquals(1, towns.size());
        assertEquals(4, towns.get(0).places().size());
    }

    @Test
    void anEarlierIncidentToldInThePastPerfectLendsTheNewsNeitherItsDateNorItsDead() {
        List<Event> es = events("قتل ثلاثة مدنيين اليوم في غارة على مدينة بنش. وكانت غارة مماثلة على البلدة قد أودت بحياة خمسة أشخاص الأسبوع الماضي.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(3, es.get(0).fatalities());
        assertEquals(java.time.LocalDate.parse("2016-08-10"), es.get(0).date().from());
        // an earlier strike at another place is an incident of its own, not a place of the news
        List<Event> two = events("قتل عشرون شخصا في غارات على سوق في مدينة معرة النعمان اليوم. وكانت الطائرات نفسها قد استهدفت يوم الإثنين مستشفى في بلدة كفرنبل.");
        assertEquals(2, two.size(), two.toString());
        assertEquals(20, two.get(0).fatalities());
        assertEquals(List.of("معرة النعمان"), two.get(0).places().stream().map(EventPlace::nameAr).toList());
    }

    @Test
    void mustNotFire_thePastPerfectInsideTheSentenceOrWithoutQad() {
        // "وكان" without قد goes on with the news ("وكان القصف عنيفا")
        List<Event> es = events("قتل ثلاثة مدنيين اليوم في غارة على مدينة بنش. وكان القصف عنيفا على البلدة، ما أدى إلى مقتل خمسة.");
        assertEquals(1, es.size(), es.toString());
    }

    @Test
    void aDaysTollAcrossTheWholeCountryIsARoundUp() {
        assertEquals(List.of(), events("وثق المرصد مقتل 80 شخصا في عموم سوريا أمس، بينهم 30 في مدينة حلب."));
        assertEquals(List.of(), events("قتل 45 شخصا في سوريا اليوم، بينهم 12 في مدينة حلب و8 في مدينة إدلب."));
        // must not fire: one strike on a town "in Syria", or an attack told in the clause of the country
        Event strike = events("قتل 5 مدنيين في غارة روسية على مدينة إدلب في سوريا اليوم.").get(0);
        assertEquals(5, strike.fatalities());
        assertEquals(java.time.LocalDate.parse("2016-08-10"), strike.date().from());
        assertEquals(3, events("قتل 3 جنود أتراك في سوريا بهجوم على مدينة الباب اليوم.").get(0).fatalities());
    }

    @Test
    void aClauseNamingItsOwnPastTimeIsBackgroundToTheIncidentBeforeIt() {
        // decision 067: its figures neither add to the incident's toll nor stand for it, and its date is not the incident's
        List<Event> town = events("تجدد القصف على بلدة كفرنبل صباح اليوم، وهي البلدة التي قتل فيها 11 مدنيا قبل شهرين.");
        assertEquals(1, town.size(), town.toString());
        assertEquals(null, town.get(0).fatalities());
        assertEquals(7, events("قتل 7 أشخاص في انفجار عبوة ناسفة في مدينة الباب، وكان آخر تفجير في أيار الماضي وأودى بحياة 15 شخصا.")
                .get(0).fatalities());
        assertEquals(4, events("قتل 4 مدنيين في قصف على مدينة دير حافر، التي سيطر عليها التنظيم في نيسان الماضي.").get(0).fatalities());
        // an anniversary opening the sentence: today's toll follows it
        assertEquals(3, events("في ذكرى مجزرة كرم الزيتون، قتل اليوم ثلاثة أطفال في قصف على حي الوعر.").get(0).fatalities());
    }

    @Test
    void mustNotFire_aLateDateAloneIsTheIncidentsAndAPastIncidentAloneIsHistory() {
        // a date alone after a comma, with no event word of its own, dates the incident: months back, history
        assertEquals(List.of(), events("قتل أربعة عناصر من التنظيم في غارة على مدينة الباب، يوم 24 أيار الماضي."));
        assertEquals(List.of(), events("قتل 11 مدنيا في غارة على بلدة كفرنبل قبل شهرين."));
        // a background clause before the incident's own date leaves both as they were
        List<Event> es = events("قتل 3 مدنيين في غارة على بلدة كفرنبل أمس، وقتل اثنان آخران اليوم.");
        assertEquals(5, es.stream().mapToInt(e -> e.fatalities() == null ? 0 : e.fatalities()).sum(), es.toString());
    }

    @Test
    void aCountOfIncidentsOverAPeriodIsNoneOfThem() {
        // decision 067: the figure counts the incidents themselves, the period sums them up
        assertEquals(List.of(), events("قال مكتب التوثيق إنه وثق 19 عملية ومحاولة اغتيال في مدينة درعا خلال آب الجاري."));
        assertEquals(List.of(), events("شن الطيران الحربي 35 غارة على مدينة خان شيخون خلال آب الجاري."));
        // must not fire: strikes counted on a day, and an incident counted among others of its kind
        assertEquals(1, events("شن الطيران الحربي 12 غارة على مدينة خان شيخون اليوم.").size());
        assertEquals(1, events("اغتال مجهولون قياديا في مدينة درعا، وهي العملية الثالثة من نوعها خلال آب الجاري.").size());
    }

    @Test
    void anIncidentAfterAStatisticPointsBackToItsTown() {
        // decision 067: "البلدة" is the town the statistic named, its figures stay out
        List<Event> es = events("وثق ناشطون وفاة 15 شخصا في بلدة مضايا منذ مطلع الشهر، بينما قتل اليوم رجل بانفجار لغم في محيط البلدة.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(1, es.get(0).fatalities());
        assertEquals(List.of("مضايا"), es.get(0).places().stream().map(EventPlace::nameAr).toList());
        // must not fire: "المنطقة" points to no town, and a denied raid is none
        assertEquals(List.of(), events("نفت وزارة الدفاع الروسية استهداف أي مواقع مدنية في مدينة أريحا، مؤكدة أن طائراتها لم تنفذ طلعات في المنطقة."));
    }
}
