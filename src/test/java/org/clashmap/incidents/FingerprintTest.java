package org.clashmap.incidents;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Near-duplicate texts, on a report written for this test. */
public class FingerprintTest {
    public static final String REPORT = """
            غارة على سوق معرة النعمان

            قتل 12 مدنياً وأصيب آخرون أمس جراء غارة جوية لطائرات النظام السوري على سوق شعبي في مدينة معرة النعمان بريف إدلب الجنوبي، \
            بحسب ما أفاد به ناشطون محليون. وقال الدفاع المدني إن فرقه عملت طوال الليل على انتشال الضحايا من تحت الأنقاض، \
            وإن بين القتلى ثلاثة أطفال وامرأتين، فيما نقل الجرحى إلى مشاف ميدانية في المنطقة. وتتعرض المدينة منذ أسابيع لقصف متكرر.
            """;
    /** The same article re-posted: another headline, diacritics and hamza forms, one sentence dropped. */
    public static final String REPOST = """
            مقتل مدنيين في معرة النعمان

            قُتل 12 مدنياً وأُصيب آخرون أمس جراء غارة جوية لطائرات النظام السوري على سوق شعبي في مدينة معرة النعمان بريف ادلب الجنوبي، \
            بحسب ما أفاد به ناشطون محليون. وقال الدفاع المدني إن فرقه عملت طوال الليل على انتشال الضحايا من تحت الأنقاض، \
            وإن بين القتلى ثلاثة أطفال وامرأتين، فيما نقل الجرحى إلى مشاف ميدانية في المنطقة.
            """;
    /** The same incident written by another outlet. */
    public static final String OTHER_OUTLET = """
            ارتفاع حصيلة ضحايا معرة النعمان

            ارتفع عدد ضحايا الغارة التي شنتها طائرات النظام السوري على سوق مدينة معرة النعمان أمس إلى 19 قتيلاً بينهم أربعة أطفال، \
            وفق ما ذكره الدفاع المدني، الذي قال إن عدداً من الجرحى في حالة حرجة.
            """;

    @Test
    void aRepostIsNearlyTheSameAndAnotherOutletsReportIsNot() {
        double threshold = LinkRules.defaults().duplicateSimilarity();
        double repost = Fingerprint.of(REPORT).similarity(Fingerprint.of(REPOST));
        double other = Fingerprint.of(REPORT).similarity(Fingerprint.of(OTHER_OUTLET));
        assertTrue(repost >= threshold, "repost " + repost);
        assertTrue(other < 0.4, "other outlet " + other);
        assertEquals(1.0, Fingerprint.of(REPORT).similarity(Fingerprint.of(REPORT)));
    }

    @Test
    void aRepostSharesABandAndTheHexFormReadsBack() {
        Fingerprint a = Fingerprint.of(REPORT), b = Fingerprint.of(REPOST);
        long[] ba = a.bands(), bb = b.bands();
        boolean shared = false;
        for (int i = 0; i < ba.length; i++) shared |= ba[i] == bb[i];
        assertTrue(shared);
        assertEquals(1.0, Fingerprint.parse(a.hex()).similarity(a));
    }
}
