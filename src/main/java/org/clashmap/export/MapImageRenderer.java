package org.clashmap.export;

import org.clashmap.extract.EventType;
import org.clashmap.geo.basemap.BasemapAttribution;
import org.clashmap.geo.render.SymbolPlan;
import org.clashmap.geo.render.ControlPainter;
import org.clashmap.geo.render.ControlPalette;
import org.clashmap.geo.control.ControlSnapshot;
import org.clashmap.store.StoredEvent;
import org.clashmap.geo.render.IncidentPainter;
import org.clashmap.geo.render.PointPainter;
import org.clashmap.geo.render.NamesOverSymbols;
import org.clashmap.geo.index.IncidentSet;
import org.clashmap.geo.render.IncidentStyle;
import org.clashmap.geo.render.Java2DSurface;
import org.clashmap.geo.render.Java2DSurface.Align;
import org.clashmap.geo.Language;
import org.clashmap.geo.basemap.OfflineTileRenderer;
import org.clashmap.geo.basemap.OverviewInset;
import org.clashmap.geo.ScaleBarLength;
import org.clashmap.geo.Viewport;
import org.clashmap.geo.WebMercator;
import org.locationtech.jts.geom.Envelope;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Renders a finished map image off screen, without JavaFX: the basemap drawn at the image's
 * own resolution (not a scaled screenshot), incidents drawn by the window's {@link IncidentPainter}
 * on a {@link Java2DSurface}, then the frame: title and date window, a legend of exactly the
 * symbol types in the image, scale bar, north arrow, an overview inset of Syria with the extent
 * marked, and the data attribution.
 *
 * <p>Sizes. Symbols, text and the frame are laid out in "logical" pixels and drawn through a
 * Graphics2D scale of {@link #deviceScale} (like a HiDPI screen): a 3840×2160 image of an area
 * looks like the window showing that area at 1600×900, only sharper. The incident painter gets the
 * matching logical viewport (zoom − log2(scale)), so clustering and ring decisions are the ones the
 * window makes for that view. The basemap is drawn at full resolution in the style of an integer zoom,
 * either exactly (when the fitting zoom is within half a level above an integer: the bbox fits
 * with a little more surroundings) or the next zoom's drawing scaled down by at most √2 (its vectors
 * drawn scaled, not its tiles resampled: decision 040).
 *
 * <p>Thread-safe: each call draws into its own image.
 */
public final class MapImageRenderer {
    /** Logical size of a "normal" view; bigger images scale symbols and text up (see class doc). */
    static final double REFERENCE_W = 1600, REFERENCE_H = 900;
    static final double PAD = 12, TITLE_H = 58, INSET_W = 170, INSET_H = 140;
    private static final int TEXT = 0xFF2B2622, MUTED = 0xFF5E554C, PANEL = 0xEBFFFFFF, PANEL_EDGE = 0xFF9A9288;
    private static final double LEGEND_SYMBOL_R = 6, LEGEND_ROW = 21, LEGEND_TEXT = 12.5;

    private final OfflineTileRenderer tiles;
    private final Envelope syriaWorld;
    /** The last basemap drawn, for frames of one view ({@link #keepingBasemap}); null: every image draws its own. */
    private final BasemapMemo memo;

    /**
     * What was drawn: the image and the facts tests and callers may check. {@code incidents} counts
     * the events with a place in the image, each once; {@code places} their places (symbols) there.
     */
    public record RenderResult(BufferedImage image, Set<EventType> legendTypes, boolean legendUndated, boolean clustered,
                               int incidents, int places, Viewport viewport, Viewport logicalViewport, double deviceScale, int tileZoom,
                               Rectangle legendBox, Rectangle insetBox, long basemapNanos, long incidentNanos, long frameNanos,
                               List<String> texts) {
    }

    public MapImageRenderer(OfflineTileRenderer tiles) {
        this(tiles, OverviewInset.syriaWorld(tiles.data()), null);
    }

    private MapImageRenderer(OfflineTileRenderer tiles, Envelope syriaWorld, BasemapMemo memo) {
        this.tiles = tiles;
        this.syriaWorld = syriaWorld;
        this.memo = memo;
    }

    /**
     * The same renderer keeping the last basemap it drew (the tiles of one view, size and language, without
     * place names) and copying it into the next image of that view: the frames of an animation differ only in
     * their symbols, names and title, and the basemap was a fifth of a frame (decision 036). Holds one image
     * of the frames' size; thread-safe.
     */
    public MapImageRenderer keepingBasemap() {
        return new MapImageRenderer(tiles, syriaWorld, new BasemapMemo());
    }

    /** What a basemap image shows: its view, the zoom of its style, its names' language and whether it has them. */
    private record BasemapKey(Viewport vp, int tileZoom, Language lang, boolean names) {
    }

    /** One basemap image and what it shows; the image is never drawn on once kept. */
    private static final class BasemapMemo {
        private BasemapKey key;
        private BufferedImage image;

        synchronized BufferedImage get(BasemapKey k, java.util.function.Supplier<BufferedImage> draw) {
            if (!k.equals(key)) {
                image = draw.get();
                key = k;
            }
            return image;
        }
    }

    /** A basemap drawn ahead of its image ({@link #drawBasemapAhead}), taken by the first image that shows it. */
    private record Ahead(BasemapKey key, BufferedImage image) {
    }

    private final java.util.concurrent.atomic.AtomicReference<Ahead> ahead = new java.util.concurrent.atomic.AtomicReference<>();

