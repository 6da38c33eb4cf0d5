package org.clashmap.export;

import org.clashmap.extract.EventType;

/**
 * One KML style per ACLED event family. Colours are KML's aabbggrr; the hues are the usual
 * conflict-map ones (battles red, remote violence orange, violence against civilians purple,
 * strategic developments blue), taken from the common "tab10" chart palette so they match the
 * charts analysts draw from the CSV.
 */
final class KmlStyles {
    /** A white round icon from Google Earth's standard set; IconStyle/color tints it per family. */
    static final String ICON = "http://maps.google.com/mapfiles/kml/shapes/placemark_circle.png";

    private KmlStyles() {
    }

    static String id(EventType t) {
        return "type-" + t.name();
    }

    static String colour(EventType t) {
        return switch (t) {
            case BATTLES -> "ff2827d6";                    // #d62728
            case EXPLOSIONS_REMOTE_VIOLENCE -> "ff0e7fff";  // #ff7f0e
            case VIOLENCE_AGAINST_CIVILIANS -> "ffbd6794";  // #9467bd
            case STRATEGIC_DEVELOPMENTS -> "ffb4771f";      // #1f77b4
        };
    }
}
