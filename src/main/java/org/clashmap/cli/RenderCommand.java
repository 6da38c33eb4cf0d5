package org.clashmap.cli;

import org.clashmap.export.FigureFormat;
import org.clashmap.app.ControlMaps;
import org.clashmap.export.MapImageRenderer;
import org.clashmap.export.MapImageRequest;
import org.clashmap.export.AreaClasses;
import org.clashmap.export.AreaCounts;
import org.clashmap.export.EventPoint;
import org.clashmap.export.MapAnimation;
import org.clashmap.export.MapOverlays;
import org.clashmap.store.EventFilter;
import org.clashmap.geo.index.IncidentSet;
import org.clashmap.geo.Language;
import org.clashmap.geo.control.ControlOptions;
import org.clashmap.store.Database;
import org.clashmap.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code clashmap render}: a finished map image of the stored incidents - PNG, or SVG or PDF with
 * vector symbols and text, as the {@code --out} extension says - or with
 * {@code --frames N} a numbered sequence stepping a window of (to − from)/N days through the
 * date range, like an animation export.
 */
@Command(name = "render", description = "Render a map image (PNG, SVG or PDF by the --out extension) of the stored incidents, or a numbered frame sequence.")
public final class RenderCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--out", required = true, paramLabel = "FILE.png|FILE.svg|FILE.pdf",
            description = "Output file; its extension chooses PNG, SVG or PDF (with --frames: FILE-0001.png ...).")
    Path out;

    @Option(names = "--width", defaultValue = "1920", description = "Width in px (default: ${DEFAULT-VALUE}, max 8000).")
    int width;

    @Option(names = "--height", defaultValue = "1080", description = "Height in px (default: ${DEFAULT-VALUE}, max 8000).")
    int height;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day of the window (events overlapping it are shown).")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day of the window.")
    String to;

    @Option(names = "--bbox", paramLabel = "W,S,E,N", description = "Area in degrees (default: all of Syria).")
    String bbox;

    @Option(names = "--lang", defaultValue = "ar", description = "Labels and frame language: ar or en (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--title", description = "Title (default: \"Incidents in Syria\" in the chosen language).")
    String title;

    @Option(names = "--frames", description = "Number of frames (default: 1; with --animate: " + MapAnimation.DEFAULT_FRAMES + ").")
    Integer frames;

    @Option(names = "--animate", description = "Write one animation (--out F.gif, or F.mp4 with ffmpeg installed): the window stepping through [--from, --to] in --frames steps, its dates as each frame's title.")
    boolean animate;

    @Option(names = "--frame-ms", defaultValue = "500", description = "With --animate: how long each frame shows, ms (default: ${DEFAULT-VALUE}).")
    int frameMs;

    @Option(names = "--cumulative", description = "With --animate: each frame shows everything from --from to its end, not only its own step.")
    boolean cumulative;

    @Option(names = "--style", defaultValue = "clustered", paramLabel = "clustered|points",
            description = "clustered: as the window draws (clusters when zoomed out, sized by the dead); points: every incident"
                    + " as one small symbol, no clusters, for density figures (default: ${DEFAULT-VALUE}).")
    String style;

    @Option(names = "--areas", paramLabel = "governorate|district|subdistrict",
            description = "Draw a choropleth of the incidents (or --measure fatalities) per governorate, district or sub-district,"
                    + " in classes with a legend, instead of the incident symbols (sub-district outlines are approximate).")
    String areas;

    @Option(names = "--measure", defaultValue = "incidents", paramLabel = "incidents|fatalities",
            description = "With --areas: what is counted per area (default: ${DEFAULT-VALUE}); an incident once, its dead once, as the export.")
    String measure;

    @Option(names = "--classes", defaultValue = "jenks", paramLabel = "jenks|quantile",
            description = "With --areas: natural breaks or quantiles, up to 5 classes (default: ${DEFAULT-VALUE}).")
    String classes;

    @Option(names = "--density", description = "Draw a density (heat) surface of the shown incidents under the symbols.")
    boolean density;

    @Override
    public Integer call() {
        Language language = CommonOptions.figureLanguage(lang);
        CommonOptions.checkFigureSize(width, height);
        // an animation of one frame is what was asked for when --frames 1 is written out (it once made 24)
        int frames = this.frames != null ? this.frames : animate ? MapAnimation.DEFAULT_FRAMES : 1;
        if (frames < 1 || frames > 10_000) throw new UserError("--frames must be 1..10000, not " + frames);
        MapImageRequest.Style drawing;
        try {
            drawing = MapImageRequest.Style.parse(style);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        MapOverlays.Spec overlays;
        try {
            overlays = new MapOverlays.Spec(areas == null ? null : AreaCounts.Level.parse(areas), AreaCounts.Measure.parse(measure),
                    AreaClasses.Method.parse(classes), density);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        LocalDate f = date("--from", from), t = date("--to", to);
        if (f != null && t != null && t.isBefore(f)) throw new UserError("--to " + t + " is before --from " + f);
        MapImageRequest.BBox box = null;
        if (bbox != null) {
            try {
                box = MapImageRequest.BBox.parse(bbox);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
        }
        Path target = out.toAbsolutePath();
        String lower = target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (animate) {
            if (!lower.endsWith(".gif") && !lower.endsWith(".mp4")) throw new UserError("--animate writes a .gif or .mp4 file, not " + out);
            if (width > MapAnimation.MAX_W || height > MapAnimation.MAX_H)
                throw new UserError("an animation is at most " + MapAnimation.MAX_W + "x" + MapAnimation.MAX_H + " px, got " + width + "x" + height);
            if (frameMs < 20 || frameMs > 60_000) throw new UserError("--frame-ms must be 20..60000, not " + frameMs);
            if (lower.endsWith(".mp4") && !org.clashmap.export.Mp4Video.available())
                throw new UserError("writing MP4 needs ffmpeg, which is not installed (Debian: apt-get install ffmpeg); write a .gif instead, which needs nothing else");
        } else if (!FigureFormat.names(target)) {
            throw new UserError("--out must name a .png, .svg or .pdf file: " + out);
        }
        String extension = animate ? "" : FigureFormat.of(target).extension;
        if (!Files.isDirectory(target.getParent())) throw new UserError("cannot write " + out + ": folder " + target.getParent() + " does not exist");
        if (!Files.isWritable(target.getParent())) throw new UserError("cannot write " + out + ": folder " + target.getParent() + " is not writable");

        Path dbFile = common.dbFile();
        if (dbFile != null && !Files.isRegularFile(dbFile)) throw new UserError("no database at " + dbFile + " (ingest reports first, or give --db)");
        CommonOptions.refuseOverwriting(out, dbFile, List.of());
        // The basemap (outlines, rivers, names) is read from the jar while the events are read from the database, and
        // a single image's basemap drawn then too: it depends on the request alone.
        boolean single = frames == 1 && !animate;
        MapImageRequest request = new MapImageRequest(box, width, height, f, t, language, title, drawing);
        java.util.concurrent.CompletableFuture<MapImageRenderer> basemap = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            MapImageRenderer r = MapImageRenderer.fromClasspath();
            if (single) r.drawBasemapAhead(request);
            return r;
        });
        IncidentSet set;
        try (Database db = Database.open(common.database())) {
            // One lean pass over the events: the columns the painter draws and the battles the
            // control layer needs, never the events' sentences and names (issue 24).
            // A choropleth stands alone, with no fronts across it (MapImageRenderer): no control map to build; its
            // areas count the export's rows (an incident once, its dead once), so their totals are the export's, read
            // with only the columns counting needs (no sentences, names or actors), and the map is drawn from the same read.
            List<org.clashmap.store.StoredEvent> counted = new ArrayList<>();
            if (overlays.needsRows()) {
                IncidentSet.Builder b = IncidentSet.builder();
                new EventStore(db).forEachEventToCount(e -> {
                    org.clashmap.store.IncidentRowSink.rowsOf(e, b);
                    if (EventFilter.ALL.test(e)) counted.add(e);
                });
                set = b.build();
            } else {
                ControlMaps.MapData data = ControlMaps.loadWithIncidents(db, ControlOptions.DEFAULTS);
                set = data.incidents();
                control = data.control();
            }
            latest = new EventStore(db).latestEventDay();
            org.clashmap.store.IncidentStore incidents = new org.clashmap.store.IncidentStore(db, "render");
            java.util.Map<Long, org.clashmap.store.IncidentFacts> facts = incidents.factsByEvent();
            java.util.Map<Long, Long> incidentOf = new java.util.HashMap<>();
            facts.forEach((event, fact) -> {
                if (fact.incidentId() != null) incidentOf.put(event, fact.incidentId());
            });
            incidentOfEvent = incidentOf;
            notDrawn = org.clashmap.store.DrawnMentions.others(facts, incidents.linkedMentions());
            if (overlays.needsRows()) rows = EventPoint.of(counted, facts);
        }
        MapImageRenderer renderer;
        try {
            renderer = basemap.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }

        if (single) {
            render(renderer, set, request, overlays, target);
            return 0;
        }
        // Frames need both ends: take missing ones from the data.
        if (f == null || t == null) {
            LocalDate[] span = span(set.eventColumns());
            if (span == null) throw new UserError("--frames needs --from and --to: the database has no dated events");
            if (f == null) f = span[0];
            if (t == null) t = span[1];
        }
        if (animate) {
            MapAnimation.Settings settings;
            try {
                settings = new MapAnimation.Settings(box, width, height, language, title, MapAnimation.windows(f, t, frames),
                        cumulative, frameMs, drawing, overlays);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
            return animate(renderer, settings, new MapAnimation.Data(set, notDrawn, incidentOfEvent, control, rows), target);
        }
        List<LocalDate[]> windows = MapAnimation.windows(f, t, frames);
        overlays = overlays.sharedOver(rows, windows); // one set of classes for every frame
        String name = target.getFileName().toString();
        String stem = name.substring(0, name.length() - extension.length());
        for (int i = 0; i < windows.size(); i++) {
            Path file = target.resolveSibling(String.format(Locale.ROOT, "%s-%04d%s", stem, i + 1, extension));
            render(renderer, set, new MapImageRequest(box, width, height, windows.get(i)[0], windows.get(i)[1], language, title, drawing), overlays, file);
        }
        return 0;
    }

    /** One animation file ({@link MapAnimation}, the window's export uses the same). */
    private int animate(MapImageRenderer renderer, MapAnimation.Settings settings, MapAnimation.Data data, Path target) {
        MapAnimation.Result r;
        try {
            r = MapAnimation.write(renderer, settings, data, target, k -> { });
        } catch (IOException e) {
            throw new UserError("cannot write " + target + ": " + rootMessage(e), 1, e);
        }
        List<LocalDate[]> windows = settings.windows();
        System.out.printf(Locale.ROOT, "%s: %d frames of %dx%d, %s windows %s – %s, %d ms each (%.2f s, %.2f s a frame)%n", target, r.frames(),
                width, height, cumulative ? "cumulative" : "sliding", windows.get(0)[0], windows.get(windows.size() - 1)[1], frameMs, r.seconds(),
                r.secondsPerFrame());
        return 0;
    }

    /** The innermost reason ("No space left on device"), not ImageIO's "I/O error writing PNG file!". */
    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage() != null ? t.getMessage() : e.getMessage();
        return m != null && m.contains("No space left") ? "the disk is full (" + m + "); the previous file, if any, is unchanged" : m;
    }

    /** Who holds what, drawn as of each image's window end (or the newest event), as in the window. */
    private org.clashmap.geo.control.ControlMap control;
    private LocalDate latest;
    /** Each event's incident across reports, so the subtitle counts incidents as the window does. */
    private java.util.Map<Long, Long> incidentOfEvent = java.util.Map.of();
    /** Mentions of an incident other than the one drawn for it (store.DrawnMentions), as the window leaves them out. */
    private java.util.Set<Long> notDrawn = java.util.Set.of();

    /** The export's rows of every event not rejected, when areas are drawn (else empty). */
    private List<EventPoint> rows = List.of();

    private void render(MapImageRenderer renderer, IncidentSet set, MapImageRequest req, MapOverlays.Spec overlays, Path file) {
        long t0 = System.nanoTime();
        LocalDate day = req.to() != null ? req.to() : latest;
        MapImageRenderer.RenderResult r;
        MapOverlays shown = overlays.forWindow(rows, req.from(), req.to());
        try {
            r = renderer.write(req, set, MapImageRenderer.oneSymbolPerIncident(set, MapImageRenderer.select(set, req.from(), req.to()), notDrawn),
                    control == null || day == null ? null : control.at(day), incidentOfEvent, shown, file);
        } catch (AccessDeniedException e) {
            throw new UserError("cannot write " + file + ": permission denied", 1, e);
        } catch (NoSuchFileException e) {
            throw new UserError("cannot write " + file + ": folder does not exist", 1, e);
        } catch (IOException e) {
            throw new UserError("cannot write " + file + ": " + rootMessage(e), 1, e);
        }
        System.out.printf(Locale.ROOT, "%s: %dx%d, %d %s at %d places, %s (%.2f s)%n", file, req.width(), req.height(), r.incidents(),
                r.incidents() == 1 ? "incident" : "incidents", r.places(),
                req.window() == null ? "all dates" : req.window(), (System.nanoTime() - t0) / 1e9);
        if (shown.areas() != null) {
            AreaCounts c = shown.areas().counts();
            System.out.printf(Locale.ROOT, "%s per %s: %d in %d of %d areas%s, classes %s%n", c.measure().key(), c.level().key(), c.total(),
                    c.counts().values().stream().filter(v -> v > 0).count(), c.counts().size(),
                    c.outside() > 0 ? " (" + c.outside() + " outside every area)" : "", shown.areas().classes());
        }
    }

    /** The first and last day of the dated events (rejected ones too, as the timeline spans them), or null. */
    private static LocalDate[] span(IncidentSet.EventColumns events) {
        int lo = Integer.MAX_VALUE, hi = Integer.MIN_VALUE;
        for (int i = 0; i < events.dayFrom().length; i++) {
            if (events.dayFrom()[i] == IncidentSet.UNDATED) continue;
            lo = Math.min(lo, events.dayFrom()[i]);
            hi = Math.max(hi, events.dayTo()[i]);
        }
        return lo > hi ? null : new LocalDate[]{LocalDate.ofEpochDay(lo), LocalDate.ofEpochDay(hi)};
    }

    private static LocalDate date(String option, String s) {
        if (s == null) return null;
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new UserError(option + " must be a date YYYY-MM-DD, not " + s);
        }
    }
}
