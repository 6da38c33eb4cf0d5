package org.clashmap.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Warnings, accusations, troop build-ups and attacks that are only "any attack" tell no incident (cues.tsv, suppress);
 * an incident told before them in the sentence stands. Sentences written for this test, real gazetteer, a report of
 * 10 May 2016.
 */
class StatementsTest {
    private static List<Event> events(String text) {
        return RealGazetteer.events(text, "2016-05-10");
    }

    @Test
    void warningsAccusationsBuildUpsAndAnyAttackAreNoIncidents() {
        for (String s : List.of(
                "قال المبعوث الدولي إن الحل يجب أن يكون سياسيا، محذرا من أن استمرار القصف على حلب ودمشق سيؤدي إلى كارثة.",
                "يتهم ناشطون قوات النظام باستخدام غاز الكلور في قصف بلدة سرمين.",
                "تحشد الفصائل مقاتليها على جبهة مارع تحسبا لهجوم من تنظيم داعش.",
                "قال قائد في جيش الإسلام إن مقاتليه قادرون على صد أي هجوم على مدينة دوما.")) {
            assertEquals(List.of(), events(s), s);
        }
    }

    @Test
    void aCondemnationIsAStatement() {
        assertEquals(List.of(), events("أدان الائتلاف الوطني السوري القصف الروسي على مدينة أريحا."));
        assertEquals(List.of(), events("ندد ناشطون بالقصف على مدينة سراقب خلال وقفة احتجاجية."));
        assertEquals(List.of(), events("أصدر المجلس المحلي في مدينة الأتارب بيانا يدين القصف الروسي."));
    }

