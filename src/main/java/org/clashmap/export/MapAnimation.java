package org.clashmap.export;

import org.clashmap.extract.EventType;
import org.clashmap.geo.Language;
import org.clashmap.geo.control.ControlMap;
import org.clashmap.geo.index.IncidentSet;
import org.clashmap.geo.render.IncidentStyle;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * An animation of the map: the time window stepping through a period, one frame per step, each
 * frame's title its dates, every frame shown the same time; written as a looping GIF
 * ({@link AnimatedGif}) or an MP4 ({@link Mp4Video}, needs ffmpeg) by the file's extension.
 * The one code path of {@code clashmap render --animate} and the window's File → Export animation.
 */
public final class MapAnimation {
    /** Largest frame: 4K UHD (frames are encoded one at a time, but each is ~33 MB in memory). */
    public static final int MAX_W = 3840, MAX_H = 2160;
    public static final int DEFAULT_FRAMES = 24;

    /**
     * What to animate.
     *
     * @param windows    the frames' windows in order ({@link #windows})
     * @param cumulative each frame shows everything from the first window's start to its own end
     * @param frameMs    how long each frame shows
     * @param title      a title put before each frame's dates, or null for the dates alone
     */
    public record Settings(MapImageRequest.BBox bbox, int width, int height, Language lang, String title, List<LocalDate[]> windows,
                           boolean cumulative, int frameMs, MapImageRequest.Style style, MapOverlays.Spec overlays) {
        public Settings {
            if (width > MAX_W || height > MAX_H)
                throw new IllegalArgumentException("an animation is at most " + MAX_W + "x" + MAX_H + " px, got " + width + "x" + height);
            if (frameMs < 20 || frameMs > 60_000) throw new IllegalArgumentException("frame length must be 20..60000 ms, not " + frameMs);
            if (windows.isEmpty()) throw new IllegalArgumentException("an animation needs at least one frame");
            windows = List.copyOf(windows);
            if (style == null) style = MapImageRequest.Style.CLUSTERED;
            if (overlays == null) overlays = MapOverlays.Spec.NONE;
        }

        /** The same, drawing these overlays. */
        public Settings withOverlays(MapOverlays.Spec o) {
            return new Settings(bbox, width, height, lang, title, windows, cumulative, frameMs, style, o);
        }

        /** Frame k's window: its own step, or from the first day when cumulative. */
        public LocalDate[] window(int k) {
            return new LocalDate[]{cumulative ? windows.get(0)[0] : windows.get(k)[0], windows.get(k)[1]};
        }
    }

    /**
     * What is drawn from: the incidents, the mentions not drawn ({@code store.DrawnMentions}), each event's
     * incident, who holds what (null for nothing), the export's rows (only for areas; else empty), and the
     * incidents that may be shown at all whatever the dates ({@code mask}; null for all: the window passes
     * those its other filters keep, so an animation from the window shows its types, actors and layers).
     */
    public record Data(IncidentSet set, Set<Long> notDrawn, Map<Long, Long> incidentOfEvent, ControlMap control, List<EventPoint> rows,
                       java.util.BitSet mask) {
        public Data(IncidentSet set, Set<Long> notDrawn, Map<Long, Long> incidentOfEvent, ControlMap control, List<EventPoint> rows) {
            this(set, notDrawn, incidentOfEvent, control, rows, null);
        }

        /** The incidents of frame window [from, to]. */
        java.util.BitSet visible(LocalDate from, LocalDate to) {
            java.util.BitSet v = MapImageRenderer.oneSymbolPerIncident(set, MapImageRenderer.select(set, from, to), notDrawn);
            if (mask != null) {
                v = (java.util.BitSet) v.clone();
                v.and(mask);
            }
            return v;
        }
    }

    /** What was written. */
    public record Result(int frames, double seconds) {
        public double secondsPerFrame() {
            return seconds / frames;
        }
    }

    private MapAnimation() {
    }

