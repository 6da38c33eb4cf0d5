package org.clashmap.ui.settings;

import org.clashmap.ui.ClashMapApp;
import org.clashmap.ui.MemoryPreferences;

import org.clashmap.geo.control.ControlOptions;
import org.clashmap.geo.render.ControlPalette;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The control settings store: what is saved comes back, bad input is refused with a message naming the field. */
public class ControlSettingsTest {
    private final MemoryPreferences node = new MemoryPreferences();

    @AfterEach
    void resetPalette() {
        ControlPalette.setOverrides(Map.of());
    }

    @Test
    void savedSettingsComeBackFromTheNode() throws Exception {
        ControlOptions o = ControlOptions.DEFAULTS.withFrontDistanceKm(60).withFadeDays(90).withContestedDays(14);
        new ControlSettings(o, Map.of("isis", 0xFF00FF, "regime", 0xFF123456)).save(node);
        assertEquals(1, node.flushes, "saving flushes the node to its store");
        assertEquals("#ff00ff", node.get(ControlSettings.COLOUR + "isis", null));

        ControlSettings back = ControlSettings.load(node);
        assertEquals(60, back.options().frontDistanceKm());
        assertEquals(90, back.options().fadeDays());
        assertEquals(14, back.options().contestedDays());
        // the tunables the dialog does not show keep their defaults
        assertEquals(ControlOptions.DEFAULTS.clashRadiusKm(), back.options().clashRadiusKm());
        assertEquals(ControlOptions.DEFAULTS.tentativeBelow(), back.options().tentativeBelow());
        assertEquals(Map.of("isis", 0xFFFF00FF, "regime", 0xFF123456), back.colours());
        assertEquals(0xFFFF00FF, back.colour("isis"));
        assertEquals(ControlPalette.defaultArgb("sdf"), back.colour("sdf"));
    }

    @Test
    void anEmptyNodeGivesTheDefaultsAndResettingRemovesTheStoredColours() throws Exception {
        assertEquals(ControlSettings.defaults(), ControlSettings.load(node));
        assertEquals(ControlOptions.DEFAULTS, ControlSettings.load(node).options());

        new ControlSettings(ControlOptions.DEFAULTS.withFrontDistanceKm(45), Map.of("sdf", 0x0000FF)).save(node);
        assertNotNull(node.get(ControlSettings.COLOUR + "sdf", null));
        ControlSettings.defaults().save(node);
        assertNull(node.get(ControlSettings.COLOUR + "sdf", null), "reset leaves no colour stored");
        assertEquals(ControlSettings.defaults(), ControlSettings.load(node));
    }

    @Test
    void aColourEqualToActorsTsvIsNotAnOverride() {
        int regime = ControlPalette.defaultArgb("regime");
        ControlSettings s = new ControlSettings(ControlOptions.DEFAULTS, Map.of("regime", regime, "isis", 0x010203));
        assertEquals(Map.of("isis", 0xFF010203), s.colours());
    }

    @Test
    void unreadableOrOutOfRangeStoredValuesFallBackToTheirDefaults() {
        node.put(ControlSettings.REACH, "far");
        node.putInt(ControlSettings.FADE, 0);
        node.putInt(ControlSettings.CONTESTED, 99999);
        node.put(ControlSettings.COLOUR + "isis", "magenta");
        node.put(ControlSettings.COLOUR + "regime", "#00ff00");
        ControlSettings s = ControlSettings.load(node);
        assertEquals(ControlOptions.DEFAULTS, s.options());
        assertEquals(Map.of("regime", 0xFF00FF00), s.colours());
    }

    private static String refusal(String reach, String fade, String contested) {
        ControlSettings.Invalid e = assertThrows(ControlSettings.Invalid.class,
                () -> ControlSettings.parse(ControlOptions.DEFAULTS, reach, fade, contested));
        return e.key;
    }

    @Test
    void typedValuesAreParsedAndRefusedWithTheFieldThatIsWrong() throws Exception {
        ControlOptions o = ControlSettings.parse(ControlOptions.DEFAULTS, " 60 ", "180", "7");
        assertEquals(60, o.frontDistanceKm());
        assertEquals(ControlOptions.DEFAULTS.withFrontDistanceKm(60), o);
        assertEquals(12.5, ControlSettings.parse(ControlOptions.DEFAULTS, "12.5", "30", "0").frontDistanceKm());
        assertEquals(0, ControlSettings.parse(ControlOptions.DEFAULTS, "12.5", "30", "0").contestedDays());
        // Arabic-Indic digits and the Arabic decimal separator, as typed on an Arabic keyboard
        ControlOptions ar = ControlSettings.parse(ControlOptions.DEFAULTS, "٦٠٫٥", "١٨٠", "٧");
        assertEquals(60.5, ar.frontDistanceKm());
        assertEquals(180, ar.fadeDays());
        assertEquals(7, ar.contestedDays());

        assertEquals("settings.error.reach", refusal("", "180", "7"));
        assertEquals("settings.error.reach", refusal("abc", "180", "7"));
        assertEquals("settings.error.reach", refusal("0", "180", "7"), "ControlOptions refuses a reach of 0");
        assertEquals("settings.error.reach", refusal("-5", "180", "7"));
        assertEquals("settings.error.reach", refusal("201", "180", "7"));
        assertEquals("settings.error.reach", refusal("NaN", "180", "7"));
        assertEquals("settings.error.reach", refusal("30d", "180", "7"));
        assertEquals("settings.error.fade", refusal("30", "0", "7"));
        assertEquals("settings.error.fade", refusal("30", "1.5", "7"));
        assertEquals("settings.error.fade", refusal("30", "3651", "7"));
        assertEquals("settings.error.contested", refusal("30", "180", "-1"));
        assertEquals("settings.error.contested", refusal("30", "180", "366"));
        assertEquals("settings.error.contested", refusal("30", "180", "a week"));
    }

    @Test
    void everyRefusalHasAMessageInBothLanguagesWithItsBounds() {
        ControlSettings.Invalid e = assertThrows(ControlSettings.Invalid.class,
                () -> ControlSettings.parse(ControlOptions.DEFAULTS, "500", "180", "7"));
        String en = String.format(ClashMapApp.bundle(java.util.Locale.ENGLISH).getString(e.key), e.args);
        assertEquals("Front reach must be a number of kilometres from 1 to 200.", en);
        String ar = String.format(ClashMapApp.bundle(java.util.Locale.forLanguageTag("ar")).getString(e.key), e.args);
        assertTrue(ar.contains("مدى خط الجبهة") && ar.contains("1") && ar.contains("200"), ar);
        for (String key : new String[]{"settings.error.fade", "settings.error.contested", "settings.error.options", "settings.error.save"}) {
            assertFalse(ClashMapApp.bundle(java.util.Locale.forLanguageTag("ar")).getString(key).isBlank());
        }
    }

    @Test
    void theOptionsThemselvesRefuseImpossibleValuesNamingThem() {
        var e = assertThrows(IllegalArgumentException.class, () -> ControlOptions.DEFAULTS.withFrontDistanceKm(0));
        assertTrue(e.getMessage().contains("front distance"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ControlOptions.DEFAULTS.withContestedDays(-1));
        assertTrue(e.getMessage().contains("contested days"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ControlOptions.DEFAULTS.withFadeDays(0));
        assertTrue(e.getMessage().contains("fade days"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ControlOptions.DEFAULTS.withFrontDistanceKm(Double.NaN));
        assertEquals(3, ControlOptions.DEFAULTS.withContestedDays(3).contestedDays());
    }
}