    /**
     * Draws the basemap the image of {@code req} will show, now, and keeps it for that image, which then draws on it
     * rather than drawing the basemap itself: {@code render} calls this on another thread while the events are read,
     * as the basemap depends on the request alone. Used once; an image of another view draws its own.
     */
    public void drawBasemapAhead(MapImageRequest req) {
        BasemapKey key = basemapKey(req);
        ahead.set(new Ahead(key, drawnBasemap(key.vp(), key.tileZoom(), key.lang(), key.names())));
    }

    /** The basemap an image of {@code req} shows (with names for the points style, which stamps its points over them). */
    private BasemapKey basemapKey(MapImageRequest req) {
        double s = deviceScale(req.width(), req.height());
        Layout lay = layout(req, attributionHeight(wrap(BasemapAttribution.lines(), req.width() / s - 2 * PAD, new FigureTexts(req.lang(), "export.map_image"))));
        return new BasemapKey(lay.vp, lay.tileZoom, req.lang(), req.style() == MapImageRequest.Style.POINTS);
    }

    /** The basemap drawn ahead for this view, taken (null when none was, or of another view). */
    private BufferedImage takeAhead(BasemapKey key) {
        Ahead a = ahead.get();
        return a != null && a.key().equals(key) && ahead.compareAndSet(a, null) ? a.image() : null;
    }

    /** A basemap image of the view to draw on (the one drawn ahead, or a copy of the kept one when this renderer keeps them). */
    private BufferedImage basemapImage(Viewport vp, int tileZoom, Language lang, boolean names) {
        BufferedImage drawn = takeAhead(new BasemapKey(vp, tileZoom, lang, names));
        if (drawn != null) return drawn;
        if (memo == null) return drawnBasemap(vp, tileZoom, lang, names);
        BufferedImage kept = memo.get(new BasemapKey(vp, tileZoom, lang, names), () -> drawnBasemap(vp, tileZoom, lang, names));
        BufferedImage copy = new BufferedImage(kept.getWidth(), kept.getHeight(), BufferedImage.TYPE_INT_RGB);
        int[] from = ((java.awt.image.DataBufferInt) kept.getRaster().getDataBuffer()).getData();
        System.arraycopy(from, 0, ((java.awt.image.DataBufferInt) copy.getRaster().getDataBuffer()).getData(), 0, from.length);
        return copy;
    }

    private BufferedImage drawnBasemap(Viewport vp, int tileZoom, Language lang, boolean names) {
        BufferedImage basemap = new BufferedImage((int) vp.width(), (int) vp.height(), BufferedImage.TYPE_INT_RGB);
        drawBasemapInto(basemap, vp, tileZoom, lang, names);
        return basemap;
    }

    /**
     * The basemap over the whole of {@code img}, with its place {@code names} or without: drawn in bands
     * ({@link #drawBasemapInBands}), the names then laid out over the whole image by the rule map images share
     * ({@link NamesOverSymbols}, here with nothing to avoid: the points style stamps its points over them).
     */
    private void drawBasemapInto(BufferedImage img, Viewport vp, int tileZoom, Language lang, boolean names) {
        drawBasemapInBands(img, vp, tileZoom);
        if (!names) return;
        Graphics2D g = img.createGraphics();
        try {
            NamesOverSymbols.paint(g, NamesOverSymbols.layout(tiles.labels(), lang, vp, tileZoom, List.of()), vp, tileZoom);
        } finally {
            g.dispose();
        }
    }

