package org.clashmap.export;

import org.clashmap.geo.Language;
import org.clashmap.geo.Viewport;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What a map image should show: an area (lon/lat box, fitted into the image), the image size in
 * pixels, a date window (both null for all dates; overlap semantics as in the window), the label
 * language, a title (null for the default) and how incidents are drawn ({@link Style}). The window
 * builds one from what it shows with {@link #fromView}; the CLI from its options.
 */
public record MapImageRequest(BBox bbox, int width, int height, LocalDate from, LocalDate to, Language lang, String title, Style style) {
    /** How incidents are drawn: as the window draws them (clusters when zoomed out, sized by the dead), or every point alike. */
    public enum Style {
        CLUSTERED, POINTS;

        /** "clustered" or "points" (any case). */
        public static Style parse(String s) {
            return switch (s.strip().toLowerCase(Locale.ROOT)) {
                case "clustered", "clusters" -> CLUSTERED;
                case "points" -> POINTS;
                default -> throw new IllegalArgumentException("--style must be clustered or points, not " + s);
            };
        }
    }

    /** Largest side of an image, px (A4 at 300 dpi is 3508; memory for 8000² is ~256 MB). */
    public static final int MAX_SIDE = 8000;
    /** Smallest side: below this the frame (title, legend, inset) cannot fit. */
    public static final int MIN_SIDE = 320;

    /** A lon/lat box in degrees. */
    public record BBox(double west, double south, double east, double north) {
        public BBox {
            if (!(Double.isFinite(west) && Double.isFinite(south) && Double.isFinite(east) && Double.isFinite(north)))
                throw new IllegalArgumentException("bbox values must be numbers");
            if (west < -180 || east > 180 || south < -85 || north > 85)
                throw new IllegalArgumentException("bbox out of range (lon -180..180, lat -85..85): " + format(west, south, east, north));
            if (west >= east || south >= north)
                throw new IllegalArgumentException("bbox must be W,S,E,N with W < E and S < N: " + format(west, south, east, north));
        }

        /** Parses "W,S,E,N" in degrees. */
        public static BBox parse(String s) {
            String[] p = s.split(",");
            if (p.length != 4) throw new IllegalArgumentException("bbox must be four numbers W,S,E,N: " + s);
            double[] v = new double[4];
            for (int i = 0; i < 4; i++) {
                try {
                    v[i] = Double.parseDouble(p[i].strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("bbox must be four numbers W,S,E,N: " + s);
                }
            }
            return new BBox(v[0], v[1], v[2], v[3]);
        }

        private static String format(double w, double s, double e, double n) {
            return String.format(Locale.ROOT, "%s,%s,%s,%s", w, s, e, n);
        }
    }

    public MapImageRequest {
        if (width < MIN_SIDE || height < MIN_SIDE || width > MAX_SIDE || height > MAX_SIDE)
            throw new IllegalArgumentException("image size must be " + MIN_SIDE + ".." + MAX_SIDE + " px a side, got " + width + "x" + height);
        if (from != null && to != null && to.isBefore(from))
            throw new IllegalArgumentException("date window ends before it starts: " + from + " – " + to);
        if (lang == null) lang = Language.AR;
        if (style == null) style = Style.CLUSTERED;
    }

    /** Clustered, as the window draws. */
    public MapImageRequest(BBox bbox, int width, int height, LocalDate from, LocalDate to, Language lang, String title) {
        this(bbox, width, height, from, to, lang, title, Style.CLUSTERED);
    }

    public MapImageRequest withStyle(Style s) {
        return new MapImageRequest(bbox, width, height, from, to, lang, title, s);
    }

    /** Whole Syria (bbox null means: Syria's outline from the basemap). */
    public static MapImageRequest syria(int width, int height, Language lang) {
        return new MapImageRequest(null, width, height, null, null, lang, null);
    }

    /** The area a window viewport shows, exported at a chosen size. */
    public static MapImageRequest fromView(Viewport vp, int width, int height, LocalDate from, LocalDate to, Language lang, String title) {
        BBox b = new BBox(vp.lonAt(0), vp.latAt(vp.height()), vp.lonAt(vp.width()), vp.latAt(0));
        return new MapImageRequest(b, width, height, from, to, lang, title);
    }

    /** The date window as the image names it, "2017-09-09 – 2018-06-08" ("…" for an open end), or null for all dates. */
    public String window() {
        return window(from, to);
    }

    /** As {@link #window()}, for any two ends. */
    public static String window(LocalDate from, LocalDate to) {
        if (from == null && to == null) return null;
        return (from == null ? "…" : from.toString()) + " – " + (to == null ? "…" : to.toString());
    }

    public MapImageRequest withWindow(LocalDate f, LocalDate t) {
        return new MapImageRequest(bbox, width, height, f, t, lang, title, style);
    }
}
