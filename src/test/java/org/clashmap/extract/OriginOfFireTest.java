package org.clashmap.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Where the fire came from is not where it fell (cues.tsv, origin): the place an origin cue introduces, and those
 * joined to it by و, are no incident's place; the target is. A name does not run on into the preposition after it
 * (the village "تل علي" is not "التل على"). Sentences written for this test, real gazetteer, a report of 10 May 2016.
 */
class OriginOfFireTest {
    private static List<Event> events(String text) {
        return RealGazetteer.events(text, "2016-05-10");
    }

    private static List<String> places(String text) {
        List<Event> es = events(text);
        assertEquals(1, es.size(), es.toString());
        return es.get(0).places().stream().map(EventPlace::nameAr).toList();
    }

    @Test
    void theFiresOriginIsNoPlaceOfTheIncident() {
        assertEquals(List.of("جسر الشغور"), places("قصفت قوات النظام من مواقعها في جبل الأكراد مدينة جسر الشغور بريف إدلب الغربي."));
        assertEquals(List.of("اللطامنة"), places("قصفت قوات النظام من مواقعها في مدينة مورك بلدة اللطامنة بالمدفعية الثقيلة."));
        // a list of checkpoints joined by و
        assertEquals(List.of("تلبيسة"), places("قصفت قوات النظام من حواجز الحوش وخدام بلدة تلبيسة بريف حمص الشمالي."));
        // launched from a town onto another: only the town it names is the origin, the target after على stays
        assertEquals(List.of("معان"), places("شنت فصائل المعارضة هجوما انطلاقا من بلدة اللطامنة على مواقع قوات النظام في بلدة معان."));
    }

    @Test
    void mustNotFire_aWithdrawalFromItsPostsOrATargetAfterOtherWords() {
        // a withdrawal from posts happened where the posts were
        assertEquals(List.of("مورك"), places("انسحبت قوات النظام من مواقعها في بلدة مورك بريف حماة الشمالي بعد معارك عنيفة."));
        // the object told after other words than a preposition and a kind word is the target, not the origin
        assertEquals(List.of("اللطامنة"), places("قصفت قوات النظام من مواقعها بالمدفعية الثقيلة بلدة اللطامنة."));
        // the source named after على is where the fire went
        assertEquals(List.of("حلب"), places("سقط صاروخ مصدره قوات النظام على حي شعبي في وسط مدينة حلب."));
    }

    @Test
    void whereTheOneWhoTellsIsIsNoPlaceOfTheIncident() {
        assertEquals(List.of("كفر نبل"), places("قتل خمسة أشخاص في قصف على بلدة كفرنبل، حسبما أفاد مراسل الجزيرة نت في إدلب."));
        assertEquals(List.of("كفر نبل"), places("قتل خمسة أشخاص في قصف على بلدة كفرنبل، بحسب ما قال ناشط من مدينة معرة النعمان."));
        assertEquals(List.of("الصاخور"), places("وأكد مدير المكتب الإعلامي في حلب أن الطيران المروحي ألقى برميلين على حي الصاخور."));
    }

    @Test
    void mustNotFire_theOnlyPlaceTheSpeakersNameMayBeTheIncidents() {
        assertEquals(List.of("دوما"), places("قال ناشطون في مدينة دوما إن عشرة مدنيين قتلوا في غارات جوية."));
    }

    /** Decision 071: an event or casualty word after the teller begins what is told; the place after it is the incident's. */
    @Test
    void whatIsToldBeginsAtItsEventWord() {
        assertEquals(List.of("سرمين"), places("أفاد ناشطون بمقتل سبعة مدنيين في بلدة سرمين جراء غارات على ريف إدلب."));
        assertEquals(List.of("سرمين"), places("أفادت مصادر محلية بسقوط جرحى في بلدة سرمين جراء غارات على ريف إدلب."));
        // the teller's own place, with no event word between, is still his
        assertEquals(List.of("بنش"), places("قال ناشطون في بلدة سرمين إن الطيران الحربي قصف بلدة بنش."));
    }

    @Test
    void aNameEndsBeforeThePrepositionAfterIt() {
        // normalisation spells على like علي: "التل على المدينة" is not the village تل علي in Aleppo
        for (Event e : events("قصفت قوات النظام مواقع الفصائل في قلعة التل على المدينة.")) {
            e.places().forEach(p -> assertEquals(false, p.nameAr().contains("علي"), p::toString));
        }
    }