    public static MapImageRenderer fromClasspath() {
        try {
            return new MapImageRenderer(OfflineTileRenderer.fromClasspath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Syria's bounding box from the basemap's outline: the default extent. */
    public MapImageRequest.BBox syria() {
        double[] d = OverviewInset.syriaDegrees(tiles.data());
        return new MapImageRequest.BBox(d[0], d[1], d[2], d[3]);
    }

    /** Scale of symbols, text and frame on an image of this size: 1 up to 1600×900, then by area. */
    public static double deviceScale(int width, int height) {
        return Math.max(1, Math.sqrt((double) width * height / (REFERENCE_W * REFERENCE_H)));
    }

    /**
     * Incidents an export shows for a window: not rejected; overlapping [from, to] (either end
     * open when null); undated ones only when there is no window at all.
     */
    public static BitSet select(IncidentSet set, LocalDate from, LocalDate to) {
        BitSet b = new BitSet(set.size);
        boolean all = from == null && to == null;
        int f = from == null ? Integer.MIN_VALUE : (int) from.toEpochDay(), t = to == null ? Integer.MAX_VALUE : (int) to.toEpochDay();
        for (int i = 0; i < set.size; i++) {
            if (set.has(i, IncidentSet.FLAG_REJECTED)) continue;
            if (set.has(i, IncidentSet.FLAG_UNDATED)) {
                if (all) b.set(i);
            } else if (set.dayTo[i] >= f && set.dayFrom[i] <= t) {
                b.set(i);
            }
        }
        return b;
    }

    /**
     * Clears from {@code visible} the places of the events in {@code notDrawn} (store.DrawnMentions): an incident told
     * by several reports is drawn once, as the window draws it, so clusters count incidents.
     */
    public static BitSet oneSymbolPerIncident(IncidentSet set, BitSet visible, java.util.Set<Long> notDrawn) {
        if (notDrawn.isEmpty()) return visible;
        BitSet b = (BitSet) visible.clone();
        for (int e = 0; e < set.eventCount(); e++) {
            long id = set.hasEvents() ? set.events().get(e).id() : set.eventId(e);
            if (notDrawn.contains(id)) b.clear(set.firstIncidentOf(e), set.endIncidentOf(e));
        }
        return b;
    }

    public RenderResult render(MapImageRequest req, IncidentSet set) {
        return render(req, set, select(set, req.from(), req.to()));
    }

    public RenderResult render(MapImageRequest req, IncidentSet set, BitSet visible) {
        return render(req, set, visible, null);
    }

    /**
     * As the window draws it: who holds what ({@code control}, may be null) under the incidents, and
     * the legend lists the control symbols present as well as the incident types.
     */
    public RenderResult render(MapImageRequest req, IncidentSet set, BitSet visible, ControlSnapshot control) {
        return render(req, set, visible, control, java.util.Map.of());
    }

    /**
     * As above, counting incidents across reports in the subtitle: {@code incidentOfEvent} maps an event id to its
     * incident id (events missing from it are incidents of their own), so two papers' reports of one strike are
     * "1 incident", as the window and the exports count them (issue 17).
     */
    public RenderResult render(MapImageRequest req, IncidentSet set, BitSet visible, ControlSnapshot control,
                               java.util.Map<Long, Long> incidentOfEvent) {
        return render(req, set, visible, control, incidentOfEvent, MapOverlays.NONE);
    }

    /** As above, with a choropleth of areas or a density surface ({@link MapOverlays}). */
    public RenderResult render(MapImageRequest req, IncidentSet set, BitSet visible, ControlSnapshot control,
                               java.util.Map<Long, Long> incidentOfEvent, MapOverlays overlays) {
        int w = req.width(), h = req.height();
        // the image is the basemap drawn ahead for it, when there is one
        BufferedImage img = ahead.get() == null ? null : takeAhead(basemapKey(req));
        boolean basemapDrawn = img != null;
        if (img == null) img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            RenderResult r = draw(g, img, basemapDrawn, req, set, visible, control, incidentOfEvent, overlays);
            return new RenderResult(img, r.legendTypes(), r.legendUndated(), r.clustered(), r.incidents(), r.places(), r.viewport(),
                    r.logicalViewport(), r.deviceScale(), r.tileZoom(), r.legendBox(), r.insetBox(), r.basemapNanos(),
                    r.incidentNanos(), r.frameNanos(), r.texts());
        } finally {
            g.dispose();
        }
    }

    /**
     * Writes the map to {@code out} in the format its extension names ({@link FigureFormat}): a PNG
     * as {@link #render} draws it, or an SVG or PDF whose symbols, frame and text are vectors (the
     * basemap is one embedded raster image at the figure's pixel size). The result has no image.
     */
    public RenderResult write(MapImageRequest req, IncidentSet set, BitSet visible, ControlSnapshot control,
                              java.util.Map<Long, Long> incidentOfEvent, java.nio.file.Path out) throws IOException {
        return write(req, set, visible, control, incidentOfEvent, MapOverlays.NONE, out);
    }

    /** As above, with a choropleth of areas or a density surface ({@link MapOverlays}). */
    public RenderResult write(MapImageRequest req, IncidentSet set, BitSet visible, ControlSnapshot control,
                              java.util.Map<Long, Long> incidentOfEvent, MapOverlays overlays, java.nio.file.Path out) throws IOException {
        FigureFormat format = FigureFormat.of(out);
        if (format == FigureFormat.PNG) {
            RenderResult r = render(req, set, visible, control, incidentOfEvent, overlays);
            PngFiles.write(r.image(), out, PngFiles.DEFAULT_LEVEL);
            return r;
        }
        return Figures.write(format, req.width(), req.height(), out,
                (g, vector) -> {
                    // a PNG map is rendered above (its basemap drawn into the image in parallel bands), never here
                    if (!vector) throw new IllegalStateException("a raster map is rendered, not drawn through Figures");
                    return draw(g, null, false, req, set, visible, control, incidentOfEvent, overlays);
                });
    }

    /**
     * Draws the whole figure on {@code g} (w×h device units). {@code raster}: the blank image {@code g} draws into, for a
     * raster figure (its basemap is drawn into it in parallel bands, unless {@code basemapDrawn}: it is the basemap drawn
     * ahead); null for a vector figure (text as strings, basemap as one embedded image).
     */
    private RenderResult draw(Graphics2D g, BufferedImage raster, boolean basemapDrawn, MapImageRequest req, IncidentSet set, BitSet visible,
                              ControlSnapshot control, java.util.Map<Long, Long> incidentOfEvent, MapOverlays overlays) {
        boolean vector = raster == null;
        Choropleth areas = overlays.areas();
        if (areas != null) control = null; // the areas stand alone: no fronts across them
        int w = req.width(), h = req.height();
        double s = deviceScale(w, h);
        FigureTexts tx = new FigureTexts(req.lang(), "export.map_image");
        double lw = w / s, lh = h / s;
        List<String> attribution = wrap(BasemapAttribution.lines(), lw - 2 * PAD, tx);
        double attrH = attributionHeight(attribution);
        Layout lay = layout(req, attrH);
        Viewport vp = lay.vp, logical = lay.logical;
        int tileZoom = lay.tileZoom;
        AffineTransform base = g.getTransform();
        try {
            long t0 = System.nanoTime();
            boolean points = req.style() == MapImageRequest.Style.POINTS;
            if (vector || points || overlays.density()) {
                // One image, not a mosaic of tiles: viewers smooth each tile's edges, which shows seams. Every point
                // (--style points) is stamped into the same raster: a density figure of 100k points is no vector work;
                // the density surface is blended into it too. A PNG's basemap is drawn straight into its image.
                boolean direct = raster != null && (memo == null || basemapDrawn);
                BufferedImage basemap = direct ? raster : basemapImage(vp, tileZoom, req.lang(), points);
                if (direct && !basemapDrawn) drawBasemapInto(raster, vp, tileZoom, req.lang(), points);
                if (overlays.density()) {
                    org.clashmap.geo.render.DensitySurface.of(set, visible, vp, s)
                            .blendInto(((java.awt.image.DataBufferInt) basemap.getRaster().getDataBuffer()).getData(), w, h);
                }
                if (points && areas == null) new PointPainter(s).paint(basemap, set, visible, vp);
                if (!direct) Figures.drawRaster(g, basemap);
            } else if (basemapDrawn) {
                // the raster is the basemap drawn ahead
            } else if (memo != null) {
                g.drawImage(memo.get(new BasemapKey(vp, tileZoom, req.lang(), false), () -> drawnBasemap(vp, tileZoom, req.lang(), false)), 0, 0, null);
            } else {
                drawBasemapInBands(raster, vp, tileZoom);
            }
            long t1 = System.nanoTime();
            g.scale(s, s);
            Java2DSurface surface = new Java2DSurface(g, lw, lh);
            if (vector) surface.drawingTextAsStrings();
            if (areas != null) areas.paint(surface, logical, 0.7);
            if (control != null) new ControlPainter().paint(surface, control, logical);
            SymbolPlan plan = null;
            if (!points && areas == null) {
                IncidentPainter incidents = new IncidentPainter();
                incidents.paint(surface, set, visible, logical, -1);
                plan = incidents.lastPlan();
            }
            // Place names over the symbols, laid out around them (the basemap was drawn without names). A density figure
            // (--style points) has them in its basemap, under its points, which no name may hide.
            if (!points) {
                AffineTransform logicalTransform = g.getTransform();
                g.setTransform(base);
                NamesOverSymbols.paint(g, NamesOverSymbols.layout(tiles.labels(), req.lang(), vp, tileZoom,
                        NamesOverSymbols.symbolBoxes(set, plan, logical, s)), vp, tileZoom);
                g.setTransform(logicalTransform);
            }
            long t2 = System.nanoTime();

            Presence p = presence(set, visible, logical, plan, incidentOfEvent).withControl(control == null ? List.of() : ControlPalette.legend(control));
            Frame frame = new Frame(g, surface, s, lw, lh, attrH, tx, req);
            frame.density = overlays.density() && set.size > 0;
            frame.titleBand(p.count, p.places, p.reports, p.outlets);
            frame.attribution(attribution);
            Rectangle insetBox = frame.inset(viewEnvelope(vp));
            frame.northArrow();
            frame.scaleBar(logical);
            Rectangle legendBox = areas != null ? frame.areaLegend(areas) : frame.legend(p);
            long t3 = System.nanoTime();
            return new RenderResult(null, p.types, p.undated, p.clustered, p.count, p.places, vp, logical, s, tileZoom,
                    legendBox, insetBox, t1 - t0, t2 - t1, t3 - t2, List.copyOf(frame.texts));
        } finally {
            g.setTransform(base);
        }
    }

    /** Where the map sits in the image: the viewport at full resolution, the logical one for symbols, the tiles' zoom. */
    private record Layout(Viewport vp, Viewport logical, int tileZoom) {
    }

    /** Height of the attribution strip, logical px: 13 a line and a margin. */
    private static double attributionHeight(List<String> lines) {
        return lines.size() * 13 + 8;
    }

    /**
     * The lon/lat box the whole image of {@code req} covers, title band and margins included: what another tool must
     * draw into an image of the same size to show the same ground at the same place ({@code bench render}'s QGIS peer).
     */
    public MapImageRequest.BBox imageExtent(MapImageRequest req) {
        double s = deviceScale(req.width(), req.height());
        FigureTexts tx = new FigureTexts(req.lang(), "export.map_image");
        Viewport vp = layout(req, attributionHeight(wrap(BasemapAttribution.lines(), req.width() / s - 2 * PAD, tx))).vp;
        return new MapImageRequest.BBox(vp.lonAt(0), vp.latAt(vp.height()), vp.lonAt(vp.width()), vp.latAt(0));
    }

    /** The zoom that fits the request's box between the title band and an attribution strip {@code attrH} high. */
    private Layout layout(MapImageRequest req, double attrH) {
        int w = req.width(), h = req.height();
        double s = deviceScale(w, h);
        double lw = w / s, lh = h / s;

        // Zoom that fits the bbox into the map area (between the title band and the attribution strip).
        Envelope box = req.bbox() == null ? syriaWorld : worldOf(req.bbox());
        double availW = w - 2 * PAD * s, availH = h - (TITLE_H + attrH + 2 * PAD) * s;
        double zFit = WebMercator.zoomToFit(box.getWidth(), box.getHeight(), availW, availH);
        zFit = Math.max(0, Math.min(OfflineTileRenderer.MAX_RENDER_ZOOM, zFit));
        double frac = zFit - Math.floor(zFit);
        double zoom;
        int tileZoom;
        if (frac < 0.5) {
            zoom = Math.floor(zFit);
            tileZoom = (int) zoom;
        } else {
            zoom = zFit;
            tileZoom = (int) Math.ceil(zFit);
        }
        double scale = WebMercator.TILE_SIZE * Math.pow(2, zoom);
        double cx = w / 2.0, cy = (TITLE_H * s + (h - attrH * s)) / 2;
        double ox = box.centre().x * scale - cx, oy = box.centre().y * scale - cy;
        if (zoom == tileZoom) {
            ox = Math.rint(ox);
            oy = Math.rint(oy);
        }
        Viewport vp = new Viewport(zoom, ox, oy, w, h);
        Viewport logical = new Viewport(zoom - log2(s), ox / s, oy / s, lw, lh);
        return new Layout(vp, logical, tileZoom);
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }

    static Envelope worldOf(MapImageRequest.BBox b) {
        return new Envelope(WebMercator.worldX(b.west()), WebMercator.worldX(b.east()), WebMercator.worldY(b.north()), WebMercator.worldY(b.south()));
    }

    private static Envelope viewEnvelope(Viewport vp) {
        double sc = vp.scale();
        return new Envelope(vp.originX() / sc, (vp.originX() + vp.width()) / sc, vp.originY() / sc, (vp.originY() + vp.height()) / sc);
    }

    /**
     * The basemap of the viewport at {@code tileZoom}'s style without names, drawn at full resolution as one area,
     * scaled down by 2^(zoom − tileZoom) when the zoom is fractional: the lines at the image's own resolution, not
     * tiles drawn at twice the pixels and resampled (decision 040).
     */
    private void drawBasemap(Graphics2D g, Viewport vp, int tileZoom) {
        double k = Math.pow(2, vp.zoom() - tileZoom);
        AffineTransform saved = g.getTransform();
        try {
            g.scale(k, k);
            tiles.drawArea(g, tileZoom, vp.originX() / k, vp.originY() / k, vp.width() / k, vp.height() / k);
        } finally {
            g.setTransform(saved);
        }
    }

    /**
     * The basemap without names into the whole of {@code img} (the viewport's size), in horizontal bands drawn in
     * parallel, each through its own Graphics2D clipped to its band: a band's pixels are written by its thread only.
     */
    private void drawBasemapInBands(BufferedImage img, Viewport vp, int tileZoom) {
        int h = img.getHeight(), w = img.getWidth();
        int bands = Math.max(1, Math.min(h / 64, 2 * Runtime.getRuntime().availableProcessors()));
        IntStream.range(0, bands).parallel().forEach(b -> {
            int y0 = (int) ((long) h * b / bands), y1 = (int) ((long) h * (b + 1) / bands);
            Graphics2D g = img.createGraphics();
            try {
                g.clipRect(0, y0, w, y1 - y0);
                g.translate(0, y0);
                drawBasemap(g, new Viewport(vp.zoom(), vp.originX(), vp.originY() + y0, w, y1 - y0), tileZoom);
            } finally {
                g.dispose();
            }
        });
    }

    /** Which symbols the image shows: types and flags of incidents inside it, and whether clusters were drawn. */
    private record Presence(Set<EventType> types, boolean undated, boolean clustered, boolean sized, int count, int places,
                            int reports, int outlets, List<ControlPalette.Entry> control) {
        Presence withControl(List<ControlPalette.Entry> c) {
            return new Presence(types, undated, clustered, sized, count, places, reports, outlets, c);
        }

    }

    /** What the image shows, for its legend; {@code drawn} is the painter's plan of that image (null: every point drawn alike). */
    private static Presence presence(IncidentSet set, BitSet visible, Viewport vp, SymbolPlan drawn, java.util.Map<Long, Long> incidentOfEvent) {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        boolean undated = false, sized = false;
        int places = 0;
        BitSet events = new BitSet(set.eventCount()); // an event at three places in view is one incident
        double sc = vp.scale();
        for (int i = visible.nextSetBit(0); i >= 0; i = visible.nextSetBit(i + 1)) {
            double x = set.wx[i] * sc - vp.originX(), y = set.wy[i] * sc - vp.originY();
            if (x < 0 || y < 0 || x > vp.width() || y > vp.height()) continue;
            places++;
            events.set(set.event[i]);
            types.add(set.typeOf(i));
            if (set.has(i, IncidentSet.FLAG_UNDATED)) undated = true;
            if (set.fatalities[i] > 0) sized = true;
        }
        // one incident however many reports tell it (events of no incident count as their own: counted, not boxed into
        // the set, unless the reports below need to find them there)
        java.util.Set<Long> incidents = new java.util.HashSet<>();
        int alone = 0;
        for (int e = events.nextSetBit(0); e >= 0; e = events.nextSetBit(e + 1)) {
            long id = set.hasEvents() ? set.events().get(e).id() : set.eventId(e);
            Long inc = incidentOfEvent.isEmpty() ? null : incidentOfEvent.get(id);
            if (inc != null) incidents.add(inc);
            else if (set.hasEvents()) incidents.add(-1 - id);
            else alone++;
        }
        // Which reports tell them: every report of an incident in view, not only the one whose mention is drawn.
        java.util.Set<Long> reports = new java.util.HashSet<>();
        java.util.Set<String> outlets = new java.util.HashSet<>();
        if (set.hasEvents()) {
            for (StoredEvent e : set.events()) {
                Long inc = incidentOfEvent.get(e.id());
                if (e.articleId() == null || !incidents.contains(inc != null ? inc : -1 - e.id())) continue;
                reports.add(e.articleId());
                if (e.outlet() != null && !e.outlet().isBlank()) outlets.add(e.outlet());
            }
        }
        // a cluster row in the legend only when the painter drew one
        return new Presence(types, undated, drawn != null && drawn.clusterCount() > 0, sized && drawn != null, incidents.size() + alone, places,
                reports.size(), outlets.size(), List.of());
    }

    /** BasemapAttribution lines joined with middle dots and wrapped to a width. */
    private static List<String> wrap(List<String> lines, double width, FigureTexts tx) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            Java2DSurface m = new Java2DSurface(g, 1, 1);
            List<String> out = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            for (String l : lines) {
                String next = cur.isEmpty() ? l : cur + "  ·  " + l;
                if (!cur.isEmpty() && m.textWidth(next, 10, false) > width) {
                    out.add(cur.toString());
                    cur = new StringBuilder(l);
                } else {
                    cur = new StringBuilder(next);
                }
            }
            if (!cur.isEmpty()) out.add(cur.toString());
            return out;
        } finally {
            g.dispose();
        }
    }

