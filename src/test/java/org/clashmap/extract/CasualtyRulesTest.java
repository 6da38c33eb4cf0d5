package org.clashmap.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The casualty rules of issue 15, one sentence each (written for these tests, not taken from any report):
 * explicit none is 0, only wounded is 0, unknown stays null; dying words; number and person words; what must
 * not count (breakdowns, things, periods of months, tolls of another time, negations of something else).
 */
class CasualtyRulesTest {
    private static final String PUB = "2018-04-25";

    private static Event clash(String tail) {
        return Fixture.only("اندلعت اشتباكات بين قوات النظام وتنظيم داعش في محيط السخنة " + tail, PUB);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            دون وقوع إصابات.                                   | 0
            ولم تسفر عن ضحايا.                                  | 0
            ولم ترد أنباء عن وقوع إصابات بشرية.                 | 0
            ولم تسجل إصابات بين العناصر.                        | 0
            واقتصرت الأضرار على الماديات.                       | 0
            وخلفت أضراراً مادية في المباني.                     | 0
            دون معلومات عن إصابات.                              | null
            ولم يعرف عدد القتلى.                                | null
            أسفرت عن خسائر بشرية ومادية.                        | null
            وأصيب خمسة عناصر بجروح.                             | 0
            أسفرت عن إصابة 15 عنصراً.                           | 0
            محققين إصابات مباشرة.                               | null
            أسفرت عن مقتل وجرح عناصر.                           | null
            أسفرت عن مقتل عائلة.                                | null
            واستشهد 4 من المدنيين.                              | 4
            وسقط 3 شهداء.                                       | 3
            وارتقى فيها سبعة شهداء.                             | 7
            ولقي 6 عناصر حتفهم.                                 | 6
            ولقي 15 عنصرا على الأقل من قوات النظام والمسلحين الموالين لها مصرعهم. | 15
            ولقي الهجوم إدانة واسعة وأصيب 3 عناصر.              | 0
            ولقي مدني مصرعه.                                    | 1
            وراح ضحيتها ثمانية أشخاص.                           | 8
            وذهب ضحيته ثلاثة مدنيين.                            | 3
            قتل فيها طبيب وممرضة.                               | 2
            قتل فيها راعي أغنام.                                | 1
            ولقي مدني جروحا.                                    | null
            ما أودى بحياة سبعة مدنيين.                          | 7
            وقضى ثلاثة أشخاص.                                   | 3
            أسفرت عن مصرع عشرة عناصر.                           | 10
            أسفرت عن مقتل امرأة وابنتها.                        | 2
            أسفرت عن مقتل طفلة.                                 | 1
            أسفرت عن مقتل شقيقين.                               | 2
            أسفرت عن مقتل قائد ميداني وعنصر.                    | 2
            أسفرت عن مقتل خمس نساء.                             | 5
            أسفرت عن مقتل طفلين شقيقين.                         | 2
            واستشهد مدنيان.                                     | 2
            وتوفي طفل متأثرا بجروحه.                            | 1
            وأصيب طفل بجروح.                                    | 0
            قتل فيها قائد اللواء 47.                            | 1
            قتل فيها العقيد أحمد حسن قائد الفوج 46.             | 1
            قتل فيها ضابط برتبة عقيد.                           | 1
            قتل فيها مقاتلان من المعارضة وعنصر من قوات النظام.  | 3
            قتل فيها 12 عنصرا من الفرقة الرابعة.                | 12
            قتل فيها 5 عناصر من اللواء 47 و3 من الفوج 46.       | 8
            وقتل جنديان ومقاتلان.                               | 4
            قتل فيها ما بين 10 و15 عنصرا.                       | 10
            أسفرت عن مقتل طفلين اثنين.                          | 2
            وسقط 30 عنصرا بين قتيل وجريح.                       | null
            وفارق عنصر الحياة متأثرا بجراح أصيب بها.            | 1
            قتل فيها أربعة عناصر وضابط.                         | 5
            وأسرت الفصائل 6 عناصر وقتلت آخرين.                  | null
            وقتل 3 عناصر وأسر 5 آخرون.                          | 3
            وقتل فيها 4 عناصر ووقع 6 أسرى.                      | 4
            قتل فيها ثلاثة عناصر وطفل.                          | 4
            قتل فيها 5 عناصر، وقتل عنصر من الدفاع المدني.       | 6
            قتل فيها 3 عناصر، كما قتل مقاتل من الفصائل.          | 4
            قتل فيها أربعة أشخاص، والقتلى هم سيدة وطفلتها وطفلان. | 4
            وفارق 3 عناصر الحياة.                               | 3
            وتقدم عنصر بفارق كبير وأصيب بجروح.                  | 0
            وسقط عشرات القتلى والجرحى.                          | null
            وأفيد بأن عشرات العناصر قتلوا وجرحوا فيها.          | null
            أسفرت عن مقتل وإصابة 25 عنصرا.                      | null
            وقتل خمسة عناصر وجرح عشرة آخرون.                    | 5
            وقتل 7 عناصر وأصيب 20 آخرون بجروح.                  | 7
            وأفيد بأن خمسة عناصر قتلوا وأصيب آخرون.             | 5
            وأفيد بأن عشرة عناصر قتلوا وأصيب أكثر من 100.       | 10
            وسقط 4 قتلى و12 جريحا.                              | 4
            أسفرت عن مقتل مدنيين اثنين وإصابة خمسة آخرين.       | 2
            أسفرت عن مقتل رجل واحد.                             | 1
            أسفرت عن مقتل 8 قتلى وإصابة 5.                      | 8
            قتل فيها بين 10 و15 عنصرا.                          | 10
            أسفرت عن مقتل 3 أو 4 عناصر.                         | 3
            سقط فيها 10 إلى 15 قتيلا.                           | 10
            سقط فيها 10-15 قتيلا.                               | 10
            أسفرت عن مقتل 12 عنصرا و4 مدنيين.                   | 16
            قتل فيها 5 عناصر بين الساعة 10 و11 ليلا.            | 5
            وأوقعت قتيلين.                                      | 2
            ما أدى إلى سقوط شهيدين وثلاثة جرحى.                 | 2
            وأسفرت عن مقتل 5 عناصر بينهم قتيلان من القادة.      | 5
            أسفرت عن سقوط 4 قتلى، اثنان منهم أطفال.             | 4
            أسفرت عن مقتل 3 عناصر، اثنان منهم من لواء شهداء الإسلام. | 3
            أسفرت عن مقتل 6 نساء، ثلاث منهن من عائلة واحدة.      | 6
            حاصروا المقاتلين فلم يتمكنوا من التقدم وقتل 5 منهم.   | 5
            ولم تسفر عن قتيلين أو أكثر.                         | 0
            وأوقعت جريحين.                                      | 0
            أسفرت عن مقتل مدني.                                 | 1
            ما أدى لمقتل قناص تابع للنظام.                      | 1
            وأعلن التنظيم عن مقتله.                             | 1
            أسفرت عن مقتل القيادي علي حسن، وأكد الفصيل مقتله.   | 1
            أسفرت عن مقتل طفلين، وامرأة وطفلها.                 | 4
            أسفرت عن مقتل القيادي علي حسن، وقائد مجموعات الفهود. | 1
            أسفرت عن مقتل رجل وثلاثة أطفال، والقتلى هم أب وطفلته وطفلان. | 4
            أسفرت عن مقتل 3 عناصر وإصابة طفل.                   | 3
            أسفرت عن مقتل ثماني عشرة امرأة.                     | 18
            أسفرت عن مقتل مئتين من العناصر.                     | 200
            أسفرت عن مقتل ثلاثة آلاف عنصر.                      | 3000
            أسفرت عن مقتل 12 ألف عنصر.                          | 12000
            أسفرت عن مقتل 14 عنصراً من النظام و9 من الميليشيات. | 23
            أسفرت عن مقتل 14 عنصراً وإصابة 9 آخرين.             | 14
            أسفرت عن مقتل ما لا يقل عن 12 عنصراً.               | 12
            قتل فيها 9 عناصر على الأقل.                         | 9
            أسفرت عن مقتل ثمانية عناصر بينهم 3 أطفال.           | 8
            أسفرت عن مقتل 4 عناصر في نيسان 2018.                | 4
            وسقط أكثر من 20 برميلا على الأحياء.                 | null
            وسقط 30 صاروخاً دون أنباء عن قتلى.                  | 0
            ولم يتمكن عناصر التنظيم من التقدم وقتل 5 منهم.      | 5
            """)
    void deadInOneSentence(String tail, Integer dead) {
        assertEquals(dead, clash(tail.strip()).fatalities());
    }

    /** Decision 062: trades and roles in their singular, dual and possessive forms; each noun of a pair counts. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            وقتل فيها راع كان يرعى أغنامه.                      | 1
            وقتل فيها راعيان.                                   | 2
            أسفرت عن مقتل راعيين.                               | 2
            وقتل فيها مصليان.                                   | 2
            وقتل فيها طبيبان.                                   | 2
            أسفرت عن مقتل طبيبين.                               | 2
            وقتل فيها مزارع.                                    | 1
            وقتل فيها مزارعان.                                  | 2
            أسفرت عن مقتل سائقها.                               | 1
            أسفرت عن مقتل سائقها وراكب معه.                     | 2
            أسفرت عن مقتل قائد الفصيل، ما أدى إلى مقتله ومرافقه. | 2
            وقتل فيها مسعف ومتطوع.                              | 2
            وقتل فيها صحفي ومصور.                               | 2
            وقتل فيها طفلان وأمهما.                             | 3
            وقتل فيها مصوران.                                   | 2
            وسقط 4 قتلى في مزارع القرية.                        | 4
            وسقط قتلى في مزارع القرية.                          | null
            وأصيب مدنيون بجروح على مزارع القرية.                | 0
            وأعلن التنظيم عن مقتله بعد بث شريط مصور.            | 1
            وقتل فيها مقاتل بمرافقة عنصرين.                     | 1
            """)
    void tradesAndRolesCountTheirDead(String tail, Integer dead) {
        assertEquals(dead, clash(tail.strip()).fatalities());
    }