    @Test
    void anAccusationThatTellsTheAttacksDeadIsTheNewsOfThatAttack() {
        List<Event> es = events("اتهم المرصد السوري قوات النظام بقصف مدينة دوما، ما أدى إلى مقتل 5 مدنيين.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(5, es.get(0).fatalities());
        assertEquals("regime", es.get(0).actors().stream().filter(a -> a.role() == ActorRole.ACTOR1).findFirst().orElseThrow().actorId());
        assertEquals(100, events("اتهم ناشطون قوات النظام بارتكاب مجزرة في بلدة التريمسة راح ضحيتها أكثر من 100 شخص.").get(0).fatalities());
        // must not fire: without the dead it stays an accusation
        assertEquals(List.of(), events("اتهمت موسكو مقاتلي المعارضة في دوما بإطلاق النار على الخبراء."));
    }

    @Test
    void aChangeOfHandsToldAsTheTimeSinceItIsHistory() {
        for (String s : List.of("بدأت عشرات العائلات بالعودة إلى مدينة تل أبيض بعد أسابيع من سيطرة وحدات حماية الشعب عليها.",
                "يعاني أهالي مدينة تدمر من نقص حاد في المواد الغذائية بعد أشهر من سيطرة تنظيم داعش عليها.",
                "في مثل هذا اليوم قبل ثلاث سنوات ارتكبت قوات النظام مجزرة في بلدة الحولة.")) {
            assertEquals(List.of(), events(s), s);
        }
        // must not fire: what the sentence tells before the time since stands
        assertEquals(5, events("قتل خمسة مدنيين في قصف على مدينة تدمر بعد أيام من سيطرة تنظيم داعش عليها.").get(0).fatalities());
    }

    @Test
    void aWeeksTallyOverARegionIsAStatistic() {
        assertEquals(List.of(), events("قتل أكثر من 200 شخص خلال الأسبوع الماضي في الغوطة الشرقية، معظمهم في دوما وحرستا وعربين."));
        // must not fire: a few days at one town is one incident told over its days
        assertEquals(45, events("قتل 45 شخصا خلال الأيام الثلاثة الماضية في قصف على مدينة دوما.").get(0).fatalities());
    }

    @Test
    void theDayBeforeYesterdayAfterTheWordDay() {
        Event e = events("قال المرصد إن تنظيم داعش أعدم يوم أمس الأول 12 شخصا في مدينة تدمر.").get(0);
        assertEquals(LocalDate.parse("2016-05-08"), e.date().from());
    }

    @Test
    void mustNotFire_anIncidentToldBeforeTheStatementStands() {
        List<Event> es = events("قتل خمسة مدنيين في قصف على مدينة دوما، وحذر الائتلاف من استمرار القصف.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(5, es.get(0).fatalities());
        // "the Popular Mobilisation" (الحشد) is a force, not a build-up
        assertEquals(1, events("قتل عشرة من عناصر الحشد الشعبي في هجوم لتنظيم داعش على بلدة السخنة.").size());
    }

    @Test
    void whatIsPreparedIsNoIncidentButTheOutcomeOfWhatWasDoneIsItsToll() {
        // the storming "paved the way for" has not happened: one strike, and the outcome clause's dead are its own
        for (String s : List.of("قصفت قوات النظام بلدة داريا بعشرات البراميل تمهيدا لاقتحامها، ما أدى إلى مقتل خمسة مدنيين.",
                "قصفت قوات النظام بلدة داريا بعشرات البراميل استعدادا لاقتحامها، ما أدى إلى مقتل خمسة مدنيين.",
                "قصفت قوات النظام بلدة داريا بعشرات البراميل في وقت تستعد فيه لاقتحامها، ما أدى إلى مقتل خمسة مدنيين.",
                "قصفت الطائرات الروسية بلدة داريا بهدف قطع طرق الإمداد، ما أسفر عن مقتل خمسة مدنيين بينهم طفلان.")) {
            List<Event> es = events(s);
            assertEquals(1, es.size(), s + " " + es);
            assertEquals(EventType.EXPLOSIONS_REMOTE_VIOLENCE, es.get(0).type(), s);
            assertEquals(5, es.get(0).fatalities(), s);
        }
        assertEquals(List.of(), events("حشدت قوات النظام مئات العناصر في محيط بلدة اللطامنة تمهيدا لشن هجوم عليها."));
        assertEquals(List.of(), events("نقلت قوات النظام دبابات إلى بلدة صلنفة استعدادا لمعركة مع فصائل المعارضة."));
    }

    /** Decision 071: a preparation or a plan told with the verb is no incident; an incident told before it stands. */
    @Test
    void aPreparationOrAPlanToldWithTheVerbIsNoIncident() {
        for (String s : List.of("قال قائد ميداني إن فصائل الجنوب تعد لمعركة كبرى لتحرير مدينة درعا بالكامل.",
                "قال مصدر إن قوات النظام تحضر لهجوم واسع على مدينة الزبداني.",
                "تخطط الفصائل لشن هجوم على مطار الثعلة العسكري.",
                "قال ناشطون إن التنظيم ينوي اقتحام مدينة مارع.")) {
            assertEquals(List.of(), events(s), s);
        }
        List<Event> arrest = events("اعتقلت قوات الأمن خلية في حي الوعر بحمص، كانت تعد لتفجير سيارات مفخخة في أحياء المدينة.");
        assertEquals(1, arrest.size(), arrest.toString());
        assertEquals(EventType.STRATEGIC_DEVELOPMENTS, arrest.get(0).type());
    }

    @Test
    void mustNotFire_aVerbOfPreparingWithoutItsNounIsNoPlan() {
        // "is counted as" and "attends" are the same letters as "prepares": the strikes told after them stand
        for (String s : List.of("ويعد لافتا أن الطيران الحربي قصف مدينة مارع أمس.",
                "تعد المدينة من أهم معاقل التنظيم، وقد قصفها الطيران الحربي أمس في مدينة مارع.")) {
            assertEquals(1, events(s).size(), s);
        }
    }

    /** Decision 071: a demand in the participle or the present is a statement; an incident told before it stands. */
    @Test
    void aDemandInTheParticipleOrThePresentIsAStatement() {
        assertEquals(List.of(), events("رحب الائتلاف بالقرار، مطالبا بمحاسبة المسؤولين عن الهجمات الكيماوية على مدينة سرمين."));
        assertEquals(List.of(), events("يطالب الأهالي بوقف القصف على مدينة دوما."));
        List<Event> es = events("قتل خمسة مدنيين بغارة على مدينة دوما، فيما طالب الائتلاف بوقف القصف.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(5, es.get(0).fatalities());
    }

    /** Decision 071: "قد" before the imperfect is what may happen; before the past it is "has", and what was done stands. */
    @Test
    void whatMayHappenIsNoIncident() {
        assertEquals(List.of(), events("قال مصدر إن التنظيم قد يشن هجوما على مدينة مارع."));
        assertEquals(List.of(), events("ويرى محللون أن المعارضة تقدمت، وأن النظام قد يلجأ إلى تصعيد القصف على الأحياء الشرقية لمدينة حلب."));
        assertEquals(1, events("وكان التنظيم قد سيطر على مدينة مارع أمس بعد معارك مع الفصائل.").size());
        List<Event> es = events("قتل خمسة مدنيين في غارة على مدينة مارع قد يكون مصدرها الطيران الروسي.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(5, es.get(0).fatalities());
    }

    /** Decision 071: an accusation told with the attack's wounded counted is the news of that attack, as with its dead. */
    @Test
    void anAccusationThatCountsTheAttacksWoundedIsTheNewsOfThatAttack() {
        List<Event> es = events("اتهم ناشطون قوات النظام بقصف بلدة سرمين، ما أدى إلى إصابة 30 شخصا.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(0, es.get(0).fatalities());
        // no count of the hurt: still only a statement
        assertEquals(List.of(), events("اتهم الائتلاف قوات النظام بقصف بلدة سرمين وإيقاع إصابات بين المدنيين."));
    }

    @Test
    void mustNotFire_aStatementOpeningTheSentenceHasNoIncidentForItsOutcome() {
        assertEquals(List.of(), events("حذر المرصد من أن قوات النظام تستعد لاقتحام بلدة داريا، ما قد يؤدي إلى مقتل العشرات."));
        assertEquals(List.of(), events("هددت الفصائل باقتحام بلدة الفوعة، ما أدى إلى نزوح عشرات العائلات."));
        // the preparatory shelling itself ("قصف تمهيدي") happened
        assertEquals(3, events("شنت قوات النظام قصفا تمهيديا على بلدة كفرنبل أدى إلى مقتل ثلاثة مدنيين.").get(0).fatalities());
    }

    @Test
    void aRunningTotalAfterAnIncidentsTollIsNoMoreOfItsDead() {
        // the week's, the campaign's or the region's total told after today's toll: today's dead only
        assertEquals(3, events("قتل 3 مدنيين اليوم في قصف على مدينة داريا، ليرتفع عدد ضحايا القصف منذ بداية الأسبوع إلى 19.").get(0).fatalities());
        assertEquals(5, events("قتل 5 أشخاص في غارة على بلدة الهبيط، ليصل عدد القتلى في البلدة منذ بداية الحملة إلى 60.").get(0).fatalities());
        assertEquals(3, events("قتل 3 مدنيين في غارة على بلدة كفرزيتا، ليصبح عدد القتلى في البلدة اليوم 11.").get(0).fatalities());
        List<Event> region = events("قتل مدنيان في قصف على بلدة عندان، وبذلك يرتفع عدد القتلى في ريف حلب الشمالي اليوم إلى 14.");
        assertEquals(1, region.size(), region.toString());
        assertEquals(2, region.get(0).fatalities());
        assertEquals(List.of("عندان"), region.get(0).places().stream().map(EventPlace::nameAr).toList());
        // the total's place is the incident's only place: kept, without the total
        Event only = events("قتل في هذه الغارات سبعة مدنيين، ما يرفع عدد القتلى في بلدة تلبيسة منذ مطلع الأسبوع إلى 26.").get(0);
        assertEquals(7, only.fatalities());
        assertEquals(List.of("تلبيسة"), only.places().stream().map(EventPlace::nameAr).toList());
    }

    @Test
    void aTollRisingLaterIsTheIncidentsOwnNewToll() {
        // "then" or "later" tells the same incident's toll rising, not a running total of others
        assertEquals(7, events("قتل 5 مدنيين في غارة على مدينة أريحا، ثم ارتفعت الحصيلة إلى 7.").get(0).fatalities());
        assertEquals(9, events("قتل 6 أشخاص في قصف على بلدة كفرنبل، وارتفع العدد لاحقا إلى 9.").get(0).fatalities());
        assertEquals(8, events("قتل 6 أشخاص في قصف على بلدة كفرنبل، ثم ارتفع العدد إلى ثمانية.").get(0).fatalities());
        // the toll alone, in a sentence of its own, is the dead's
        List<Event> two = events("قتل 3 أشخاص في غارة على حي الشعار. وقال الدفاع المدني إن العدد ارتفع إلى سبعة.");
        assertEquals(7, two.stream().mapToInt(e -> e.fatalities() == null ? 0 : e.fatalities()).max().orElse(0), two.toString());
        // must not fire: a running total of the campaign stays out, "ثم" or not elsewhere in the sentence
        assertEquals(4, events("قتل 4 مدنيين ثم جرح آخرون في قصف على مدينة داريا، ليرتفع عدد ضحايا القصف منذ بداية الأسبوع إلى 19.")
                .get(0).fatalities());
        // must not fire: the wounded's toll rising is no toll of the dead
        assertEquals(5, events("قتل 5 مدنيين في غارة على مدينة أريحا، ثم ارتفع عدد الجرحى إلى 20.").get(0).fatalities());
    }

    @Test
    void anUpdateNamingNoWiderSetIsTheIncidentsOwnToll() {
        // the present tense and the toll named before its verb, told in the incident's own sentence
        assertEquals(6, events("قتل 4 مدنيين في قصف على بلدة معرشورين، وبذلك يرتفع عدد القتلى إلى 6.").get(0).fatalities());
        assertEquals(9, events("قتل 7 أشخاص في غارة على مدينة خان شيخون، وبذلك ترتفع حصيلة القتلى إلى 9.").get(0).fatalities());
        assertEquals(8, events("قتل 5 مدنيين في غارة على حي الشعار، وقال الدفاع المدني إن العدد ارتفع إلى ثمانية.").get(0).fatalities());
        assertEquals(8, events("قتل 5 مدنيين في غارة على حي الشعار، وقال الدفاع المدني إن عدد القتلى ارتفع إلى ثمانية.").get(0).fatalities());
        // must not fire: a total that names its time, its place or what it sums up
        assertEquals(4, events("قتل 4 مدنيين في قصف على بلدة معرشورين، وبذلك يرتفع عدد القتلى إلى 30 منذ بداية الحملة.").get(0).fatalities());
        assertEquals(4, events("قتل 4 مدنيين في قصف على بلدة معرشورين، وبذلك يرتفع عدد القتلى اليوم إلى 11.").get(0).fatalities());
        assertEquals(4, events("قتل 4 مدنيين في قصف على بلدة معرشورين، وبذلك يرتفع عدد القتلى إلى 11 في ريف إدلب الجنوبي.").get(0).fatalities());
        assertEquals(4, events("قتل 4 مدنيين في قصف على بلدة معرشورين، وبذلك يرتفع عدد ضحايا الغارات إلى 15.").get(0).fatalities());
        // must not fire: after another incident's toll, a bare total may sum both
        List<Event> two = events("قتل شخصان في قصف على بلدة حاس. وقتل 3 مدنيين في غارة على بلدة كفرومة، وبذلك يرتفع عدد القتلى إلى 5.");
        assertEquals(List.of(2, 3), two.stream().map(Event::fatalities).toList(), two.toString());
    }

    @Test
    void othersKilledInAClauseOfTheirOwnAreDeadOfTheirPlace() {
        List<Event> two = events("قتل 4 مدنيين في غارة على مدينة سراقب، وقتل آخران في قصف على بلدة سرمين.");
        assertEquals(6, two.stream().mapToInt(e -> e.fatalities() == null ? 0 : e.fatalities()).sum(), two.toString());
        List<Event> one = events("قتل 4 مدنيين في غارة على مدينة سراقب، وقتل آخر في قصف على بلدة سرمين.");
        assertEquals(5, one.stream().mapToInt(e -> e.fatalities() == null ? 0 : e.fatalities()).sum(), one.toString());
        // must not fire: "another" with no casualty word of its own before it
        assertEquals(3, events("قتل 3 مدنيين في قصف على مدينة سراقب، آخر معاقل المعارضة في المنطقة.").get(0).fatalities());
        assertEquals(2, events("قتل مدنيان في قصف على بلدة سرمين في يوم آخر من التصعيد.").get(0).fatalities());
    }

    @Test
    void mustNotFire_anUpdateOpeningTheSentenceIsTheIncidentsNewToll() {
        assertEquals(23, events("ارتفعت حصيلة القتلى جراء الغارات على مدينة معرة النعمان إلى 23 مدنيا.").get(0).fatalities());
        assertEquals(30, events("ارتفع عدد القتلى في قصف على مدينة دوما من 20 إلى 30 مدنيا.").get(0).fatalities());
    }

    @Test
    void stateMediasArmyThatPutAnEndToItsEnemiesFought() {
        Event e = events("قضت وحدات من الجيش على 20 إرهابيا في قرية اللطامنة بريف حماة.").get(0);
        assertEquals(EventType.BATTLES, e.type());
        assertEquals(20, e.fatalities());
        // must not fire: a court's ruling, years spent in prison, a running count of the dead
        assertEquals(List.of(), events("قضت المحكمة بسجنه في مدينة دمشق."));
        assertEquals(List.of(), events("قضى سنوات في سجن صيدنايا قبل الإفراج عنه."));
        assertEquals(List.of(), events("وثقت المجموعة حتى اليوم 1117 فلسطينيا قضوا في مخيم اليرموك."));
        // deaths that are no violence
        assertEquals(List.of(), events("قضى ستة مدنيين غرقا أثناء محاولتهم عبور نهر الفرات قرب مدينة الميادين."));
        assertEquals(List.of(), events("قتل ثلاثة أشخاص في حادث سير على طريق حمص حماة."));
    }
}