    /** The frame around the map, in logical pixels on the scaled Graphics2D. */
    private final class Frame {
        /** The title band's and the legend's texts, in drawing order (RenderResult.texts). */
        final List<String> texts = new ArrayList<>();
        final Graphics2D g;
        final Java2DSurface s;
        final double scale, w, h, attrH;
        final FigureTexts tx;
        final MapImageRequest req;
        /** Whether the density surface is drawn: the legend says so. */
        boolean density;

        Frame(Graphics2D g, Java2DSurface s, double scale, double w, double h, double attrH, FigureTexts tx, MapImageRequest req) {
            this.g = g;
            this.s = s;
            this.scale = scale;
            this.w = w;
            this.h = h;
            this.attrH = attrH;
            this.tx = tx;
            this.req = req;
        }

        private void panel(double x, double y, double pw, double ph, boolean edge) {
            fillRect(x, y, pw, ph, PANEL);
            if (edge) {
                double[] xs = {x, x + pw, x + pw, x}, ys = {y, y, y + ph, y + ph};
                s.strokePolygon(xs, ys, 4, 0.8, PANEL_EDGE, false);
            }
        }

        private void fillRect(double x, double y, double pw, double ph, int argb) {
            double[] xs = {x, x + pw, x + pw, x}, ys = {y, y, y + ph, y + ph};
            s.fillPolygon(xs, ys, 4, argb);
        }