    /**
     * Decision 068: one dead told by the bare indefinite singular, citizens in the dual, the headman and the conscript,
     * a parent's two children; and what must not count: a number right before, the dead and wounded together, the
     * martyr of a funeral, a count already made, a negation, people named with no casualty word before them.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            ما أدى إلى سقوط شهيد.                               | 1
            ما أدى إلى سقوط قتيل وعدد من الجرحى.                | 1
            فأردوه قتيلا.                                       | 1
            وسقط 12 قتيلا.                                      | 12
            ليرتفع عدد القتلى في البلدة إلى 11 قتيلا.           | 11
            وسقط 20 عنصرا بين قتيل وجريح.                       | null
            وقتل 4 عناصر وسقط قتيل آخر.                         | 5
            وقتل 4 عناصر، قتيل منهم قائد مجموعة.                 | 4
            ولم يسقط أي قتيل.                                   | 0
            وشيع الأهالي الشهيد في البلدة.                      | null
            واستشهد مواطنان.                                    | 2
            واستشهد 3 مواطنين وأصيب مواطنان بجروح.              | 3
            وقتل فيها مختار البلدة.                             | 1
            وقال مختار البلدة إن عنصرين قتلا.                   | null
            واستشهد المجند أحمد الخطيب.                         | 1
            وقتلت امرأة وطفلاها.                                | 3
            ونزحت امرأة وطفلاها.                                | null
            """)
    void singularsDualsAndRolesOfDecision068(String tail, Integer dead) {
        assertEquals(dead, clash(tail.strip()).fatalities());
    }

    /**
     * Decision 072: a lone dead beside wounded in the dual is one dead, not the kind of a count ("بين قتيل وجريح").
     * Must not fire: the kind of a count, the wounded alone.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            ما أدى إلى سقوط قتيل وجريحين.                       | 1
            ما أدى إلى سقوط شهيد وجريحين.                       | 1
            ما أدى إلى سقوط قتيلين وجريح.                       | 2
            وسقط 5 عناصر بين قتيل وجريح.                        | null
            ما أدى إلى سقوط جريحين.                             | 0
            """)
    void aLoneDeadBesideTwoWounded(String tail, Integer dead) {
        assertEquals(dead, clash(tail.strip()).fatalities());
    }

    /** Decision 072: a correction replaces the figure before it; a figure taken back is no count. Must not fire: no figure after. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            وقتل 3 عناصر، والصحيح أنهم 5 عناصر.                | 5
            وقتل 5 عناصر، والصحيح أنهم 3.                       | 3
            وقتل 5 عناصر، والصواب 3 قتلى.                       | 3
            وقتل 5 عناصر وليس 3 كما ذكر سابقا.                  | 5
            وقتل 5 عناصر، وليس ثلاثة كما ذكرنا.                 | 5
            وقتل 5 عناصر، والصحيح أن الاشتباكات بدأت ليلا.      | 5
            وقتل 5 عناصر وليس هناك أرقام عن الجرحى.             | 5
            """)
    void aCorrectionReplacesTheFigure(String tail, Integer dead) {
        assertEquals(dead, clash(tail.strip()).fatalities());
    }

    @Test
    void aCorrectionInTheNextSentenceReplacesTheIncidentsToll() {
        Extraction x = Fixture.extract("اندلعت اشتباكات بين قوات النظام وتنظيم داعش في محيط السخنة وقتل 5 عناصر. "
                + "والصحيح أن عدد القتلى 3 عناصر.", PUB, TimePrecision.DAY);
        assertEquals(1, x.events().size(), x.events()::toString);
        assertEquals(3, x.events().get(0).fatalities());
    }

    /** Decision 072: a count told before its verb of martyrdom; must not fire: the verb without a count, the wounded. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            وقالت المصادر إن 7 من عناصر الجيش استشهدوا في الهجوم.  | 7
            وقال المرصد إن 3 من النساء استشهدت فيها.            | 3
            واستشهدت فيها 3 نساء.                               | 3
            وقالت المصادر إن عناصر من الجيش استشهدوا.           | null
            وقالت المصادر إن 7 من عناصر الجيش أصيبوا في الهجوم.   | 0
            """)
    void aCountBeforeItsVerbOfMartyrdom(String tail, Integer dead) {
        assertEquals(dead, clash(tail.strip()).fatalities());
    }

    /** Decision 072: a judge is named as a lawyer is; must not fire: a judge's house, a judge wounded. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            وقتل فيها قاض.                                      | 1
            وأسفرت عن مقتل قاض.                                 | 1
            وقتل فيها قاضي محكمة البلدة.                        | 1
            وأصيب قاض بجروح.                                    | 0
            ونزح قاض من البلدة.                                 | null
            """)
    void aJudgeIsAPerson(String tail, Integer dead) {
        assertEquals(dead, clash(tail.strip()).fatalities());
    }

    /**
     * Decision 071: a word of falling with the clitic ب right after a count is its cause ("by the fall of a shell"), so the
     * wounded counted before it stay wounded; the falling word before a count still counts the dead ("سقط 4 قتلى").
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            قتل ثلاثة أشخاص وأصيب خمسة بسقوط قذيفة على حي الحمدانية في حلب.       | 3
            قتل 2 وجرح 4 بسقوط قذائف هاون على حي الحمدانية في حلب.                 | 2
            أصيب 6 أشخاص بسقوط قذيفة على حي الحمدانية في حلب.                      | 0
            قتل 3 بسقوط قذيفة على حي الحمدانية في حلب.                             | 3
            سقط 4 قتلى بسقوط قذيفة على حي الحمدانية في حلب.                        | 4
            سقط 4 قتلى وأصيب 9 آخرون بقذيفة على حي الحمدانية في حلب.               | 4
            """)
    void aFallingWordAfterTheCountIsItsCause(String text, Integer dead) {
        assertEquals(dead, RealGazetteer.only(text.strip(), PUB).fatalities());
    }

    /**
     * Decision 071: the verb of dying after a count's own breakdown is still the count's ("أن تسعة مدنيين بينهم ثلاثة أطفال
     * قتلوا"); a verb of wounding there keeps them wounded, and the breakdown is never counted on top.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            أفاد المرصد أن تسعة مدنيين بينهم ثلاثة أطفال قتلوا في غارات على بلدة سرمين.     | 9
            ذكر ناشطون أن 12 مدنيا بينهم 4 أطفال لقوا حتفهم في غارات على بلدة سرمين.        | 12
            أفاد المرصد أن تسعة مدنيين، بينهم ثلاثة أطفال، قتلوا في غارات على بلدة سرمين.    | 9
            أفاد المرصد أن تسعة مدنيين بينهم ثلاثة أطفال أصيبوا في غارات على بلدة سرمين.     | 0
            قتل 9 مدنيين بينهم 3 أطفال في غارات على بلدة سرمين.                             | 9
            """)
    void aVerbAfterTheCountsBreakdownIsStillTheCounts(String text, Integer dead) {
        assertEquals(dead, RealGazetteer.only(text.strip(), PUB).fatalities());
    }

    /** Decision 071: a struck hospital's patients and staff and a town's officials count their dead; as speakers they count none. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            قتل ممرض ومريضان بغارة على المستشفى الميداني في بلدة سرمين.                  | 3
            أسفرت الغارة على بلدة سرمين عن مقتل ممرض ومريضين.                           | 3
            اغتيل رئيس المجلس المحلي لبلدة كفرنبل برصاص مجهولين.                        | 1
            قتل عضو في المجلس المحلي لبلدة سرمين بغارة جوية.                            | 1
            قتل حارس المدرسة بغارة على بلدة سرمين.                                      | 1
            قال رئيس المجلس المحلي في بلدة كفرنبل إن الغارات دمرت المدرسة.               | null
            قصف الطيران بلدة سرمين وقال رئيس المجلس المحلي إن 5 أشخاص قتلوا.            | 5
            """)
    void patientsStaffAndOfficialsCountTheirDead(String text, Integer dead) {
        assertEquals(dead, RealGazetteer.only(text.strip(), PUB).fatalities());
    }

    /** Decision 071: after "لقي" the fate may follow the person's description ("لقي ضابط برتبة عقيد في قوات النظام مصرعه"). */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            لقي ضابط برتبة عقيد في قوات النظام مصرعه برصاص قناص في حي المنشية بدرعا.    | 1
            لقي عنصر في قوات النظام مصرعه برصاص قناص في حي المنشية بدرعا.              | 1
            لقي عنصر من الفصائل حتفه في اشتباكات في حي المنشية بدرعا.                  | 1
            لقي شاب ووالده مصرعهما برصاص قناص في حي المنشية بدرعا.                     | 2
            لقي عنصر في قوات النظام العلاج بعد إصابته برصاص قناص في حي المنشية بدرعا.  | null
            """)
    void theFateAfterThePersonsDescriptionCountsThePerson(String text, Integer dead) {
        assertEquals(dead, RealGazetteer.only(text.strip(), PUB).fatalities());
    }

    /** Decision 071: "one of" a plural is one dead ("قتل أحد عناصر الجيش الحر"); Sunday and eleven are not. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            قتل أحد عناصر الجيش الحر برصاص قناص في حي المنشية بدرعا.                 | 1
            مقتل إحدى السيدات بقصف على حي المنشية بدرعا.                             | 1
            قتل أحد قادة الفصائل و3 من مرافقيه بقصف على حي المنشية بدرعا.             | 4
            قتل الأحد ثلاثة مدنيين بقصف على حي المنشية بدرعا.                         | 3
            قتل أحد عشر مدنيا بقصف على حي المنشية بدرعا.                              | 11
            قتل 5 عناصر بينهم أحد القادة بقصف على حي المنشية بدرعا.                   | 5
            """)
    void oneOfAPluralIsOneDead(String text, Integer dead) {
        assertEquals(dead, RealGazetteer.only(text.strip(), PUB).fatalities());
    }

    /** Decision 071: the feminine past of martyrdom counts its dead as the masculine does; citing ("استشهدت بتقرير") none. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            استشهدت طفلة بقصف على حي المنشية بدرعا.                                  | 1
            استشهدت 3 نساء بقصف على حي المنشية بدرعا.                                 | 3
            استشهدت امرأة وأصيب 4 بقصف على حي المنشية بدرعا.                          | 1
            استشهدت الصحيفة بتقرير للمرصد عن القصف على حي المنشية بدرعا.              | null
            """)
    void theFemininePastOfMartyrdomCountsItsDead(String text, Integer dead) {
        assertEquals(dead, RealGazetteer.only(text.strip(), PUB).fatalities());
    }

    /** Decision 062: "أرواح" with the subject between the verb and it; lives at stake are no dead. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            وحصدت الاشتباكات أرواح 6 عناصر.                     | 6
            وأزهقت المعارك أرواح ثلاثة مقاتلين.                 | 3
            وحصدت الاشتباكات أرواح عناصر من الطرفين.            | null
            في ظل حصار يهدد أرواح 8 آلاف مدني.                  | null
            وتوقفت حفاظا على أرواح 300 مدني.                    | null
            """)
    void livesTakenAreDead(String tail, Integer dead) {
        assertEquals(dead, clash(tail.strip()).fatalities());
    }

    @Test
    void woundedNeverCountAsDead() {
        Event e = clash("أسفرت عن إصابة 15 عنصراً بجروح متفاوتة.");
        assertEquals(0, e.fatalities());
        assertEquals(15, e.wounded());
    }

    @Test
    void aNegationInItsOwnSentenceReachesTheIncident() {
        Event e = Fixture.only("قصفت قوات النظام مدينة تدمر أمس.\nولم ترد أنباء عن وقوع إصابات.", PUB);
        assertEquals(0, e.fatalities());
    }

    @Test
    void aTollUpdateReplacesTheEarlierFigure() {
        Event later = Fixture.only("قصفت قوات النظام مدينة تدمر أمس، ما أسفر عن مقتل 20 شخصاً.\nوارتفعت حصيلة القتلى إلى 30.", PUB);
        assertEquals(30, later.fatalities());
        Event same = Fixture.only("قصفت قوات النظام مدينة تدمر أمس، وارتفع عدد القتلى من 20 إلى 35 شخصاً.", PUB);
        assertEquals(35, same.fatalities());
    }

    @Test
    void theNewFigureOfAnUpdateBelongsToItsTollHoweverLongThePhraseBefore() {
        // "ارتفع عدد القتلى ... إلى 23": the words telling whose toll it is may be many
        Event far = Fixture.only("ارتفع عدد القتلى جراء الغارات الجوية الروسية المكثفة على الأحياء السكنية في مدينة تدمر إلى 23 شخصا.", PUB);
        assertEquals(23, far.fatalities());
        Event breakdown = Fixture.only("ارتفعت حصيلة ضحايا القصف المدفعي لقوات النظام على أحياء مدينة الرستن إلى 17 قتيلا بينهم خمسة أطفال.", PUB);
        assertEquals(17, breakdown.fatalities());
        // must not fire: a number not after "إلى" (a population, the earlier figure) stays uncounted
        Event population = Fixture.only("ارتفع عدد القتلى جراء الغارات الجوية على مدينة تدمر التي يسكنها 50 ألف نسمة.", PUB);
        assertNull(population.fatalities());
        // nor without an update: a number after "إلى" far from any casualty word counts no dead
        Event noUpdate = Fixture.only("قتل مدنيون في غارات جوية على مدينة تدمر بعد وصول النازحين من البادية السورية والقرى المحيطة إلى 3 مخيمات.", PUB);
        assertNull(noUpdate.fatalities());
    }

    @Test
    void aLifeTakenWithItsSubjectBetweenVerbAndObjectIsAToll() {
        // "أودى X بحياة N": the subject splits the verb from "بحياة"
        assertEquals(30, Fixture.only("أودى انفجار سيارة مفخخة في مدينة تدمر بحياة ما لا يقل عن 30 شخصا.", PUB).fatalities());
        assertEquals(4, Fixture.only("أودت الغارات الجوية على مدينة الرستن بحياة أربعة مدنيين.", PUB).fatalities());
        // must not fire: "بحياة" of someone living is no death, and a word only starting with it is another word
        assertNull(Fixture.only("قصفت قوات النظام مدينة الرستن، ونجا المسعفون بحياتهم بعد أن استهدف القصف 3 سيارات إسعاف.", PUB).fatalities());
    }

    @Test
    void aTollOfBothSidesIsTheLastBattles() {
        String clashThenStrike = "اندلعت اشتباكات بين قوات النظام وتنظيم داعش في محيط السخنة.\nوقصف الطيران الروسي مواقع التنظيم في مدينة تدمر.\n";
        var es = Fixture.events(clashThenStrike + "وارتفعت حصيلة القتلى من الطرفين إلى 30 عنصرا.", PUB);
        assertEquals(2, es.size(), es::toString);
        Event clash = es.stream().filter(e -> e.type() == EventType.BATTLES).findFirst().orElseThrow();
        Event strike = es.stream().filter(e -> e.subType() == SubEventType.AIR_DRONE_STRIKE).findFirst().orElseThrow();
        assertEquals(30, clash.fatalities());
        assertNull(strike.fatalities());
        // must not fire: a toll without both sides adds to the incident just told
        var plain = Fixture.events(clashThenStrike + "وارتفعت حصيلة القتلى إلى 30 عنصرا.", PUB);
        assertEquals(30, plain.stream().filter(e -> e.subType() == SubEventType.AIR_DRONE_STRIKE).findFirst().orElseThrow().fatalities());
        // with no fighting told, both sides' dead are no strike's
        var strikeOnly = Fixture.only("قصف الطيران الروسي مواقع التنظيم في مدينة تدمر.\nوقتل أكثر من 30 عنصرا من الطرفين.", PUB);
        assertNull(strikeOnly.fatalities());
    }

    @Test
    void breakdownsAreNotAddedButTheNextCountIs() {
        Event e = Fixture.only("قصفت طائرات النظام بلدة الصورة، ما أدى إلى سقوط 9 قتلى بينهم 4 أطفال وامرأة، و5 قتلى في بلدة الحراك.", PUB);
        assertEquals(14, e.fatalities());
        Event list = Fixture.only("قصفت طائرات النظام بلدة الصورة، ما أدى إلى مقتل 12 عنصراً، ويتوزع القتلى بين 7 من النظام، و5 آخرين من الميليشيات.", PUB);
        assertEquals(12, list.fatalities());
    }

    @Test
    void statisticsOverMonthsAreNoToll() {
        Event months = Fixture.only("قصفت قوات النظام مدينة تدمر أمس.\nوقتل 3042 شخصاً في المحافظة خلال 10 أشهر.", PUB);
        assertNull(months.fatalities());
        Event year = Fixture.only("قصفت قوات النظام مدينة تدمر أمس.\nوقتل أكثر من 900 مدني في المحافظة منذ بداية العام.", PUB);
        assertNull(year.fatalities());
        Event month = Fixture.only("قصفت قوات النظام مدينة تدمر أمس.\nوقضى 45 مدنياً في المحافظة خلال آذار.", PUB);
        assertNull(month.fatalities());
        Event country = Fixture.only("قصفت قوات النظام مدينة تدمر أمس.\nولقي 80 شخصاً مصرعهم في مختلف المناطق السورية يوم أمس.", PUB);
        assertNull(country.fatalities());
    }

    @Test
    void todaysTollAfterStatisticsInTheSameSentenceCounts() {
        // the statistics end at a word that opens another report in the sentence ("فيما", "بينما")
        Event today = Fixture.only("أحصى المرصد مقتل أكثر من 300 مدني منذ بداية العام في محافظة إدلب، فيما قتل اليوم ثلاثة "
                + "مدنيين في قصف على مدينة تدمر.", PUB);
        assertEquals(3, today.fatalities());
        Event whilst = Fixture.only("قتل 900 مدني في المحافظة خلال 10 أشهر، بينما قتل أمس 4 عناصر في اشتباكات مع تنظيم داعش في محيط السخنة.", PUB);
        assertEquals(4, whilst.fatalities());
        // must not fire: a comma alone does not end them
        Event comma = Fixture.only("قصفت قوات النظام مدينة تدمر أمس.\nوقتل، منذ بداية العام، أكثر من 900 مدني في المحافظة.", PUB);
        assertNull(comma.fatalities());
    }

    @Test
    void aTollOverAMonthOfTheHijriCalendarIsNoToll() {
        // "during Ramadan": a month, named by the Hijri calendar as reports around the fast do
        Event ramadan = Fixture.only("قصفت قوات النظام مدينة تدمر أمس.\n\nوذكر ناشطون أن المدنيين الذين قتلوا بقصف القوات "
                + "الحكومية خلال رمضان بلغوا 900 شخص.", PUB);
        assertNull(ramadan.fatalities());
        Event muharram = Fixture.only("قصفت قوات النظام مدينة تدمر أمس.\nوقتل 300 شخص في المحافظة خلال شهر محرم.", PUB);
        assertNull(muharram.fatalities());
        // must not fire: a day in Ramadan, and a span of hours in it, are one incident's time
        Event firstDay = Fixture.only("قتل 12 مدنيا في قصف لقوات النظام على مدينة تدمر في أول أيام رمضان.", PUB);
        assertEquals(12, firstDay.fatalities());
        Event hours = Fixture.only("قتل 7 مدنيين في قصف لقوات النظام على مدينة تدمر خلال ساعات الإفطار في رمضان.", PUB);
        assertEquals(7, hours.fatalities());
        // nor a word that is also a month's name: "محرم" (forbidden) right after "خلال"
        Event forbidden = Fixture.only("قتل 20 مدنيا خلال قصف بسلاح محرم دوليا على مدينة تدمر.", PUB);
        assertEquals(20, forbidden.fatalities());
    }

    @Test
    void oneAfterAGroupOrATimeCountsNoDead() {
        assertEquals(7, Fixture.only("قتل 7 أشخاص من عائلة واحدة في غارة جوية على مدينة تدمر.", PUB).fatalities());
        assertEquals(12, Fixture.only("قتل 12 مدنيا في ليلة واحدة بقصف قوات النظام على مدينة تدمر.", PUB).fatalities());
        assertNull(Fixture.only("قتلت أسرة واحدة بأكملها في غارة جوية على مدينة تدمر.", PUB).fatalities());
        // must not fire: one after a person is a count of one
        assertEquals(1, Fixture.only("قتل رجل واحد في قصف قوات النظام على مدينة تدمر.", PUB).fatalities());
        assertEquals(1, Fixture.only("قتل عنصر واحد من قوات النظام في هجوم على مدينة تدمر.", PUB).fatalities());
    }

    @Test
    void aTollOfAnotherPlaceIsNotTheIncidents() {
        // a sentence with only a toll adds to the incident told before, unless it names places of its own elsewhere
        Event elsewhere = Fixture.only("قصفت قوات النظام مدينة تدمر بالمدفعية.\nوأكدت المنظمة أنها وثقت 300 ضحية قضوا في مدينة الرستن.", PUB);
        assertNull(elsewhere.fatalities());
        // must not fire: the same place again, a place inside it, or no place at all
        Event same = Fixture.only("قصفت قوات النظام مدينة تدمر بالمدفعية.\nوأكد ناشطون أن 5 مدنيين قضوا في مدينة تدمر.", PUB);
        assertEquals(5, same.fatalities());
        Event none = Fixture.only("قصفت قوات النظام مدينة تدمر بالمدفعية.\nوأكد ناشطون أن 5 مدنيين قضوا.", PUB);
        assertEquals(5, none.fatalities());
        Event province = Fixture.only("قصفت قوات النظام مدينة تدمر بالمدفعية.\nوأكد ناشطون أن 5 مدنيين قضوا في ريف حمص الشرقي.", PUB);
        assertEquals(5, province.fatalities());
    }

    @Test
    void aTollOfAnotherTimeIsNotTheIncidents() {
        Event e = Fixture.only("قصفت قوات النظام مدينة تدمر أمس.\nوكان 200 شخص قد قتلوا في المدينة عام 2014.", PUB);
        assertNull(e.fatalities());
    }

    @Test
    void aLongNumberIsNoCount() {
        Event e = clash("وللتواصل مع المرصد 0933123456 وقتلى في صفوف الطرفين.");
        assertNull(e.fatalities());
    }

    @Test
    void anExecutionOfOnePersonKillsOne() {
        // "وقتله": the killing of "him", a count of one with no number beside it
        Event e = Fixture.only("أعدم التنظيم محامياً في مدينة السخنة بإطلاق النار عليه وقتله.", PUB);
        assertEquals(SubEventType.ATTACK, e.subType());
        assertEquals(1, e.fatalities());
    }
}
