package org.clashmap.cli;

import org.clashmap.export.MapImageRenderer;
import org.clashmap.export.MapImageRequest;
import org.clashmap.export.PngFiles;
import org.clashmap.geo.index.IncidentSet;
import org.clashmap.geo.Language;
import org.clashmap.store.Database;
import org.clashmap.store.EventStore;
import org.clashmap.store.StoredEvent;
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
 * {@code clashmap render}: a finished map image (PNG) of the stored incidents, or with
 * {@code --frames N} a numbered sequence stepping a window of (to − from)/N days through the
 * date range, like an animation export.
 */
@Command(name = "render", description = "Render a map image (PNG) of the stored incidents, or a numbered frame sequence.")
public final class RenderCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "Output PNG (with --frames: FILE-0001.png ...).")
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

    @Option(names = "--frames", defaultValue = "1", description = "Number of frames (default: ${DEFAULT-VALUE}).")
    int frames;

    @Override
    public Integer call() {
        Language language = switch (lang.toLowerCase(Locale.ROOT)) {
            case "ar" -> Language.AR;
            case "en" -> Language.EN;
            default -> throw new UserError("--lang must be ar or en, not " + lang);
        };
        if (width > MapImageRequest.MAX_SIDE || height > MapImageRequest.MAX_SIDE || width < MapImageRequest.MIN_SIDE || height < MapImageRequest.MIN_SIDE)
            throw new UserError("image size must be " + MapImageRequest.MIN_SIDE + ".." + MapImageRequest.MAX_SIDE + " px a side, got " + width + "x" + height);
        if (frames < 1 || frames > 10_000) throw new UserError("--frames must be 1..10000, not " + frames);
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
        if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) throw new UserError("--out must name a .png file: " + out);
        if (!Files.isDirectory(target.getParent())) throw new UserError("cannot write " + out + ": folder " + target.getParent() + " does not exist");
        if (!Files.isWritable(target.getParent())) throw new UserError("cannot write " + out + ": folder " + target.getParent() + " is not writable");

        Path dbFile = common.dbFile();
        if (dbFile != null && !Files.isRegularFile(dbFile)) throw new UserError("no database at " + dbFile + " (ingest reports first, or give --db)");
        CommonOptions.refuseOverwriting(out, dbFile, List.of());
        List<StoredEvent> events;
        try (Database db = Database.open(common.database())) {
            events = new EventStore(db).allEvents();
            control = org.clashmap.app.ControlMaps.load(db, org.clashmap.geo.control.ControlOptions.DEFAULTS);
            latest = new EventStore(db).latestEventDay();
            incidentOfEvent = new org.clashmap.store.IncidentStore(db, "render").incidentByEvent();
        }
        IncidentSet set = IncidentSet.of(events);
        MapImageRenderer renderer = MapImageRenderer.fromClasspath();

        if (frames == 1) {
            render(renderer, set, new MapImageRequest(box, width, height, f, t, language, title), target);
            return 0;
        }
        // Frames need both ends: take missing ones from the data.
        if (f == null || t == null) {
            LocalDate[] span = span(events);
            if (span == null) throw new UserError("--frames needs --from and --to: the database has no dated events");
            if (f == null) f = span[0];
            if (t == null) t = span[1];
        }
        List<LocalDate[]> windows = windows(f, t, frames);
        String name = target.getFileName().toString();
        String stem = name.substring(0, name.length() - 4);
        for (int i = 0; i < windows.size(); i++) {
            Path file = target.resolveSibling(String.format(Locale.ROOT, "%s-%04d.png", stem, i + 1));
            render(renderer, set, new MapImageRequest(box, width, height, windows.get(i)[0], windows.get(i)[1], language, title), file);
        }
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

    private void render(MapImageRenderer renderer, IncidentSet set, MapImageRequest req, Path file) {
        long t0 = System.nanoTime();
        LocalDate day = req.to() != null ? req.to() : latest;
        MapImageRenderer.RenderResult r = renderer.render(req, set, MapImageRenderer.select(set, req.from(), req.to()),
                control == null || day == null ? null : control.at(day), incidentOfEvent);
        try {
            PngFiles.write(r.image(), file, PngFiles.DEFAULT_LEVEL);
        } catch (AccessDeniedException e) {
            throw new UserError("cannot write " + file + ": permission denied", 1, e);
        } catch (NoSuchFileException e) {
            throw new UserError("cannot write " + file + ": folder does not exist", 1, e);
        } catch (IOException e) {
            throw new UserError("cannot write " + file + ": " + rootMessage(e), 1, e);
        }
        System.out.printf(Locale.ROOT, "%s: %dx%d, %d %s at %d places, %s (%.2f s)%n", file, req.width(), req.height(), r.incidents(),
                r.incidents() == 1 ? "incident" : "incidents", r.places(),
                req.from() == null && req.to() == null ? "all dates" : req.from() + " – " + req.to(), (System.nanoTime() - t0) / 1e9);
    }

    /**
     * N consecutive windows covering [from, to] (inclusive days): window k runs from
     * from + floor(k·D/N) to from + floor((k+1)·D/N) − 1, D the number of days; at least one day each.
     */
    static List<LocalDate[]> windows(LocalDate from, LocalDate to, int n) {
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        List<LocalDate[]> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            long a = k * days / n, b = (k + 1) * days / n - 1;
            if (b < a) b = a;
            out.add(new LocalDate[]{from.plusDays(a), from.plusDays(Math.min(b, days - 1))});
        }
        return out;
    }

    private static LocalDate[] span(List<StoredEvent> events) {
        LocalDate lo = null, hi = null;
        for (StoredEvent e : events) {
            if (!e.date().isKnown()) continue;
            if (lo == null || e.date().from().isBefore(lo)) lo = e.date().from();
            if (hi == null || e.date().to().isAfter(hi)) hi = e.date().to();
        }
        return lo == null ? null : new LocalDate[]{lo, hi};
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