        /** Text at the reading start of a line: left edge in English, right edge in Arabic. */
        private double lineStart(String text, double x, double y, double size, boolean bold, int argb) {
            return tx.rtl() ? s.textAt(text, w - x, y, size, bold, argb, 0, Align.RIGHT)
                    : s.textAt(text, x, y, size, bold, argb, 0, Align.LEFT);
        }

        /** Title, and a subtitle with the dates and "36 incidents at 83 places" (events once, then their places). */
        void titleBand(int count, int places, int reports, int outlets) {
            panel(0, 0, w, TITLE_H, false);
            s.strokeLine(0, TITLE_H, w, TITLE_H, 0.8, PANEL_EDGE, false);
            String title = req.title() == null || req.title().isBlank() ? tx.own("title.default") : req.title().strip();
            String dates = req.window() == null ? tx.own("dates.all") : req.window();
            String n = places > count ? tx.own("incidents.places", count, places) : tx.own("incidents.count", count);
            // where the incidents come from: reports of unknown outlet are counted as reports only
            if (reports > 0) n += "   ·   " + (outlets > 0 ? tx.own("sources.reports", reports, outlets) : tx.own("sources.reportsOnly", reports));
            // ISO dates read left to right inside Arabic: embedded (LRE … PDF), or "2018-06-10" shows as "10-06-2018";
            // named once: not again under a title that holds them (an animation's frames are titled by their dates)
            String sub = title.contains(dates) ? n : tx.rtl() ? n + "   ·   " + "\u202A" + dates + "\u202C" : dates + "   ·   " + n;
            lineStart(title, PAD + 4, 28, 22, true, TEXT);
            lineStart(sub, PAD + 4, 48, 13, false, MUTED);
            texts.add(title);
            texts.add(sub);
        }

