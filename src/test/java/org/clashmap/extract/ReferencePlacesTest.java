package org.clashmap.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Places a sentence names that are not where its incident is: a reference point in a clause that says where a place
 * lies, the cause or aim of an operation, a condition, and who holds a place (no capture). Sentences written for this
 * test (cues.tsv: locates, suppress, state), real gazetteer, a report of 10 August 2016.
 */
class ReferencePlacesTest {
    private static List<Event> events(String text) {
        return RealGazetteer.events(text, "2016-08-10");
    }

    private static Set<String> places(List<Event> events) {
        Set<String> out = new TreeSet<>();
        for (Event e : events) for (EventPlace p : e.places()) out.add(p.nameAr());
        return out;
    }

    @Test
    void aPlaceThatOnlyLocatesAnotherIsNoIncidentPlace() {
        Set<String> p = places(events("قصفت قوات النظام بلدة كفرنبل التي تبعد 10 كم عن مدينة معرة النعمان."));
        assertTrue(p.contains("كفر نبل"), p.toString());
        assertFalse(p.contains("معرة النعمان"), p.toString());
    }

    /** Decision 071: facing and bordering locate the place before them; the town after them is no incident's place. */
    @Test
    void aPlaceFacingOrBorderingAnotherOnlyLocatesIt() {
        for (String s : List.of("قتل 3 مدنيين بقصف على بلدة الراعي المقابلة لمدينة جرابلس.",
                "قتل 3 مدنيين بقصف على بلدة الراعي المحاذية لبلدة جرابلس.")) {
            Set<String> p = places(events(s));
            assertEquals(Set.of("الراعي"), p, s);
        }
        // not after a place: both towns struck
        Set<String> both = places(events("قصف الطيران بلدة الراعي ومدينة جرابلس المقابلة لها."));
        assertTrue(both.contains("جرابلس"), both.toString());
    }

    /** Decision 071: a compass adjective closing a quarter's name keeps the city after it a locator. */
    @Test
    void aCompassAdjectiveAfterTheQuarterKeepsTheCityALocator() {
        assertEquals(Set.of("النشوة"), places(events("سيطرت الوحدات الكردية على حي النشوة الغربي في مدينة الحسكة بعد اشتباكات.")));
        // a list joined by و names two places
        Set<String> both = places(events("قصف الطيران حي النشوة الغربي ومدينة القامشلي."));
        assertTrue(both.contains("القامشلي"), both.toString());
    }