    /** Whether a file name asks for an animation format (.gif, .mp4). */
    public static boolean names(Path file) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(".gif") || lower.endsWith(".mp4");
    }

    /**
     * N consecutive windows covering [from, to] (inclusive days): window k runs from
     * from + floor(k·D/N) to from + floor((k+1)·D/N) − 1, D the number of days; at least one day each.
     */
    public static List<LocalDate[]> windows(LocalDate from, LocalDate to, int n) {
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        List<LocalDate[]> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            long a = k * days / n, b = (k + 1) * days / n - 1;
            if (b < a) b = a;
            out.add(new LocalDate[]{from.plusDays(a), from.plusDays(Math.min(b, days - 1))});
        }
        return out;
    }

    /** Every frame's window, in order. */
    static List<LocalDate[]> frameWindows(Settings s) {
        List<LocalDate[]> out = new ArrayList<>();
        for (int k = 0; k < s.windows().size(); k++) out.add(s.window(k));
        return out;
    }

    /** Frame k's map: its window, titled by its dates (after the animation's own title, if any). */
    static MapImageRequest request(Settings s, int k) {
        LocalDate[] w = s.window(k);
        String dates = MapImageRequest.window(w[0], w[1]);
        return new MapImageRequest(s.bbox(), s.width(), s.height(), w[0], w[1], s.lang(),
                s.title() == null || s.title().isBlank() ? dates : s.title().strip() + " · " + dates, s.style());
    }

    /** Frame k as an image (tests, and what {@link #write} encodes; areas classed alone unless the settings fix the classes). */
    public static BufferedImage frame(MapImageRenderer renderer, Settings s, Data d, int k) {
        LocalDate[] w = s.window(k);
        return renderer.render(request(s, k), d.set(), d.visible(w[0], w[1]),
                d.control() == null ? null : d.control().at(w[1]), d.incidentOfEvent(), s.overlays().forWindow(d.rows(), w[0], w[1])).image();
    }

    /**
     * Writes the animation to {@code target} (.gif or .mp4), calling {@code progress} with the number
     * of frames done after each; a thread interrupted between frames stops with an IOException and
     * leaves no file.
     */
    public static Result write(MapImageRenderer renderer, Settings settings, Data d, Path target, IntConsumer progress) throws IOException {
        long t0 = System.nanoTime();
        Settings s = settings.withOverlays(settings.overlays().sharedOver(d.rows(), frameWindows(settings)));
        int n = s.windows().size();
        // The frames share one view: the basemap is drawn once and copied. They are drawn ahead, in parallel, and a
        // GIF's frames are encoded there too (decision 040), while the file takes them in order.
        MapImageRenderer frames = renderer.keepingBasemap();
        IntFunction<BufferedImage> draw = k -> frame(frames, s, d, k);
        try {
            if (target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".mp4")) {
                try (FramesAhead<BufferedImage> ahead = new FramesAhead<>(n, FramesAhead.threads(), draw)) {
                    Mp4Video.write(target, s.frameMs(), n, k -> taken(ahead, k, progress));
                }
            } else {
                AnimatedGif gif = new AnimatedGif(s.frameMs(), keptColours());
                IntFunction<byte[]> encoded = k -> {
                    try {
                        return gif.encode(k, draw.apply(k));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                };
                try (FramesAhead<byte[]> ahead = new FramesAhead<>(n, FramesAhead.threads(), encoded)) {
                    AnimatedGif.write(target, n, k -> taken(ahead, k, progress));
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return new Result(n, (System.nanoTime() - t0) / 1e9);
    }

    /** Frame k, the next in order, once made; a thread interrupted between frames stops the animation. */
    private static <T> T taken(FramesAhead<T> ahead, int k, IntConsumer progress) {
        if (Thread.currentThread().isInterrupted()) throw new java.io.UncheckedIOException(new java.io.InterruptedIOException("animation cancelled"));
        T frame = ahead.take(k);
        progress.accept(k + 1);
        return frame;
    }

    /** Colours a GIF's palette keeps exactly: the symbols', and the area classes' (a first frame may have none of the later frames' classes). */
    private static int[] keptColours() {
        java.util.stream.IntStream classes = java.util.stream.IntStream.rangeClosed(3, 5)
                .flatMap(c -> java.util.stream.IntStream.range(0, c).map(i -> org.clashmap.geo.render.AreaPainter.classColour(i, c) & 0xFFFFFF));
        return java.util.stream.IntStream.concat(Arrays.stream(EventType.values()).mapToInt(tp -> IncidentStyle.colour(tp) & 0xFFFFFF), classes)
                .distinct().toArray();
    }
}
