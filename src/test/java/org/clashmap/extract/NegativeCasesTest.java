package org.clashmap.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text that mentions fighting without reporting an incident. */
class NegativeCasesTest {
    private static final String PUB = "2018-04-25";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "يواصل النظام استعداداته لمعركة محتملة في محافظة درعا.",
            "وأضاف إن النظام يستعد لعملية عسكرية تهدف إلى طرد المسلحين من درعا.",
            "طالبت الأمم المتحدة جميع الأطراف بوقف المعارك في درعا.",
            "حذر وزير الدفاع من أن الانسحاب حال انتهاء المعارك في الرقة سيكون خطأ.",
            "هدد الجيش الحر باغتيال الموافقين على المصالحة في درعا.",
            "اتهمت موسكو مقاتلي المعارضة في دوما بإطلاق النار على الخبراء.",
            "أكد البنتاغون أن دمشق تملك القدرة على شن هجمات كيماوية في المستقبل.",
            "ستناقش المفاوضات في جنيف وقف المعارك في درعا.",
            "يقوم النظام بمعارك وهمية مع تنظيم داعش في السخنة.",
            "استقدمت قوات النظام تعزيزات بهدف السيطرة على مخيم اليرموك.",
            "اندلعت اشتباكات بين الجيش الروسي والأوكراني قرب موسكو.",
            "معارك صحراء حمص تعود والاشتباكات تتجدد في السخنة",
            "وتزامن مشهد زيادة هجمات التنظيم على قوات النظام مع عودة القصف الروسي على السخنة.",
            "والواضح أن قوات النظام بدأت تستشعر الخطر في السخنة، وكذلك الغارات الروسية.",
            "وأشارت المصادر إلى أن التنظيم يهاجم في كل ليلة مواقع للنظام في محيط السخنة.",
            "ويقصف النظام منذ سنوات بشكل يومي أحياء مدينة درعا.",
            "ويستهدف الطيران منذ أشهر بانتظام قرى ريف إدلب.",
            "وقال إن مطار المزة هدف للثوار لأنه قاعدة لمروحيات النظام التي تقصف مدينة داريا.",
            "وتستمر قوات النظام بخرق الاتفاق عبر استهداف درعا بالقذائف أو الغارات الجوية.",
            // "thousands of dead" sums up a campaign, not one incident
            "وحصد هذا القصف آلاف القتلى وأوقع أضرارا بالغة في مدينة الرستن.",
            "وأوقعت المعارك في محيط السخنة آلاف الضحايا من الطرفين.",
            // a future denied is no incident
            "وقال المتحدث إن الطيران الروسي لن يشارك في المعارك في محيط السخنة.",
            // a bomb defused did not go off
            "فككت وحدات الهندسة عبوة ناسفة زرعها مسلحون على طريق حمص تدمر.",
            "وتمكنت فرق الهندسة من تفكيك سيارة مفخخة قرب مدينة الرستن.",
            // what observers think or expect
            "ويرى مراقبون أن معركة السخنة ستحدد مصير المنطقة.",
            "ومن المتوقع أن تبدأ المعارك في درعا بعد أيام.",
            // the future has not happened
            "وقال قائد ميداني إن قواته ستشن هجوما واسعا على مدينة الرقة خلال الأيام القادمة.",
            "وأكد المتحدث أن الطيران سيستهدف مواقع التنظيم في السخنة.",
            "وسوف تبدأ المعركة في درعا بعد انتهاء المفاوضات.",
            // aircraft flying over is no strike
            "حلق الطيران الحربي في سماء مدينة الرستن طوال الليل.",
            "وأفاد ناشطون بتحليق طائرة مسيرة فوق مدينة تدمر.",
            "وعاد الهدوء إلى السخنة وسط تحليق مكثف للطيران الحربي في سمائها."
    })
    void noEvent(String text) {
        assertEquals(0, Fixture.events(text, PUB).size(), () -> Fixture.events(text, PUB).toString());
    }

    @Test
    void aHabitOverTheLastDaysIsFightingGoingOn() {
        // a habit bounded by a recent span is an ongoing battle at its places, dated over the span (annotation
        // guide: "ongoing for days -> a wider range")
        var es = Fixture.events("وأشارت المصادر إلى أن التنظيم ومنذ أكثر من أسبوعين يهاجم في كل ليلة مواقع للنظام في محيط السخنة.", PUB);
        assertEquals(1, es.size(), es::toString);
        assertEquals(SubEventType.ARMED_CLASH, es.get(0).subType());
        assertEquals(java.time.LocalDate.parse(PUB), es.get(0).date().to());
        assertTrue(es.get(0).date().from().isBefore(java.time.LocalDate.parse(PUB).minusDays(13)), es.get(0).date()::toString);
        var days = Fixture.events("ومنذ أيام تقصف قوات النظام بشكل يومي أطراف مدينة الرستن.", PUB);
        assertEquals(1, days.size(), days::toString);
        // the present tense in a main clause is shelling going on; after a relative pronoun (listed above) it is not
        var now = Fixture.events("تقصف قوات النظام منذ الصباح أطراف مدينة الرستن.", PUB);
        assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, now.get(0).subType(), now::toString);
    }

    @Test
    void anAirForceNamedAsTheDoerIsTheStrikesAircraft() {
        // "الطيران الروسي" is an actor's name and the aircraft word at once: its massacre is an air strike
        var es = Fixture.events("ارتكب الطيران الروسي مجزرة في مدينة الرستن راح ضحيتها 32 مدنيا.", PUB);
        assertEquals(1, es.size(), es::toString);
        assertEquals(SubEventType.AIR_DRONE_STRIKE, es.get(0).subType());
        assertEquals(32, es.get(0).fatalities());
        // a massacre committed is an incident: by a side's planes an air strike, by its forces an attack on civilians
        var planes = Fixture.events("ارتكبت طائرات النظام مجزرة في مدينة الرستن.", PUB);
        assertEquals(SubEventType.AIR_DRONE_STRIKE, planes.get(0).subType(), planes::toString);
        var forces = Fixture.events("ارتكبت قوات النظام مجزرة في مدينة الرستن راح ضحيتها 30 مدنيا.", PUB);
        assertEquals(SubEventType.ATTACK, forces.get(0).subType(), forces::toString);
        assertEquals(30, forces.get(0).fatalities());
        // must not fire: a massacre remembered or named in a demand is no incident of the report
        assertEquals(0, Fixture.events("ويصادف اليوم ذكرى مجزرة الرستن عام 1982.", PUB).size());
        assertEquals(0, Fixture.events("وطالبت المعارضة بمحاسبة مرتكبي مجزرة الرستن.", PUB).size());
        // must not fire: planes sent somewhere, and raids that will not stop, denied in the future after the event told
        assertEquals(0, Fixture.events("أرسلت روسيا طائرات حربية إلى مطار حميميم.", PUB).size());
        var before = Fixture.events("قصف الطيران الروسي مدينة الرستن، وقال ناشطون إن الغارات لن تتوقف.", PUB);
        assertEquals(1, before.size(), before::toString);
    }

    @Test
    void aDenialOrAFuneralIsNoIncident() {
        assertEquals(0, Fixture.events("نفى المتحدث باسم التحالف الدولي أن تكون طائراته قد قصفت مدينة الرستن.", PUB).size());
        assertEquals(0, Fixture.events("ونفت مصادر عسكرية مقتل ضباط في هجوم على مدينة تدمر.", PUB).size());
        // a funeral is where the mourners are, not where the dead fell
        assertEquals(0, Fixture.events("شيع أهالي مدينة الرستن أمس جثامين خمسة من أبنائهم قتلوا في معارك ريف حمص الشرقي.", PUB).size());
        // must not fire: an incident told before the denial stands, and an attack on a funeral is one
        var before = Fixture.events("قصف الطيران الروسي مدينة الرستن أمس، فيما نفت موسكو ذلك.", PUB);
        assertEquals(1, before.size(), before::toString);
        var onFuneral = Fixture.events("استهدف انفجار سيارة مفخخة موكب تشييع في مدينة تدمر ما أدى إلى مقتل 8 أشخاص.", PUB);
        assertEquals(1, onFuneral.size(), onFuneral::toString);
        assertEquals(8, onFuneral.get(0).fatalities());
        // "الشيعية" (Shia) begins like the funeral verb and says nothing of one
        var shia = Fixture.events("اندلعت اشتباكات بين الميليشيات الشيعية وتنظيم داعش في محيط السخنة.", PUB);
        assertEquals(1, shia.size(), shia::toString);
    }

    @Test
    void theRemnantOfEarlierShellingIsOneExplosion() {
        var es = Fixture.events("جرح ثلاثة أطفال بانفجار قنبلة عنقودية من مخلفات القصف في مدينة الرستن.", PUB);
        assertEquals(1, es.size(), es::toString);
        assertEquals(SubEventType.REMOTE_EXPLOSIVE, es.get(0).subType());
        // must not fire: shelling told as such is shelling
        var shelling = Fixture.events("جرح ثلاثة أطفال بالقصف المدفعي على مدينة الرستن.", PUB);
        assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, shelling.get(0).subType(), shelling::toString);
    }

    @Test
    void aMemberOfAReconciliationCommitteeIsNoNegotiation() {
        var es = Fixture.events("اغتال مسلحون مجهولون عضو لجنة المصالحة في مدينة الرستن.", PUB);
        assertEquals(1, es.size(), es::toString);
        // must not fire: reconciliation itself is still politics
        assertEquals(0, Fixture.events("ويجري النظام المصالحة مع فصائل مدينة الرستن بعد المعارك.", PUB).size());
    }

    @Test
    void aBattleToTakeATownIsNoCaptureOfIt() {
        var es = Fixture.events("ويأتي الهجوم في إطار معركة أطلقتها الفصائل قبل أسبوع للسيطرة على مدينة الرستن.", PUB);
        assertTrue(es.stream().noneMatch(e -> e.subType() == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY), es::toString);
        // must not fire: a capture told as done, and planes "thought to be Russian" that did strike
        var taken = Fixture.events("سيطرت الفصائل على مدينة الرستن بعد معارك مع قوات النظام.", PUB);
        assertTrue(taken.stream().anyMatch(e -> e.subType() == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY), taken::toString);
        assertEquals(1, Fixture.events("قصفت طائرات حربية يرجح أنها روسية مدينة الرستن.", PUB).size());
    }

    @Test
    void wordsOpeningWithTheFuturesLetterAreNoFuture() {
        // must not fire: سيطرت (took), ستة (six) open with the letters of the future prefix
        assertEquals(1, Fixture.events("سيطرت قوات النظام على مدينة تدمر بعد اشتباكات مع تنظيم داعش.", PUB).size());
        var six = Fixture.events("قتل ستة عناصر من قوات النظام في اشتباكات في محيط السخنة.", PUB);
        assertEquals(1, six.size(), six::toString);
        assertEquals(6, six.get(0).fatalities());
    }

    @Test
    void aMartyrdomIsAKilling() {
        var shot = Fixture.events("استشهد شاب برصاص قوات النظام على حاجز في مدينة الرستن.", PUB);
        assertEquals(1, shot.size(), shot::toString);
        assertEquals(1, shot.get(0).fatalities());
        // a raid word in the sentence says how they died
        var raid = Fixture.events("استشهد ثلاثة مدنيين في غارة جوية على مدينة الرستن.", PUB);
        assertEquals(SubEventType.AIR_DRONE_STRIKE, raid.get(0).subType(), raid::toString);
        // must not fire: a martyr of another year, remembered
        assertEquals(0, Fixture.events("ويصادف اليوم ذكرى استشهاد القائد في مدينة الرستن عام 2013.", PUB).size());
    }

    @Test
    void aRaidAfterAFlightIsStillAStrike() {
        // must not fire: the flight verb hides only the aircraft word right after it
        var raid = Fixture.events("حلق الطيران الحربي في سماء مدينة الرستن قبل أن يشن غارتين على أطرافها.", PUB);
        assertEquals(1, raid.size(), raid::toString);
        assertEquals(SubEventType.AIR_DRONE_STRIKE, raid.get(0).subType());
        var strike = Fixture.events("استهدف الطيران الحربي مدينة الرستن بصاروخين.", PUB);
        assertEquals(1, strike.size(), strike::toString);
        assertEquals(SubEventType.AIR_DRONE_STRIKE, strike.get(0).subType());
    }

    @Test
    void chromeAfterRelatedHeadingsIsCut() {
        String text = "اندلعت اشتباكات بين قوات النظام وتنظيم داعش في محيط السخنة.\n\nشاهد أيضاً\n\n"
                + "ألغام داعش توقع قتلى في صفوف النظام بريف السويداء.\n\nأضف تعليقاً\n\nthree × five =";
        var es = Fixture.events(text, PUB);
        assertEquals(1, es.size());
        assertTrue(es.get(0).places().stream().noneMatch(p -> p.nameAr().equals("السويداء")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"اقرأ أيضاً: ", "You might also like\n", "مقالات ذات صلة\n", "واحد × أربعة =\n"})
    void everyChromeMarkerCuts(String marker) {
        String text = "اندلعت اشتباكات في محيط السخنة.\n" + marker + "قصفت قوات النظام مدينة تدمر.";
        assertEquals(1, Fixture.events(text, PUB).size());
    }

    @Test
    void statementAfterAnEventDoesNotCancelIt() {
        var es = Fixture.events("شهدت درعا الأسبوع الماضي غارات مكثفة، في حينها حذرت واشنطن من استمرار الخروقات.", PUB);
        assertEquals(1, es.size());
        assertEquals(SubEventType.AIR_DRONE_STRIKE, es.get(0).subType());
    }

    @Test
    void aReportedIncidentAfterAlternativesStays() {
        var es = Fixture.events("وتستمر قوات النظام باستهداف المنطقة بالقذائف أو الغارات الجوية، لاسيما محاولات التسلل التي تنفذها ميليشيات حزب الله، كما حصل يوم أمس على أطراف مدينة بصرى الشام.", PUB);
        assertEquals(1, es.size(), es::toString);
        assertEquals(SubEventType.ARMED_CLASH, es.get(0).subType());
    }

    @Test
    void historyIsNotDatedToday() {
        var es = Fixture.events("صعد الطيران الروسي قصفه لمواقع التنظيم من أجل استعادة مدينة تدمر التي سيطر عليها تنظيم الدولة نهاية شهر أيار من عام 2015.", "2016-03-21");
        var x = Fixture.extract("صعد الطيران الروسي قصفه لمواقع التنظيم من أجل استعادة مدينة تدمر التي سيطر عليها تنظيم الدولة نهاية شهر أيار من عام 2015.", "2016-03-21", TimePrecision.DAY);
        assertTrue(es.stream().noneMatch(e -> e.subType() == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY), es::toString);
        assertTrue(x.claims().isEmpty(), x.claims()::toString);
    }

    @Test
    void thousandsDisplacedBesideACountedTollStillLeaveTheIncident() {
        // must not fire: the cue is thousands of dead, not thousands of anything
        var es = Fixture.events("قتل 12 شخصا في قصف على مدينة الرستن أمس، ونزح آلاف المدنيين.", PUB);
        assertEquals(1, es.size(), es::toString);
        assertEquals(12, es.get(0).fatalities());
    }
}