        void attribution(List<String> lines) {
            double top = h - attrH;
            panel(0, top, w, attrH, false);
            s.strokeLine(0, top, w, top, 0.6, PANEL_EDGE, false);
            for (int i = 0; i < lines.size(); i++) lineStart(lines.get(i), PAD, top + 4 + 10 + i * 13, 10, false, MUTED);
        }

        /** Overview inset at the top left, under the title (over Turkey and the sea for Syria-wide maps). */
        Rectangle inset(Envelope extentWorld) {
            double x = PAD, y = TITLE_H + PAD;
            fillRect(x - 3, y - 3, INSET_W + 6, INSET_H + 6, PANEL);
            AffineTransform saved = g.getTransform();
            OverviewInset.draw(g, tiles.data(), new Rectangle2D.Double(x, y, INSET_W, INSET_H), extentWorld);
            g.setTransform(saved);
            return device(x - 3, y - 3, INSET_W + 6, INSET_H + 6);
        }

        void northArrow() {
            double x = PAD + INSET_W + 10, y = TITLE_H + PAD - 3, bw = 30, bh = 52;
            panel(x, y, bw, bh, true);
            double c = x + bw / 2;
            s.text(tx.own("north"), c, y + 12, 13, true, TEXT, 0);
            double top = y + 22, bottom = y + bh - 6, half = 8;
            s.fillPolygon(new double[]{c, c, c - half}, new double[]{top, bottom - 6, bottom}, 3, TEXT);
            s.fillPolygon(new double[]{c, c + half, c}, new double[]{top, bottom, bottom - 6}, 3, 0xFFFFFFFF);
            s.strokePolygon(new double[]{c, c + half, c, c - half}, new double[]{top, bottom, bottom - 6, bottom}, 4, 1, TEXT, false);
        }