    @Test
    void whereForcesWereSentIsNoPlaceOfTheIncident() {
        // the destination of a dispatch told beside an incident is not one of its places
        assertEquals(List.of("اللطامنة"), places("قتل عشرة عناصر من قوات النظام في اشتباكات مع الفصائل في بلدة اللطامنة، بينما أرسلت قوات النظام أرتالا عسكرية إلى مدينة مورك."));
        assertEquals(List.of("سراقب"), places("قتل سبعة مدنيين بغارات على مدينة سراقب، بينما أرسلت قوات النظام أرتالا إلى قرية الحاضر والعيس."));
        // a past event told after "بعد أن" is its own clause: the capture stands, without the town the troops went to
        assertEquals(List.of("حلفايا"), places("استقدمت قوات النظام مئات العناصر إلى مدينة محردة بعد أن سيطرت فصائل المعارضة على بلدة حلفايا."));
        assertEquals(List.of(), events("استقدمت قوات النظام مئات العناصر من الميليشيات الإيرانية إلى جبهات ريف حماة الشمالي، استعدادا لشن هجوم على بلدة اللطامنة."));
    }

    @Test
    void mustNotFire_whatIsSentMayBeTheAttackAndAPlaceWithoutWhereToIsTheIncidents() {
        assertEquals(List.of("خناصر"), places("أرسلت الفصائل سيارة مفخخة إلى بلدة خناصر، ما أدى إلى مقتل ثمانية عناصر من قوات النظام."));
        assertEquals(List.of("خناصر"), places("أرسلت الفصائل سيارة مفخخة إلى حاجز لقوات النظام في بلدة خناصر، ما أدى إلى مقتل ثمانية عناصر."));
        // photos sent "from" a town: no destination, and no incident there either
        assertEquals(List.of("دوما"), places("قصفت قوات النظام مدينة دوما، فيما أرسل ناشطون صورا من مدينة حرستا تظهر الدمار."));
    }

