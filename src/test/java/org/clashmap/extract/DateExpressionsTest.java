package org.clashmap.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** One case per date expression, resolved against a publication date (Wednesday 2018-04-25 unless said). */
class DateExpressionsTest {
    private static final String PUB = "2018-04-25";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            اليوم                         | 2018-04-25 | 2018-04-25 | DAY
            أمس                           | 2018-04-24 | 2018-04-24 | DAY
            يوم أمس                       | 2018-04-24 | 2018-04-24 | DAY
            أول أمس                       | 2018-04-23 | 2018-04-23 | DAY
            أول من أمس                    | 2018-04-23 | 2018-04-23 | DAY
            الليلة الماضية                | 2018-04-24 | 2018-04-24 | DAY
            فجر الخميس                    | 2018-04-19 | 2018-04-19 | DAY
            صباح الأربعاء                 | 2018-04-25 | 2018-04-25 | DAY
            مساء أمس الثلاثاء             | 2018-04-24 | 2018-04-24 | DAY
            منذ الجمعة                    | 2018-04-20 | 2018-04-25 | WEEK
            منذ أيام                      | 2018-04-18 | 2018-04-24 | WEEK
            منذ أسبوعين                   | 2018-04-08 | 2018-04-14 | WEEK
            قبل نحو أسبوعين               | 2018-04-08 | 2018-04-14 | WEEK
            منتصف الشهر الماضي            | 2018-03-11 | 2018-03-20 | MONTH
            مطلع آذار                     | 2018-03-01 | 2018-03-10 | MONTH
            أواخر شباط                    | 2018-02-21 | 2018-02-28 | MONTH
            منتصف شهر مارس/آذار الماضي   | 2018-03-11 | 2018-03-20 | MONTH
            في 14 نيسان                   | 2018-04-14 | 2018-04-14 | DAY
            في 28 نيسان                   | 2017-04-28 | 2017-04-28 | DAY
            في 26 نيسان                   | 2018-04-26 | 2018-04-26 | DAY
            في 25 نيسان                   | 2018-04-25 | 2018-04-25 | DAY
            في كانون الأول                | 2017-12-01 | 2017-12-31 | MONTH
            في يناير                      | 2018-01-01 | 2018-01-31 | MONTH
            نهاية شهر مايو/أيار من عام 2015 | 2015-05-21 | 2015-05-31 | MONTH
            مطلع 2017                     | 2017-01-01 | 2017-02-28 | MONTH
            ٣ أيار ٢٠١٦                   | 2016-05-03 | 2016-05-03 | DAY
            في الساعات الــ 24 الماضية     | 2018-04-24 | 2018-04-25 | WEEK
            الساعات الـ24 الماضية          | 2018-04-24 | 2018-04-25 | WEEK
            الأربعاء الماضي               | 2018-04-18 | 2018-04-18 | DAY
            الخميس الماضي                 | 2018-04-19 | 2018-04-19 | DAY
            يوم الأربعاء                  | 2018-04-25 | 2018-04-25 | DAY
            الليلة قبل الماضية            | 2018-04-23 | 2018-04-23 | DAY
            في ساعات الصباح الأولى        | 2018-04-25 | 2018-04-25 | DAY
            فجر اليوم                     | 2018-04-25 | 2018-04-25 | DAY
            مساء أمس                      | 2018-04-24 | 2018-04-24 | DAY
            أمس الأول                     | 2018-04-23 | 2018-04-23 | DAY
            منذ يومين                     | 2018-04-23 | 2018-04-25 | WEEK
            قبل يومين                     | 2018-04-23 | 2018-04-23 | DAY
            قبل يوم واحد                  | 2018-04-24 | 2018-04-24 | DAY
            قبل خمسة أيام                 | 2018-04-20 | 2018-04-20 | DAY
            قبل 6 أيام                    | 2018-04-19 | 2018-04-19 | DAY
            قبل عشرة أيام                 | 2018-04-15 | 2018-04-15 | DAY
            منذ أربعة أيام                | 2018-04-21 | 2018-04-25 | WEEK
            خلال اليومين الماضيين         | 2018-04-23 | 2018-04-25 | WEEK
            لليوم الثالث على التوالي      | 2018-04-23 | 2018-04-25 | WEEK
            لليوم الخامس على التوالي      | 2018-04-21 | 2018-04-25 | WEEK
            في اليوم السابع على التوالي   | 2018-04-19 | 2018-04-25 | WEEK
            لليوم العاشر على التوالي      | 2018-04-16 | 2018-04-25 | MONTH
            للأسبوع الثاني على التوالي    | 2018-04-12 | 2018-04-25 | MONTH
            هذا الأسبوع                   | 2018-04-19 | 2018-04-25 | WEEK
            الأسبوع الماضي                | 2018-04-13 | 2018-04-22 | MONTH
            الشهر الحالي                  | 2018-04-01 | 2018-04-30 | MONTH
            في 4 يوليو (تموز)             | 2017-07-04 | 2017-07-04 | DAY
            في 9 آب                       | 2017-08-09 | 2017-08-09 | DAY
            صيف 2016                      | 2016-05-01 | 2016-08-31 | MONTH
            في الثامن من الشهر الجاري     | 2018-04-08 | 2018-04-08 | DAY
            يوم الحادي والعشرين من الشهر الماضي | 2018-03-21 | 2018-03-21 | DAY
            في 3 من الشهر الجاري          | 2018-04-03 | 2018-04-03 | DAY
            في الثامن من الشهر            | 2018-04-08 | 2018-04-08 | DAY
            يوم 12 من الشهر               | 2018-04-12 | 2018-04-12 | DAY
            في الثاني من نيسان            | 2018-04-02 | 2018-04-02 | DAY
            في الحادي والثلاثين من الشهر الجاري | 2018-04-01 | 2018-04-30 | MONTH
            في 20/4/2018                  | 2018-04-20 | 2018-04-20 | DAY
            في 9 / 4 / 2018               | 2018-04-09 | 2018-04-09 | DAY
            في 20-4-2018                  | 2018-04-20 | 2018-04-20 | DAY
            بتاريخ 2018-04-09             | 2018-04-09 | 2018-04-09 | DAY
            بتاريخ 2018/04/09             | 2018-04-09 | 2018-04-09 | DAY
            يوم الجمعة 20/4               | 2018-04-20 | 2018-04-20 | DAY
            في ٢٠/٤/٢٠١٨                  | 2018-04-20 | 2018-04-20 | DAY
            ليل الأحد الاثنين             | 2018-04-22 | 2018-04-23 | WEEK
            يومي الاثنين والثلاثاء        | 2018-04-23 | 2018-04-24 | WEEK
            ليلة الثلاثاء الأربعاء        | 2018-04-24 | 2018-04-25 | WEEK
            """)
    void resolvesAgainstPublication(String expr, String from, String to, TimePrecision p) {
        var x = Fixture.extract("سيطرت قوات النظام على محيط السخنة بعد اشتباكات مع تنظيم داعش " + expr.strip() + ".", PUB, TimePrecision.DAY);
        DateRange want = new DateRange(LocalDate.parse(from), LocalDate.parse(to), p);
        // the control claim keeps every date (front lines need history too)
        assertEquals(want, x.claims().get(0).date());
        // an incident only when the date is news: not history a month old, not a span of months (BackgroundAndRoundupTest)
        boolean background = want.to().isBefore(LocalDate.parse(PUB).minusDays(31)) || want.from().plusDays(31).isBefore(want.to());
        assertEquals(background ? 0 : 1, x.events().size(), x.events()::toString);
        if (!background) assertEquals(want, x.events().get(0).date());
    }

    @Test
    void mustNotFire_daysAfterAnEventAreNoDateAndTheDaysBackAreNoDead() {
        // decision 062: "قبل خمسة أيام" dates the incident; its number counts no dead
        Event back = Fixture.only("قتل 3 عناصر في اشتباكات بين قوات النظام وتنظيم داعش في محيط السخنة قبل خمسة أيام.", PUB);
        assertEquals(3, back.fatalities());
        assertEquals(new DateRange(LocalDate.parse("2018-04-20"), LocalDate.parse("2018-04-20"), TimePrecision.DAY), back.date());
        // "بعد خمسة أيام من" tells how long after something else, not when: the default window stays
        Event after = Fixture.only("اندلعت اشتباكات بين قوات النظام وتنظيم داعش في محيط السخنة بعد خمسة أيام من الهدوء.", PUB);
        assertEquals(new DateRange(LocalDate.parse("2018-04-23"), LocalDate.parse("2018-04-25"), TimePrecision.WEEK), after.date());
    }

    @Test
    void sentenceWithoutDateTakesTheTwoDaysBeforePublication() {
        Event e = Fixture.only("اندلعت اشتباكات بين قوات النظام وتنظيم داعش في محيط السخنة.", PUB);
        assertEquals(new DateRange(LocalDate.parse("2018-04-23"), LocalDate.parse("2018-04-25"), TimePrecision.WEEK), e.date());
    }

    @Test
    void mustNotFire_anOrdinalAfterANounIsItsAdjective() {
        // "أسبوعها الثاني من الشهر الجاري": the truce's second week, not the 2nd of the month
        Event e = Fixture.only("اندلعت اشتباكات بين قوات النظام وتنظيم داعش في محيط السخنة في أسبوعها الثاني من الشهر الجاري.", PUB);
        assertEquals(new DateRange(LocalDate.parse("2018-04-01"), LocalDate.parse("2018-04-30"), TimePrecision.MONTH), e.date());
    }

    @Test
    void mustNotFire_aBareMonthWordWithoutItsDayIsNoDate() {
        // decision 062: "الشهر" alone is this month only after a day and من; "أسبوعها الثاني من الشهر" names no day
        Event e = Fixture.only("اندلعت اشتباكات بين قوات النظام وتنظيم داعش في محيط السخنة في أسبوعها الثاني من الشهر.", PUB);
        assertEquals(new DateRange(LocalDate.parse("2018-04-23"), LocalDate.parse("2018-04-25"), TimePrecision.WEEK), e.date());
    }

    @Test
    void aFatherIsNoAugust() {
        // "أب وطفلته" (a father and his daughter): أب with a hamza is no month
        Event e = Fixture.only("اندلعت اشتباكات بين قوات النظام وتنظيم داعش في محيط السخنة قتل فيها أب وطفلته.", PUB);
        assertEquals(new DateRange(LocalDate.parse("2018-04-23"), LocalDate.parse("2018-04-25"), TimePrecision.WEEK), e.date());
    }

    @Test
    void aGateIsNoAugust() {
        // "باب" (gate) ends in the letters of آب (August): read as ب + آب it dated the clash to August of last year.
        Event e = Fixture.only("اندلعت اشتباكات بين قوات النظام وتنظيم داعش قرب باب السخنة.", PUB);
        assertEquals(new DateRange(LocalDate.parse("2018-04-23"), LocalDate.parse("2018-04-25"), TimePrecision.WEEK), e.date());
    }

    @Test
    void backgroundHistoryIsNotInheritedByTheNews() {
        var es = Fixture.events("سيطر تنظيم داعش على مدينة تدمر صيف 2015. واندلعت اشتباكات بين قوات النظام وتنظيم داعش في محيط السخنة.", PUB);
        Event sukhnah = es.stream().filter(e -> e.places().stream().anyMatch(p -> p.nameAr().equals("السخنة"))).findFirst().orElseThrow();
        assertEquals(new DateRange(LocalDate.parse("2018-04-23"), LocalDate.parse("2018-04-25"), TimePrecision.WEEK), sukhnah.date());
    }

    @Test
    void aRecentDateIsStillInherited() {
        var es = Fixture.events("قصفت قوات النظام مدينة تدمر الأسبوع الماضي. واندلعت اشتباكات بين قوات النظام وتنظيم داعش في محيط السخنة.", PUB);
        assertEquals(es.get(0).date(), es.get(es.size() - 1).date());
    }

    @Test
    void sentenceWithoutDateInheritsTheDateOfThePreviousSentenceInItsParagraph() {
        var es = Fixture.events("قصفت قوات النظام مدينة تدمر أول أمس.\nواندلعت اشتباكات بين قوات النظام وتنظيم داعش في محيط السخنة.", PUB);
        assertEquals(2, es.size());
        assertEquals(DateRange.day(LocalDate.parse("2018-04-23")), es.get(1).date());
    }

    @Test
    void weekPrecisionWidensRelativeDays() {
        var x = Fixture.extract("اندلعت اشتباكات بين قوات النظام وتنظيم داعش في محيط السخنة أمس.", "2018-04-19", TimePrecision.WEEK);
        assertEquals(new DateRange(LocalDate.parse("2018-04-15"), LocalDate.parse("2018-04-21"), TimePrecision.WEEK), x.events().get(0).date());
    }

    @Test
    void aWeekdayFixesTodayInAReportDatedWithinAWeek() {
        var x = Fixture.extract("شنت طائرات النظام فجر الخميس غارات على بلدة الصورة.\n"
                + "وحاول عناصر حزب الله التسلل يوم أمس على أطراف مدينة بصرى الشام.", "2018-04-20", TimePrecision.WEEK);
        assertEquals(DateRange.day(LocalDate.parse("2018-04-19")), x.events().get(0).date());
        assertEquals(DateRange.day(LocalDate.parse("2018-04-18")), x.events().get(1).date());
    }

    @Test
    void undatedReportKeepsEventsUndatedEvenWithRelativeWords() {
        var x = Fixture.extract("اندلعت اشتباكات بين قوات النظام وتنظيم داعش في محيط السخنة أمس.\nقصفت الطائرات الروسية تدمر قبل أسبوع.", null, TimePrecision.UNKNOWN);
        assertEquals(2, x.events().size());
        x.events().forEach(e -> assertFalse(e.date().isKnown(), e.toString()));
    }

    @Test
    void explicitYearStaysKnownInAnUndatedReport() {
        var x = Fixture.extract("اندلعت اشتباكات بين قوات النظام وتنظيم داعش في محيط السخنة في 3 أيار 2016.", null, TimePrecision.UNKNOWN);
        assertEquals(DateRange.day(LocalDate.parse("2016-05-03")), x.events().get(0).date());
    }

    @Test
    void pastPerfectClauseKeepsItsDateToItself() {
        var x = Fixture.extract("قصفت قوات النظام مدينة تدمر أمس.\nواستعاد مقاتلو تنظيم الدولة نقاطاً كانت قوات النظام قد سيطرت عليها يوم الجمعة في جبال محسة القريتين.",
                "2016-03-21", TimePrecision.DAY);
        Event recapture = x.events().stream().filter(e -> e.subType() == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY).findFirst().orElseThrow();
        assertEquals(DateRange.day(LocalDate.parse("2016-03-20")), recapture.date());
        var regimeClaim = x.claims().stream().filter(c -> c.actorId().equals("regime")).findFirst().orElseThrow();
        assertEquals(DateRange.day(LocalDate.parse("2016-03-18")), regimeClaim.date());
    }

    @Test
    void aCampaignsStartDatesNoIncidentAfterIt() {
        // "the battle that began on 4 April": a period up to today, not the day of the next sentence's shelling
        var es = Fixture.events("وأظهرت المعركة التي بدأت في 4 نيسان الحالي خسائر كبيرة لقوات النظام في محيط السخنة.\n"
                + "وقصفت قوات النظام مدينة تدمر بالمدفعية.", PUB);
        Event first = es.get(0);
        assertEquals(LocalDate.parse("2018-04-04"), first.date().from());
        assertEquals(LocalDate.parse("2018-04-25"), first.date().to());
        Event palmyra = es.stream().filter(e -> e.places().stream().anyMatch(p -> p.nameAr().equals("تدمر"))).findFirst().orElseThrow();
        assertEquals(new DateRange(LocalDate.parse("2018-04-23"), LocalDate.parse("2018-04-25"), TimePrecision.WEEK), palmyra.date());
    }

    @Test
    void aDayAfterBeganIsStillADay() {
        // must not fire: "بدأت" without في before the date is no start phrase of a period
        Event e = Fixture.only("بدأت قوات النظام هجوما على محيط السخنة أمس.", PUB);
        assertEquals(DateRange.day(LocalDate.parse("2018-04-24")), e.date());
    }

    @Test
    void dayAfterPutsTheEventOnTheEve() {
        Event e = Fixture.events("تراجع تنظيم داعش إلى أطراف مدينة البوكمال أمس، غداة هجمات انتحارية على مواقع لقوات النظام.", "2018-06-10").get(0);
        assertEquals(DateRange.day(LocalDate.parse("2018-06-08")), e.date());
    }

    @org.junit.jupiter.api.Test
    void mustNotFire_aRangeOfFiguresIsNoDayAndADatesFiguresAreNoDead() {
        // "10-15" with a dash and no year is a range of dead, not the 10th of a 15th month or of May
        assertEquals(10, Fixture.only("قتل ما بين 10-15 عنصرا في اشتباكات في محيط السخنة.", PUB).fatalities());
        // the figures of a date are neither dead nor a year of history
        Event e = Fixture.only("قتل 3 عناصر في اشتباكات في محيط السخنة في 20/4/2018.", PUB);
        assertEquals(3, e.fatalities());
        assertEquals(LocalDate.parse("2018-04-20"), e.date().from());
    }
}
