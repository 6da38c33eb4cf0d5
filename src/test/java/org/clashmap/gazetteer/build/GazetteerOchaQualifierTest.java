package org.clashmap.gazetteer.build;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A dash part naming the village's own district or sub-district is a qualifier, not a twin village. */
class GazetteerOchaQualifierTest {
    @Test
    void districtNameAfterADashIsAQualifier() {
        assertTrue(OchaCommunities.isQualifier("جرابلس", "جرابلس", "مركز جرابلس"));
        assertTrue(OchaCommunities.isQualifier("الدريكيش", "دريكيش", "جنينة رسلان"));
        assertTrue(OchaCommunities.isQualifier("عفرين", "عفرين", "مركز عفرين"));
    }

    @Test
    void aTwinVillageIsNot() {
        assertFalse(OchaCommunities.isQualifier("مشهد", "مركز إدلب", "معرة تمصرين"));
        assertFalse(OchaCommunities.isQualifier("بشلامون", "جسر الشغور", "مركز جسر الشغور"));
        assertFalse(OchaCommunities.isQualifier("", "جسر الشغور", "مركز جسر الشغور"));
    }
}