        /** Scale bar at the bottom left, for the latitude at the centre of the image. */
        void scaleBar(Viewport logical) {
            double lat = logical.latAt(logical.height() / 2);
            ScaleBarLength len = ScaleBarLength.fit(lat, logical.zoom(), 160);
            String label = len.metres() >= 1000
                    ? fmt(len.metres() / 1000) + " " + tx.own("scale.km") : fmt(len.metres()) + " " + tx.own("scale.m");
            double bw = len.pixels() + 24, bh = 38;
            double x = PAD, y = h - attrH - PAD - bh;
            panel(x, y, bw, bh, true);
            double bx = x + 12, by = y + 28, half = len.pixels() / 2;
            fillRect(bx, by - 4, half, 5, TEXT);
            fillRect(bx + half, by - 4, half, 5, 0xFFFFFFFF);
            double[] xs = {bx, bx + len.pixels(), bx + len.pixels(), bx}, ys = {by - 4, by - 4, by + 1, by + 1};
            s.strokePolygon(xs, ys, 4, 1, TEXT, false);
            s.textAt(label, x + bw / 2, y + 17, 12, false, TEXT, 0, Align.CENTRE);
        }

        /** Legend at the bottom right: one row per type present, then the flags and the cluster note if shown. */
        Rectangle legend(Presence p) {
            List<String> texts = new ArrayList<>();
            List<Object> symbols = new ArrayList<>();
            for (EventType t : EventType.values()) {
                if (!p.types.contains(t)) continue;
                texts.add(tx.type(t));
                symbols.add(t);
            }
            if (p.undated) {
                texts.add(tx.ui("legend.undated", "Undated (hollow, dashed)"));
                symbols.add("undated");
            }
            if (p.clustered) {
                texts.add(tx.own("legend.cluster"));
                symbols.add("cluster");
            }
            if (p.sized) {
                texts.add(tx.ui("legend.size", "Size: number of dead"));
                symbols.add("sized");
            }
            if (density) {
                texts.add(tx.own("legend.density"));
                symbols.add("density");
            }
            // Who holds what: its own heading, and each side named as in the window (ui/messages), in the image's language.
            if (!p.control.isEmpty()) {
                texts.add(tx.ui("legend.control", "Control"));
                symbols.add("heading");
            }
            for (ControlPalette.Entry e : p.control) {
                texts.add(e.side() != null ? tx.ui("actor." + e.side(), e.label()) : tx.ui(e.kind().key(), e.label()));
                symbols.add(e);
            }
            if (texts.isEmpty()) return new Rectangle(); // nothing in the image: no legend
            String heading = tx.ui("legend.title", "Incidents");
            this.texts.add(heading);
            this.texts.addAll(texts);
            double textW = s.textWidth(heading, 13, true);
            for (int i = 0; i < texts.size(); i++) {
                boolean bold = "heading".equals(symbols.get(i));
                textW = Math.max(textW, s.textWidth(texts.get(i), bold ? 13 : LEGEND_TEXT, bold) - (bold ? 2 * LEGEND_SYMBOL_R + 20 : 0));
            }
            double bw = textW + 2 * LEGEND_SYMBOL_R + 30, bh = 30 + texts.size() * LEGEND_ROW + 4;
            double x = w - PAD - bw, y = h - attrH - PAD - bh;
            panel(x, y, bw, bh, true);
            boolean rtl = tx.rtl();
            double inner = 10;
            if (rtl) s.textAt(heading, x + bw - inner, y + 20, 13, true, TEXT, 0, Align.RIGHT);
            else s.textAt(heading, x + inner, y + 20, 13, true, TEXT, 0, Align.LEFT);
            IncidentPainter painter = new IncidentPainter();
            for (int i = 0; i < texts.size(); i++) {
                double rowY = y + 30 + i * LEGEND_ROW + LEGEND_ROW / 2;
                if ("heading".equals(symbols.get(i))) {
                    double hb = rowY + s.ascent(13, true) * 0.38;
                    if (rtl) s.textAt(texts.get(i), x + bw - inner, hb, 13, true, TEXT, 0, Align.RIGHT);
                    else s.textAt(texts.get(i), x + inner, hb, 13, true, TEXT, 0, Align.LEFT);
                    continue;
                }
                double symX = rtl ? x + bw - inner - LEGEND_SYMBOL_R - 2 : x + inner + LEGEND_SYMBOL_R + 2;
                drawLegendSymbol(painter, symbols.get(i), symX, rowY);
                double textX = rtl ? symX - LEGEND_SYMBOL_R - 10 : symX + LEGEND_SYMBOL_R + 10;
                double baseline = rowY + s.ascent(LEGEND_TEXT, false) * 0.38;
                s.textAt(texts.get(i), textX, baseline, LEGEND_TEXT, false, TEXT, 0, rtl ? Align.RIGHT : Align.LEFT);
            }
            return device(x, y, bw, bh);
        }