    @Test
    void whatAnActivistTellsAfterThatIsNoPlaceOfTheActivist() {
        // "قال ناشطون إن خمسة قتلوا في بلدة X": X is told of, the activists are not placed there
        List<Event> es = events("قال ناشطون إن خمسة مدنيين قتلوا في بلدة كفر داعل، كما استهدف الطيران قرية حاس.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(List.of("كفر داعل", "حاس"), es.get(0).places().stream().map(EventPlace::nameAr).toList());
        // must not fire: "ناشطون في مدينة X" right after the noun is where they are
        assertEquals(List.of("دوما"), places("قال ناشطون في مدينة سراقب إن الطيران الروسي قصف مدينة دوما."));
    }

    @Test
    void whereOneKilledCameFromIsNoPlaceOfTheIncident() {
        assertEquals(List.of("الوعر"), places("قتل الشاب محمد العلي، ابن مدينة تلبيسة، برصاص قناص لقوات النظام في حي الوعر بمدينة حمص."));
        assertEquals(List.of("خان شيخون"), places("قتل مدني ينحدر من قرية الهبيط في قصف على مدينة خان شيخون."));
        assertEquals(List.of("جوبر"), places("قتل مقاتل من فيلق الرحمن، وهو من أبناء بلدة كفرنبل، في معارك على جبهة حي جوبر."));
    }

    @Test
    void whereTheAircraftTookOffOrTheRocketsWereFiredFromIsNoPlaceOfTheIncident() {
        assertEquals(List.of("جسر الشغور"), places("قصفت الطائرات الروسية المنطلقة من قاعدة حميميم مدينة جسر الشغور، ما أدى إلى مقتل 4 مدنيين."));
        assertEquals(List.of("اللطامنة"), places("ألقى الطيران المروحي الذي أقلع من مطار حماة العسكري براميل متفجرة على بلدة اللطامنة."));
        assertEquals(List.of("تلبيسة"), places("استهدف الطيران الحربي القادم من مطار الشعيرات مدينة تلبيسة بصواريخ فراغية."));
        assertEquals(List.of("العباسيين"), places("سقطت قذائف هاون أطلقت من حي جوبر على حي العباسيين، ما أدى إلى مقتل شخص."));
        // must not fire: a strike on the base itself is there
        assertEquals(List.of("مطار الشعيرات"), places("استهدفت صواريخ أمريكية مطار الشعيرات العسكري فجر اليوم."));
    }

    @Test
    void aGovernorOrAPoliceCommandNamedAfterItsTownIsASpeaker() {
        assertEquals(List.of("محردة"), places("أكد محافظ حماة في تصريح من مدينة حماة أن قذائف سقطت على مدينة محردة دون إصابات."));
        assertEquals(List.of("الزهراء"), places("قال مصدر في قيادة شرطة حمص إن قذيفة سقطت على حي الزهراء، ما أدى إلى مقتل طفل."));
        // must not fire: the governorate (محافظة) is a place, not its governor
        assertEquals(List.of("حماة"), places("قتل خمسة مدنيين في قصف على مدينة حماة في محافظة حماة."));
    }

    @Test
    void whereOneKilledLivedOrWasDisplacedFromIsNoPlaceOfTheIncident() {
        assertEquals(List.of("الإنشاءات"), places("قتل رجل يقطن في حي الوعر برصاص قناص في حي الإنشاءات."));
        assertEquals(List.of("كفر نبل"), places("قتل شاب يسكن في بلدة حاس في قصف على مدينة كفرنبل."));
        assertEquals(List.of("الدانا"), places("قتلت امرأة مقيمة في بلدة سرمدا في غارة على مدينة الدانا."));
        assertEquals(List.of("الإنشاءات"), places("قتل رجل من قاطني حي الوعر في قصف على حي الإنشاءات."));
        assertEquals(List.of("دوما"), places("قتل الشاب خالد، وهو من مواليد مدينة حمص، في قصف على مدينة دوما."));
        assertEquals(List.of("القريتين"), places("قتل مدني نازح من مدينة تدمر في غارة على مدينة القريتين."));
        // must not fire: where they live is where it happened when the sentence names no other place
        assertEquals(List.of("الوعر"), places("قتل رجل يقطن في حي الوعر برصاص قناص."));
    }

    @Test
    void mustNotFire_aHomeTownThatIsTheOnlyPlaceOrWhereTheyWereTakenFrom() {
        // the only place the sentence names is where it happened
        assertEquals(List.of("كفر نبل"), places("قتل ثلاثة من أهالي بلدة كفرنبل بقصف على البلدة."));
        // a place people fled to tells nothing of where the incident was: the abducted town's people were taken there
        Event e = events("اختطف تنظيم داعش أكثر من 200 من أبناء مدينة القريتين، وأفاد ناشطون بنزوح المئات باتجاه بلدات صدد وفيروزة.").get(0);
        assertEquals(List.of("القريتين"), e.places().stream().map(EventPlace::nameAr).toList());
    }

    @Test
    void whereTheAttackersAreStationedIsNoPlaceOfTheIncident() {
        assertEquals(List.of("تلبيسة"), places("قصفت قوات النظام المتمركزة في قرية جبورين مدينة تلبيسة، ما أدى إلى مقتل رجل وزوجته."));
        assertEquals(List.of("اللطامنة"), places("قصفت قوات النظام المتمركزة في مطار حماة العسكري بلدة اللطامنة بالمدفعية الثقيلة."));
    }

    @Test
    void mustNotFire_forcesStationedWhereTheyWereStruckOrLeft() {
        assertEquals(List.of("معان"), places("استهدفت الفصائل قوات النظام المتمركزة في قرية معان بصواريخ غراد، ما أدى إلى مقتل خمسة عناصر."));
        // the countryside after it locates the village, it is no target
        assertEquals(List.of("معان"), places("استهدفت الفصائل بصواريخ غراد قوات النظام المتمركزة في قرية معان بريف حماة الشمالي."));
        assertEquals(List.of("مورك"), places("انسحبت قوات النظام المتمركزة في بلدة مورك بعد معارك عنيفة."));
    }

    @Test
    void aStreetNamedAfterATownLiesInAnother() {
        assertEquals(List.of("الرقة"), places("قتل 13 مدنيا في غارات على حي الدرعية وشارع تل أبيض في مدينة الرقة."));
        assertEquals(List.of("أعزاز"), places("سقطت قذائف على دوار حلب في مدينة إعزاز."));
        // must not fire: a street named after a quarter lies in that quarter
        assertEquals(List.of("العدوي"), places("قتل مدني جراء سقوط قذيفة هاون على شارع العدوي بدمشق."));
    }

    @Test
    void mustNotFire_aCheckpointsNameTheGazetteerLacksIsNoKindWord() {
        // "من حاجز الرحبة": al-Rahba is the checkpoint; the town after it is the target, not the origin
        Event e = events("قصفت قوات النظام من حاجز الرحبة بلدة حيان بالمدفعية، ما أدى إلى مقتل امرأة.").get(0);
        assertEquals(List.of("حيان"), e.places().stream().map(EventPlace::nameAr).toList());
        assertEquals(1, e.fatalities());
    }

    @Test
    void whereTheDisplacedCameFromIsNoPlaceOfTheIncident() {
        assertEquals(List.of("القريتين"), places("قتل خمسة نازحين من مدينة تدمر بقصف على بلدة القريتين."));
        // must not fire: a camp of the displaced is where it was struck
        assertEquals(List.of("اطمه"), places("قصفت قوات النظام مخيما للنازحين في بلدة أطمة، ما أدى إلى مقتل خمسة مدنيين."));
    }

    @Test
    void whereTheDisplacedWentIsNoPlaceOfTheIncidentEither() {
        // their way, from one town to another: only the fighting they fled is an incident's place
        List<String> p = places("وصلت 50 عائلة نازحة من تدمر إلى مدينة حمص بعد اشتباكات في محيط حقل الشاعر.");
        assertEquals(false, p.contains("حمص"), p::toString);
        assertEquals(1, p.size(), p::toString);
        // must not fire: the place struck after the displaced's home, with no word of going there
        assertEquals(List.of("القريتين"), places("قتل خمسة نازحين من مدينة تدمر في قصف على بلدة القريتين."));
    }

    @Test
    void anOutletNamedAfterATownIsNoPlace() {
        assertEquals(List.of("البوكمال"), places("أفادت شبكة دير الزور 24 بمقتل 6 مدنيين في غارة على مدينة البوكمال."));
        assertEquals(List.of("الجورة"), places("أفاد موقع دير الزور 24 بسقوط قذائف على حي الجورة."));
        // after the incident, the outlet's town takes no toll of its own
        assertEquals(List.of("الرقة"), places("قتل 4 مدنيين في غارة على مدينة الرقة، بحسب حملة الرقة تذبح بصمت."));
        // must not fire: a military site named after its hill, a network of tunnels in a quarter
        assertEquals(List.of("تل الحارة"), places("سيطرت الفصائل على موقع تل الحارة في ريف درعا."));
        assertEquals(List.of("جوبر"), places("قصفت قوات النظام شبكة أنفاق في حي جوبر بدمشق."));
    }

    @Test
    void anOfficeNamedAfterItsTownIsNoPlaceOfTheIncident() {
        assertEquals(List.of("الأتارب"), places("استهدف الطيران الحربي مشفى الأتارب الجراحي بعدة صواريخ، ما أدى إلى مقتل ممرض، وفق مديرية صحة حلب الحرة."));
        assertEquals(List.of("الأتارب"), places("قصفت قوات النظام مقر مجلس محافظة حلب الحرة في بلدة الأتارب."));
        // must not fire: the office's town is the only place named
        assertEquals(List.of("داريا"), places("أعلن مجلس مدينة داريا المحلي مقتل خمسة مدنيين بقصف على المدينة."));
    }

    @Test
    void aCouncilOrCompanyNamedRightAfterItsNounIsNoPlaceOfTheIncident() {
        // decision 072: the name right after the organisation's noun, without a feature word between
        assertEquals(List.of("الشحيل"), places("اندلعت اشتباكات بين قسد ومسلحين في بلدة الشحيل، وقال مسؤول في مجلس دير الزور المدني إن الوضع هادئ."));
        assertEquals(List.of("معدان"), places("قصف الطيران صهاريج تابعة لشركة القاطرجي في بلدة معدان."));
        // must not fire: the council's town is the only place named
        assertEquals(List.of("داريا"), places("أعلن مجلس داريا المحلي مقتل خمسة مدنيين بقصف على المدينة."));
        // nor after the noun with its article: it governs nothing, and the place after في is the target's
        assertEquals(List.of("الميادين"), places("قصف الطيران مبنى الشركة العامة للكهرباء في مدينة الميادين."));
    }
}