    @Test
    void anIncidentAbroadBorrowsNoPlaceFromTheSentence() {
        // Ramadi is the Iraqi city, not the Syrian village of that name; the bombing there takes no Syrian place
        List<Event> es = events("قتل 12 شخصا بتفجير انتحاري في مدينة الرمادي غرب العراق، فيما قتل ثلاثة مدنيين بقصف على مدينة البوكمال.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(Set.of("البوكمال"), places(es));
        assertEquals(3, es.get(0).fatalities());
    }

    @Test
    void aChainOfLocatorsAndALocatorsOtherNameOnlyLocate() {
        // near a town that lies north of a city: both only say where the village is
        assertEquals(Set.of("الشركراك"), places(events("هاجم تنظيم داعش قرية شركراك قرب بلدة عين عيسى شمال الرقة.")));
        // the locator's Kurdish name in brackets is the same locator
        assertEquals(Set.of("زور مغار"), places(events("قصفت المدفعية التركية قرية زور مغار غرب مدينة عين العرب (كوباني).")));
        // must not fire: a second town named after the first with و is a second place
        Set<String> p = places(events("قصفت المدفعية التركية قرية زور مغار غرب مدينة عين العرب وبلدة صرين."));
        assertTrue(p.contains("صرين") && p.contains("زور مغار"), p.toString());
    }

    @Test
    void theCapitalNamedByItsTitleOnlyLocatesTheQuarter() {
        // "في العاصمة دمشق" / "بالعاصمة دمشق" say where the quarter is, as "في مدينة دمشق" does
        for (String s : List.of("سقطت قذائف هاون على حي المزة في العاصمة دمشق.", "سقطت قذائف هاون على حي المزة بالعاصمة دمشق.")) {
            Set<String> p = places(events(s));
            assertEquals(Set.of("المزة"), p, s);
        }
        // must not fire: the capital struck in its own right, beside a town outside it
        Set<String> p = places(events("سقطت قذائف على العاصمة دمشق وعلى مدينة دوما."));
        assertTrue(p.contains("دمشق") && p.contains("دوما"), p.toString());
    }

    @Test
    void aLocatingClauseAfterTheTownWordRefersBack() {
        // "البلدة" stands for the town told before; the city after "الواقعة على أطراف" only says where it lies
        List<Event> es = events("سيطر التنظيم على مدينة القريتين أمس، وقال ناشط إن التنظيم شن هجوما على البلدة الواقعة "
                + "على أطراف حمص.");
        assertFalse(places(es).contains("حمص"), places(es).toString());
    }

    @Test
    void aLocatingClauseAfterPositionsLocatesTheIncident() {
        // must not fire: "مواقع للنظام الواقعة شمال ..." are no place; the clause says where the attack was
        Set<String> p = places(events("شن التنظيم هجوما على مواقع للنظام الواقعة شمال مدينة السخنة."));
        assertEquals(Set.of("السخنة"), p);
    }

    @Test
    void aGovernorateLedeOfFinerIncidentsIsNoIncidentPlace() {
        // "محافظتا" names two governorates (not their capitals); the lede sums up the strikes told after it
        Set<String> lede = places(events("شهدت محافظتا إدلب وحلب مجزرتين نفذهما طيران النظام أمس.\n"
                + "وقتل 12 مدنيا في غارة على مدينة سراقب، و5 في مدينة الباب."));
        assertEquals(Set.of("سراقب", "الباب"), lede);
        // must not fire: a governorate told alone, and a governorate toll larger than the finer ones together
        assertEquals(1, events("قصفت طائرات التحالف مواقع التنظيم في محافظة الرقة أمس.").size());
        List<Event> more = events("قتل 40 مدنيا بغارات على محافظة إدلب أمس.\nوقتل 5 مدنيين في غارة على مدينة سراقب.");
        assertTrue(more.stream().anyMatch(e -> e.fatalities() != null && e.fatalities() == 40), more::toString);
    }

    @Test
    void aDirectionFromATownLocatesThePlaceOnThatSide() {
        assertEquals(Set.of("تل رفعت"), places(events("قصفت الطائرات الروسية بلدة تل رفعت شمالي حلب، ما أدى إلى مقتل خمسة مدنيين.")));
        assertEquals(Set.of("كنسبا"), places(events("سيطرت قوات النظام على بلدة كنسبا شمالي اللاذقية بعد اشتباكات عنيفة.")));
        // a distance leads the direction: "على بعد" belongs to it, so the city still only says where the village is
        assertEquals(Set.of("حريتان"), places(events("قصفت قوات النظام مواقع في حريتان، على بعد 10 كيلومترات شمال حلب.")));
        // a gas field 100 km out in the desert is still "east of Homs"
        assertFalse(places(events("سيطر تنظيم داعش على حقل شاعر شرق حمص.")).contains("حمص"));
    }

    @Test
    void aDirectionThatDoesNotFitThePlaceBeforeItIsAPlaceOfItsOwn() {
        // must not fire: تل رفعت lies north of Aleppo, so "جنوبي حلب" is somewhere else
        Set<String> otherSide = places(events("قصفت الطائرات الروسية بلدة تل رفعت وجنوبي حلب."));
        assertTrue(otherSide.contains("حلب") && otherSide.contains("تل رفعت"), otherSide.toString());
        Set<String> wrongSide = places(events("قصفت الطائرات الروسية بلدة تل رفعت جنوبي حلب."));
        assertTrue(wrongSide.contains("حلب"), wrongSide.toString());
        // must not fire: Abu Kamal is 300 km from Homs, beyond any "east of Homs"
        assertTrue(places(events("قصفت الطائرات مدينة البوكمال شرق حمص.")).contains("حمص"));
        // must not fire: villages east of Aleppo are a region of their own, listed after the town
        assertTrue(places(events("قصف الطيران مدينة الباب وقرى شرقي حلب.")).contains("حلب"));
    }

    @Test
    void townsThatNameARoadAreNoPlacesWhenTheIncidentHasOne() {
        assertEquals(Set.of("معرة النعمان"), places(events("قتل ثلاثة مدنيين بقصف مدفعي على طريق حلب دمشق الدولي قرب معرة النعمان.")));
        assertEquals(Set.of("النبك"), places(events("قصفت الطائرات سيارة على أوتوستراد دمشق - حمص قرب بلدة النبك.")));
        assertEquals(Set.of("الزبداني"), places(events("تقدم الثوار في الزبداني واستعادوا نقطتين على طريق سرغايا بعد اشتباكات مع قوات النظام.")));
    }

    @Test
    void aRoadThatIsAllTheTextGivesOrOneOfAListStays() {
        // must not fire: nothing else says where the ambush was, so it is somewhere along the road: one place between
        // its two towns (not two points at its ends)
        List<Event> ambush = events("قتل خمسة عناصر في كمين على طريق الحسكة - الشدادي.");
        assertEquals(1, ambush.size(), ambush.toString());
        assertEquals(1, ambush.get(0).places().size(), ambush.get(0).places().toString());
        EventPlace along = ambush.get(0).places().get(0);
        assertTrue(along.relation().startsWith("between الحسكة and الشدادة"), along.toString());
        assertTrue(along.precisionKm() > 20 && along.precisionKm() < 40, along.toString()); // half of ~55 km
        assertEquals(5, ambush.get(0).fatalities());
        // must not fire: "وطريق X - Y" is one more place of the list
        Set<String> listed = places(events("حاولت الميليشيات التسلل على أطراف مدينة بصرى الشام وطريق رخم - الكرك."));
        assertTrue(listed.contains("الكرك"), listed.toString());
        // must not fire: a quarter named after a road ("حي طريق الباب") is a quarter
        assertTrue(places(events("قصفت الطائرات حي طريق الباب في حلب.")).contains("طريق الباب"));
    }

    @Test
    void underControlIsWhoHoldsAPlaceNotACapture() {
        List<Event> es = events("نقلت قوات النظام دبابات إلى بلدتي صلنفة وكنسبا الخاضعتين لسيطرتها.");
        assertTrue(es.stream().noneMatch(e -> e.subType().type == EventType.BATTLES), es.toString());
        List<Event> quarter = events("قصفت قوات النظام الأحياء الواقعة تحت سيطرة المعارضة في مدينة درعا.");
        assertEquals(Set.of("درعا"), places(quarter), "under control is no location clause: the city stays");
        assertTrue(quarter.stream().allMatch(e -> e.subType() == SubEventType.SHELLING_ARTILLERY_MISSILE), quarter.toString());
    }

    @Test
    void theCauseOrAimOfAnOperationIsAnotherPlace() {
        Set<String> p = places(events("قصفت فصائل المعارضة بلدتي كفريا والفوعة بالقذائف، ردا على الهجوم على مدينة الزبداني."));
        assertFalse(p.contains("الزبداني"), p.toString());
        assertTrue(p.contains("الفوعة"), p.toString());
        Set<String> aim = places(events("أطلقت فصائل المعارضة معركة في مدينة درعا نصرة لمدينة الزبداني."));
        assertFalse(aim.contains("الزبداني"), aim.toString());
    }

    @Test
    void aConditionHasNotHappened() {
        assertEquals(List.of(), events("وإذا سيطرت المعارضة على مدينة درعا فإنها ستتقدم نحو دمشق."));
    }

    @Test
    void theCountrysideOfATownIsNotTheTown() {
        List<Event> es = events("اندلعت اشتباكات عنيفة في ريف جسر الشغور بين قوات النظام والمعارضة.");
        EventPlace p = es.get(0).places().get(0);
        assertEquals("countryside", p.relation());
        assertTrue(p.precisionKm() > 20, "a countryside is wider than the town: " + p.precisionKm());
    }

    @Test
    void aPlaceBetweenTwoRegionsIsLocatedByThem() {
        Set<String> p = places(events("قصفت قوات النظام مدينة القريتين الواصلة بين ريف حمص الشرقي ومنطقة القلمون الشرقي."));
        assertEquals(Set.of("القريتين"), p);
    }

    @Test
    void theHolderAfterAWordOfHoldingIsNoPlace() {
        // "دمشق" after "تسيطر عليها" is the government, not the capital as a place of the capture
        Set<String> p = places(events("استعادت قوات النظام السيطرة على قرى في سهل الغاب الذي تسيطر عليها دمشق."));
        assertFalse(p.contains("دمشق"), p.toString());
        // must not fire: a place told later in the clause, after the holder
        Set<String> later = places(events("قصفت قوات النظام الأحياء الخاضعة لسيطرة المعارضة في مدينة درعا."));
        assertTrue(later.contains("درعا"), later.toString());
    }

    @Test
    void theStartOfTheClashesIsAPointInTimeNotAClash() {
        List<Event> es = events("اشتبكت قوات النظام مع المعارضة في محيط قرية البحصة أمس. وتعد قرية جورين أقرب نقطة "
                + "وصلت إليها المعارضة منذ بدء الاشتباكات.");
        assertFalse(places(es).contains("جورين"), places(es).toString());
        // must not fire: a clash told as news with a start of its own
        assertTrue(places(events("بدأت الاشتباكات في قرية جورين أمس.")).contains("جورين"));
    }

    @Test
    void earlierThanTheNewsIsBackground() {
        assertEquals(List.of(), events("وكانت قوات النظام قد فقدت عناصر في وقت سابق باشتباكات في مدينة درعا."));
        // must not fire: earlier today is today's news
        assertEquals(1, events("دارت اشتباكات في وقت سابق من اليوم في مدينة درعا.").size());
    }

    @Test
    void revengeForAPlaceIsAnotherPlace() {
        Set<String> p = places(events("قصفت فصائل المعارضة بلدة الفوعة ضمن معركة الثأر للزبداني."));
        assertFalse(p.contains("الزبداني"), p.toString());
    }

    @Test
    void whereTheWoundedAreTreatedIsNoIncidentPlace() {
        List<Event> es = events("قتل عشرات العناصر في المعارك الدائرة في سهل الغاب، في وقت تغص فيه مشافي اللاذقية ومصياف بالجرحى.");
        Set<String> p = places(es);
        assertFalse(p.contains("اللاذقية") || p.contains("مصياف"), p.toString());
        assertTrue(p.contains("سهل الغاب"), p.toString());
    }

    @Test
    void whereTheWoundedAreTakenIsNoIncidentPlace() {
        Set<String> p = places(events("قتل 5 مدنيين بقصف مدفعي على بلدة كفرنبل، ونقل المصابون إلى مستشفى في مدينة معرة النعمان."));
        assertEquals(Set.of("كفر نبل"), p);
        Set<String> passive = places(events("أصيب 3 مدنيين بقصف على بلدة كفرنبل، ونُقلوا إلى مستشفى مدينة معرة النعمان."));
        assertEquals(Set.of("كفر نبل"), passive);
        // must not fire: a shelling of the town with the hospital, told in a clause of its own, is an incident there
        Set<String> both = places(events("قتل 5 مدنيين بقصف مدفعي على بلدة كفرنبل، كما قصفت قوات النظام مدينة معرة النعمان."));
        assertTrue(both.contains("معرة النعمان"), both.toString());
    }

    @Test
    void aSectionsGovernorateIsNoPointOnItsCapital() {
        // "وفي إدلب،": the report turns to Idlib governorate; the incident is at the town it names
        assertEquals(Set.of("جسر الشغور"), places(events("وفي إدلب، قصفت طائرات حربية مدينة جسر الشغور وقرى في محيطها.")));
        assertEquals(Set.of("الحمدانية"), places(events("أما في حلب، فقد قتل طفلان بسقوط قذائف على حي الحمدانية.")));
        // must not fire: the capital alone, the capital named in a list, or a town of another governorate
        assertEquals(Set.of("إدلب"), places(events("وفي إدلب، قصفت طائرات حربية أحياء المدينة.")));
        assertTrue(places(events("قصفت طائرات حربية مدينة إدلب، وجسر الشغور.")).contains("إدلب"));
        assertTrue(places(events("وفي حماة، قصفت طائرات حربية مدينة جسر الشغور.")).contains("جسر الشغور"));
    }

    @Test
    void aRoundupsHeadingIsNoPointOnItsCapital() {
        // a day's roundup heads each line with the governorate and a colon, bulleted or not
        assertEquals(Set.of("كفر نبل"), places(events("إدلب: قتل 4 مدنيين في غارات روسية على بلدة كفرنبل.")));
        assertEquals(Set.of("مورك"), places(events("- حماة: اشتباكات عنيفة في محيط بلدة مورك.")));
        // must not fire: the heading alone, a heading of another governorate, a colon further in
        assertEquals(Set.of("حلب"), places(events("حلب: قتل 3 مدنيين في قصف على أحياء المدينة.")));
        assertTrue(places(events("حماة: قصفت طائرات حربية مدينة جسر الشغور.")).contains("جسر الشغور"));
        assertTrue(places(events("قال مراسلنا في حلب: قتل 3 مدنيين في قصف على حي الشعار.")).contains("حي الشعار"));
    }

    @Test
    void aCapitalAfterATownOfItsGovernorateNamesTheGovernorate() {
        // decision 068: "في درعا" after a town of Daraa governorate is the province, not a point on the city 30 km away
        assertEquals(Set.of("الحراك"), places(events("قتل 7 أشخاص في قصف على بلدة الحراك في درعا.")));
        assertEquals(Set.of("خان أرنبة"), places(events("قصفت دبابة إسرائيلية موقعا قرب بلدة خان أرنبة في القنيطرة.")));
        assertEquals(Set.of("الحجر الأسود"), places(events("قتل 6 أشخاص في قصف على بلدة الحجر الأسود بدمشق.")));
        // must not fire: the city said to be meant, a list with و, a capital of another governorate
        assertTrue(places(events("قتل 3 مدنيين في قصف على بلدة الحراك في مدينة درعا.")).contains("درعا"));
        assertTrue(places(events("قتل 3 مدنيين في قصف على بلدة كفرنبل وقتل شخصان في مدينة إدلب.")).contains("إدلب"));
        assertTrue(places(events("قتل 3 مدنيين في بلدة تلبيسة وفي حماة.")).contains("حماة"));
    }

    @Test
    void aDatelineIsNoPointOnItsCity() {
        // decision 068: "درعا - سانا:" opening the line is where the correspondent files from
        assertEquals(Set.of("اليادودة"), places(events("درعا - سانا: استشهد عنصران في هجوم على حاجز في محيط بلدة اليادودة.")));
        assertEquals(Set.of("جرمانا"), places(events("دمشق-سانا: استشهد 4 مواطنين بقذائف على مدينة جرمانا.")));
        Set<String> afrin = places(events("عفرين - هاوار: استشهد 5 مدنيين جراء غارة على قرية جلمة."));
        assertEquals(1, afrin.size(), afrin.toString());
        assertFalse(afrin.contains("عفرين"), afrin.toString());
        // must not fire: the dateline's city alone, a dash further in
        assertEquals(Set.of("حلب"), places(events("حلب - سانا: سقطت قذائف على أحياء المدينة واستشهد مواطن.")));
        assertTrue(places(events("قتل 3 مدنيين في قصف على مدينة إدلب - وبلدة بنش.")).contains("إدلب"));
    }

    @Test
    void aRoadOrAnAreaBetweenTwoTownsIsPlacedBetweenThem() {
        // the road between two towns is all the text gives: the incident is along it
        List<Event> road = events("انفجرت عبوة ناسفة على الطريق الواصل بين مدينتي إدلب وأريحا ما أدى إلى مقتل 3 عناصر.");
        assertEquals(1, road.size(), road::toString);
        assertEquals(3, road.get(0).fatalities());
        assertEquals("between", road.get(0).places().get(0).relation().split(" ")[0], road::toString);
        List<Event> area = events("دارت اشتباكات في المنطقة الواقعة بين بلدتي مورك وكفرزيتا.");
        assertEquals(1, area.size(), area::toString);
        // must not fire: a town of its own on the road keeps the incident there; a town located between others is itself
        assertEquals(Set.of("سراقب"), places(events("انفجرت عبوة ناسفة قرب مدينة سراقب على الطريق الواصل بين مدينتي إدلب وأريحا.")));
        assertEquals(Set.of("مورك"), places(events("قصفت قوات النظام بلدة مورك الواقعة بين حماة وخان شيخون.")));
    }

    @Test
    void aRoadNamedByTwoTownsWithADashIsBetweenThem() {
        // خناصر is also a word ("little fingers"): the road word announces it, and the town after the dash; where the
        // road leads as an artery is no incident's place
        List<Event> road = events("استمرت الاشتباكات على طريق أثريا - خناصر، الذي يعد شريان الإمداد الوحيد للنظام إلى حلب، بين قوات النظام وتنظيم داعش.");
        assertEquals(1, road.size(), road::toString);
        assertEquals(1, road.get(0).places().size(), road::toString);
        assertTrue(road.get(0).places().get(0).relation().startsWith("between"), road::toString);
        // must not fire: "طريق الإمداد" cut towards a place is cut there
        assertTrue(places(events("قطع التنظيم طريق الإمداد عن قوات النظام باتجاه مدينة السخنة بعد معارك عنيفة.")).contains("السخنة"));
    }

    @Test
    void twoCountrysidesAreTheirGovernoratesNotTheirCities() {
        List<Event> rural = events("شن الطيران الروسي غارات على ريفي حلب وإدلب.");
        assertEquals(2, rural.get(0).places().size(), rural::toString);
        assertTrue(rural.get(0).places().stream().allMatch(p -> p.precisionKm() > 30), rural::toString);
        // must not fire: two cities are the cities
        List<Event> cities = events("شن الطيران الروسي غارات على مدينتي حلب وإدلب.");
        assertTrue(cities.get(0).places().stream().allMatch(p -> p.precisionKm() < 10), cities::toString);
    }

    @Test
    void aRegionToldInItsCountrysideIsOnePlace() {
        Set<String> p = places(events("دارت اشتباكات عنيفة في سهل الغاب في ريف حماة الشمالي الغربي."));
        assertEquals(Set.of("سهل الغاب"), p);
        // must not fire: two regions in a list are two places
        Set<String> list = places(events("دارت اشتباكات عنيفة في سهل الغاب وريف إدلب الجنوبي."));
        assertEquals(2, list.size(), list.toString());
    }

    @Test
    void whereTheFireCameFromIsNotWhereItFell() {
        Set<String> p = places(events("سقطت قذائف هاون على حي الأشرفية في مدينة حلب، مصدرها مواقع المعارضة في حي بستان القصر."));
        assertFalse(p.contains("بستان القصر"), p.toString());
        Set<String> checkpoints = places(events("قصفت قوات النظام من حواجز مدينة مضايا على بلدة بقين."));
        assertFalse(checkpoints.contains("مضايا"), checkpoints.toString());
    }

    @Test
    void theSeatOfASpeakersInstitutionIsNoIncidentPlace() {
        Set<String> p = places(events("وقال مطران بطريركية السريان في دمشق، إن التنظيم خطف عشرات المدنيين في مدينة القريتين."));
        assertFalse(p.contains("دمشق"), p.toString());
        assertTrue(p.contains("القريتين"), p.toString());
    }

    @Test
    void anImminentAssaultAndAnAgreementAreNoIncidents() {
        assertEquals(List.of(), events("وتستعد الفصائل حالياً لاقتحام وشيك لمدينة درعا."));
        Set<String> p = places(events("وقال المصدر إن الهجوم يشبه الاتفاقات التي عقدها النظام مع المعارضة في حي برزة."));
        assertFalse(p.contains("برزة"), p.toString());
    }

    @Test
    void aPlaceInBracketsAfterAnotherOnlySaysWhereItLies() {
        Set<String> p = places(events("تستمر المعارك في محيط بلدتي نبل والزهراء (في حلب)."));
        assertFalse(p.contains("حلب"), p.toString());
        assertTrue(p.contains("نبل"), p.toString());
    }

    @Test
    void anOutletNamedLikeATownHeadingALineIsNoPlace() {
        // decision 067: "الميادين:" is the channel's dateline (outlet_datelines.tsv)
        List<Event> es = events("الميادين: الجيش السوري يسيطر على قرية البحصة في سهل الغاب بعد معارك مع جبهة النصرة.");
        assertEquals(List.of("البحصة"), es.stream().flatMap(e -> e.places().stream()).map(EventPlace::nameAr).toList(), es.toString());
        // must not fire: the town told as the target, with a colon after it or not at the sentence's start
        assertEquals(List.of("الميادين"), events("قصف الطيران مدينة الميادين: قتل 3 مدنيين.").stream()
                .flatMap(e -> e.places().stream()).map(EventPlace::nameAr).toList());
        assertEquals(List.of("الميادين"), events("قتل 3 مدنيين في غارة على الميادين.").stream()
                .flatMap(e -> e.places().stream()).map(EventPlace::nameAr).toList());
    }
}