        /**
         * The choropleth's legend at the bottom right: what is counted per which area, then one row per
         * class (darkest first) with its range, and "0" outlined only; sub-districts say they are approximate.
         */
        Rectangle areaLegend(Choropleth areas) {
            String heading = areas.heading(tx);
            List<Choropleth.Row> rows = areas.legendRows();
            String note = areas.counts().level() == AreaCounts.Level.SUBDISTRICT ? tx.own("areas.note.subdistrict") : null;
            String method = tx.own("areas.method." + areas.classes().method().name().toLowerCase(Locale.ROOT));
            this.texts.add(heading);
            double textW = Math.max(s.textWidth(heading, 13, true), s.textWidth(method, 11, false));
            if (note != null) textW = Math.max(textW, s.textWidth(note, 11, false));
            for (Choropleth.Row r : rows) {
                this.texts.add(r.label());
                textW = Math.max(textW, s.textWidth(r.label(), LEGEND_TEXT, false) + 28);
            }
            this.texts.add(method);
            if (note != null) this.texts.add(note);
            double foot = 16 * (note == null ? 1 : 2);
            double bw = textW + 20, bh = 30 + rows.size() * LEGEND_ROW + foot + 6;
            double x = w - PAD - bw, y = h - attrH - PAD - bh;
            panel(x, y, bw, bh, true);
            boolean rtl = tx.rtl();
            double inner = 10, sw = 22, sh = 13;
            if (rtl) s.textAt(heading, x + bw - inner, y + 20, 13, true, TEXT, 0, Align.RIGHT);
            else s.textAt(heading, x + inner, y + 20, 13, true, TEXT, 0, Align.LEFT);
            for (int i = 0; i < rows.size(); i++) {
                double rowY = y + 30 + i * LEGEND_ROW + LEGEND_ROW / 2;
                double sx = rtl ? x + bw - inner - sw : x + inner;
                double[] xs = {sx, sx + sw, sx + sw, sx}, ys = {rowY - sh / 2, rowY - sh / 2, rowY + sh / 2, rowY + sh / 2};
                int c = rows.get(i).argb();
                if (c != 0) s.fillPolygon(xs, ys, 4, IncidentStyle.withAlpha(c, org.clashmap.geo.render.AreaPainter.FILL_ALPHA));
                s.strokePolygon(xs, ys, 4, 0.7, org.clashmap.geo.render.AreaPainter.OUTLINE, false);
                double baseline = rowY + s.ascent(LEGEND_TEXT, false) * 0.38;
                // ranges are numbers: "4 – 12" reads left to right in both languages
                String label = rtl ? "\u202A" + rows.get(i).label() + "\u202C" : rows.get(i).label();
                if (rtl) s.textAt(label, sx - 8, baseline, LEGEND_TEXT, false, TEXT, 0, Align.RIGHT);
                else s.textAt(label, sx + sw + 8, baseline, LEGEND_TEXT, false, TEXT, 0, Align.LEFT);
            }
            double fy = y + 30 + rows.size() * LEGEND_ROW + 14;
            lineIn(method, x, bw, inner, fy, rtl);
            if (note != null) lineIn(note, x, bw, inner, fy + 16, rtl);
            return device(x, y, bw, bh);
        }

        private void lineIn(String text, double x, double bw, double inner, double baseline, boolean rtl) {
            if (rtl) s.textAt(text, x + bw - inner, baseline, 11, false, MUTED, 0, Align.RIGHT);
            else s.textAt(text, x + inner, baseline, 11, false, MUTED, 0, Align.LEFT);
        }

        /** Legend marks for the control layer, in the control painter's colours. */
        private void drawControlSymbol(ControlPalette.Entry e, double x, double y, double r) {
            switch (e.kind()) {
                case SIDE_DOT -> {
                    s.fillCircle(x, y, r * 0.7, e.argb());
                    s.strokeCircle(x, y, r * 0.7, 1, ControlPalette.OUTLINE, false);
                }
                case CONTESTED_DOT -> {
                    s.fillCircle(x, y, r * 0.7, e.argb());
                    s.strokeCircle(x, y, r * 0.7, 1.5, ControlPalette.OUTLINE, true);
                }
                case FRONT_LINE -> s.strokeLine(x - r, y, x + r, y, 2.5, e.argb(), false);
                case TENTATIVE_LINE -> s.strokeLine(x - r, y, x + r, y, 2, e.argb(), true);
                default -> {
                    double[] xs = {x - r, x + r, x + r, x - r}, ys = {y - r * 0.7, y - r * 0.7, y + r * 0.7, y + r * 0.7};
                    s.fillPolygon(xs, ys, 4, ControlPalette.withAlpha(e.argb(), 0.35));
                    s.strokePolygon(xs, ys, 4, 1, e.argb(), e.kind() == ControlPalette.Kind.CONTESTED_ZONE);
                }
            }
        }

        private void drawLegendSymbol(IncidentPainter painter, Object what, double x, double y) {
            double r = LEGEND_SYMBOL_R;
            if (what instanceof EventType t) {
                painter.drawShape(s, IncidentStyle.shape(t), x, y, r, IncidentStyle.withAlpha(IncidentStyle.colour(t), 0.9), 0xFF202020, 1, false);
            } else if ("undated".equals(what)) {
                int c = IncidentStyle.colour(EventType.BATTLES);
                painter.drawShape(s, IncidentStyle.shape(EventType.BATTLES), x, y, r, IncidentStyle.withAlpha(c, 0.25), c, 2, true);
            } else if (what instanceof ControlPalette.Entry e) {
                drawControlSymbol(e, x, y, r);
            } else if ("density".equals(what)) {
                for (int k = 0; k < 3; k++) s.fillCircle(x, y, r * (1 - k * 0.3), org.clashmap.geo.render.DensitySurface.legendColour(0.35 + k * 0.3));
            } else if ("cluster".equals(what)) {
                int c = IncidentStyle.colour(EventType.BATTLES);
                s.fillCircle(x, y, r + 2, IncidentStyle.withAlpha(c, 0.3));
                s.fillCircle(x, y, r, IncidentStyle.withAlpha(c, 0.9));
                s.strokeCircle(x, y, r, 1, 0xFF202020, false);
                s.text("3", x, y, 8.5, true, 0xFFFFFFFF, 0);
            } else {
                s.strokeCircle(x - 3, y + 2, 3, 1, 0xFF202020, false);
                s.strokeCircle(x + 1, y - 1, 6.5, 1, 0xFF202020, false);
            }
        }

        private Rectangle device(double x, double y, double rw, double rh) {
            return new Rectangle((int) Math.floor(x * scale), (int) Math.floor(y * scale),
                    (int) Math.ceil(rw * scale), (int) Math.ceil(rh * scale));
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
