package org.clashmap.export.charts;

import org.clashmap.export.FigureFormat;
import org.clashmap.export.FigureTexts;
import org.clashmap.export.Figures;
import org.clashmap.export.MapImageRenderer;
import org.clashmap.extract.EventType;
import org.clashmap.geo.basemap.AdminAreaIndex;
import org.clashmap.geo.basemap.LabelFonts;
import org.clashmap.geo.render.IncidentStyle;
import org.clashmap.geo.render.Java2DSurface;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.SimpleTimePeriod;
import org.jfree.data.time.TimeTableXYDataset;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

/**
 * A {@link ChartData} drawn with JFreeChart: stacked bars over time (a date axis, so weeks and
 * months are labelled however many there are) or per place / governorate (horizontal bars), with
 * title, subtitle (window, total, undated), axis labels and legend in Arabic or English, in the
 * font the map uses for Arabic. Event types keep the map's colours. Written as PNG, SVG or PDF
 * through {@link Figures}; sizes scale text as map images do ({@link MapImageRenderer#deviceScale}).
 */
public final class ChartFigure {
    /** Distinct colours for actors and governorates (Tableau 10), in order of size. */
    private static final int[] PALETTE = {0x4E79A7, 0xF28E2B, 0xE15759, 0x76B7B2, 0x59A14F, 0xEDC948, 0xB07AA1, 0xFF9DA7, 0x9C755F, 0xBAB0AC};

    static {
        // JFreeChart draws rotated text (the value axis's name) as glyph outlines by default, a workaround
        // for old JDKs; as drawString under a rotation it stays text in SVG and PDF, and Arabic is shaped alike.
        org.jfree.chart.text.TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private ChartFigure() {
    }

    /** Writes the chart at w×h px, the format by the file's extension. */
    public static void write(ChartData data, int width, int height, Path out) throws IOException {
        JFreeChart chart = chart(data);
        Figures.write(FigureFormat.of(out), width, height, out, (g, vector) -> {
            draw(chart, g, width, height, null);
            return null;
        });
    }

    /** The chart as an image (the window's chart pane); {@code info} receives the bars' areas for clicks. */
    public static BufferedImage image(JFreeChart chart, int width, int height, ChartRenderingInfo info) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            draw(chart, g, width, height, info);
        } finally {
            g.dispose();
        }
        return img;
    }

    private static void draw(JFreeChart chart, Graphics2D g, int width, int height, ChartRenderingInfo info) {
        double s = MapImageRenderer.deviceScale(width, height);
        g.scale(s, s);
        chart.draw(g, new Rectangle2D.Double(0, 0, width / s, height / s), info);
    }

    public static JFreeChart chart(ChartData data) {
        FigureTexts tx = new FigureTexts(data.spec().lang(), "export.charts");
        ChartSpec spec = data.spec();
        String title = tx.own("title." + spec.kind().name(), tx.own("period." + spec.period().name()));
        if (spec.stack() != ChartSpec.Stack.NONE && !(spec.kind() == ChartSpec.Kind.GOVERNORATES && spec.stack() == ChartSpec.Stack.GOVERNORATE))
            title += tx.rtl() ? "، " + tx.own("stack." + spec.stack().name()) : ", " + tx.own("stack." + spec.stack().name());
        String valueAxis = tx.own(spec.kind().countsFatalities() ? "axis.fatalities" : "axis.incidents");
        JFreeChart chart;
        if (spec.kind().overTime()) {
            TimeTableXYDataset ds = new TimeTableXYDataset(TimeZone.getTimeZone(ZoneOffset.UTC));
            for (int i = 0; i < data.xs().size(); i++) {
                LocalDate start = LocalDate.parse(data.xs().get(i));
                LocalDate end = spec.period() == ChartSpec.Period.WEEK ? start.plusWeeks(1) : start.plusMonths(1);
                SimpleTimePeriod period = new SimpleTimePeriod(date(start), new Date(date(end).getTime() - 1));
                for (int j = 0; j < data.series().size(); j++)
                    ds.add(period, data.values()[i][j], label(tx, spec.stack(), data.series().get(j)), false);
            }
            DateAxis time = new DateAxis(bidi(tx.own("axis.time." + spec.period().name())));
            time.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
            // ISO dates, as the table, timeline and exports write them (one date format in the app)
            time.setStandardTickUnits(tickUnits(spec.period()));
            NumberAxis values = new NumberAxis(bidi(valueAxis));
            values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            StackedXYBarRenderer r = new StackedXYBarRenderer(0.1);
            r.setBarPainter(new StandardXYBarPainter());
            r.setShadowVisible(false);
            r.setDrawBarOutline(false);
            XYPlot plot = new XYPlot(ds, time, values, r);
            if (tx.rtl()) plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
            chart = new JFreeChart(bidi(title), JFreeChart.DEFAULT_TITLE_FONT, plot, data.series().size() > 1);
        } else {
            DefaultCategoryDataset ds = new DefaultCategoryDataset();
            for (int i = 0; i < data.xs().size(); i++) {
                String x = xLabel(tx, data, data.xs().get(i));
                for (int j = 0; j < data.series().size(); j++)
                    ds.addValue(data.values()[i][j], label(tx, spec.stack(), data.series().get(j)), x);
            }
            CategoryAxis cats = new CategoryAxis(bidi(tx.own(spec.kind() == ChartSpec.Kind.TOP_PLACES ? "axis.place" : "axis.governorate")));
            NumberAxis values = new NumberAxis(bidi(valueAxis));
            values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            StackedBarRenderer r = new StackedBarRenderer();
            r.setBarPainter(new StandardBarPainter());
            r.setShadowVisible(false);
            r.setDrawBarOutline(false);
            CategoryPlot plot = new CategoryPlot(ds, cats, values, r);
            plot.setOrientation(PlotOrientation.HORIZONTAL);
            plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT); // values under the bars
            if (tx.rtl()) plot.setDomainAxisLocation(AxisLocation.BOTTOM_OR_RIGHT); // names on the right, where Arabic starts
            chart = new JFreeChart(bidi(title), JFreeChart.DEFAULT_TITLE_FONT, plot, data.series().size() > 1);
        }
        theme().apply(chart); // before the colours: a theme resets series paints
        for (int j = 0; j < data.series().size(); j++) {
            Paint paint = colour(spec.stack(), data.series().get(j), j);
            if (chart.getPlot() instanceof XYPlot xy) xy.getRenderer().setSeriesPaint(j, paint);
            else ((CategoryPlot) chart.getPlot()).getRenderer().setSeriesPaint(j, paint);
        }
        chart.setBackgroundPaint(Color.WHITE);
        chart.getPlot().setBackgroundPaint(new Color(0xFAF8F4));
        chart.setPadding(new org.jfree.chart.ui.RectangleInsets(10, 14, 8, 14));
        HorizontalAlignment start = tx.rtl() ? HorizontalAlignment.RIGHT : HorizontalAlignment.LEFT;
        chart.getTitle().setHorizontalAlignment(start);
        TextTitle sub = new TextTitle(bidi(subtitle(tx, data)), new Font(LabelFonts.FAMILY, Font.PLAIN, 13));
        sub.setPaint(new Color(0x5E554C));
        sub.setHorizontalAlignment(start);
        chart.addSubtitle(0, sub);
        TextTitle source = new TextTitle(bidi(tx.own("source")), new Font(LabelFonts.FAMILY, Font.PLAIN, 10));
        source.setPaint(new Color(0x5E554C));
        source.setPosition(RectangleEdge.BOTTOM);
        source.setHorizontalAlignment(start);
        chart.addSubtitle(source);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.TOP);
            legend.setHorizontalAlignment(start);
        }
        return chart;
    }

    /**
     * Ticks on whole periods only (no "2018-04" under each week of April), labelled in ISO: every 7
     * or 14 days as yyyy-MM-dd for weekly bars, months as yyyy-MM, years as yyyy.
     */
    private static org.jfree.chart.axis.TickUnitSource tickUnits(ChartSpec.Period period) {
        org.jfree.chart.axis.TickUnits units = new org.jfree.chart.axis.TickUnits();
        if (period == ChartSpec.Period.WEEK)
            for (int days : new int[]{7, 14}) units.add(new org.jfree.chart.axis.DateTickUnit(org.jfree.chart.axis.DateTickUnitType.DAY, days, iso("yyyy-MM-dd")));
        for (int months : new int[]{1, 2, 3, 6})
            units.add(new org.jfree.chart.axis.DateTickUnit(org.jfree.chart.axis.DateTickUnitType.MONTH, months, iso("yyyy-MM")));
        for (int years : new int[]{1, 2, 5, 10})
            units.add(new org.jfree.chart.axis.DateTickUnit(org.jfree.chart.axis.DateTickUnitType.YEAR, years, iso("yyyy")));
        return units;
    }

    private static java.text.DateFormat iso(String pattern) {
        java.text.SimpleDateFormat f = new java.text.SimpleDateFormat(pattern, Locale.ROOT);
        f.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        return f;
    }

    private static StandardChartTheme theme() {
        StandardChartTheme t = new StandardChartTheme("clashmap");
        t.setExtraLargeFont(new Font(LabelFonts.FAMILY, Font.BOLD, 20));
        t.setLargeFont(new Font(LabelFonts.FAMILY, Font.BOLD, 14));
        t.setRegularFont(new Font(LabelFonts.FAMILY, Font.PLAIN, 12));
        t.setSmallFont(new Font(LabelFonts.FAMILY, Font.PLAIN, 11));
        t.setPlotBackgroundPaint(new Color(0xFAF8F4));
        t.setDomainGridlinePaint(new Color(0xDDD8D0));
        t.setRangeGridlinePaint(new Color(0xDDD8D0));
        t.setChartBackgroundPaint(Color.WHITE);
        t.setLegendBackgroundPaint(Color.WHITE);
        t.setShadowVisible(false);
        t.setBarPainter(new StandardBarPainter());
        t.setXYBarPainter(new StandardXYBarPainter());
        return t;
    }

    private static Date date(LocalDate d) {
        return Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** Text as a vector file must keep it: its direction, its runs of spaces (see {@link Java2DSurface#vectorText}). */
    private static String bidi(String s) {
        return Java2DSurface.vectorText(s);
    }

    private static String subtitle(FigureTexts tx, ChartData data) {
        ChartSpec spec = data.spec();
        String dates = spec.from() == null && spec.to() == null ? tx.own("dates.all")
                : (spec.from() == null ? "…" : spec.from().toString()) + " – " + (spec.to() == null ? "…" : spec.to().toString());
        String total = tx.own(spec.kind().countsFatalities() ? "total.fatalities" : "total.incidents", data.total());
        if (spec.kind() == ChartSpec.Kind.TOP_PLACES) total = tx.own("total.incidents", data.drawn());
        String out = dates + "   ·   " + total;
        if (data.undated() > 0) out += "   ·   " + tx.own("undated", data.undated());
        return out;
    }

    private static String xLabel(FigureTexts tx, ChartData data, String key) {
        if (data.spec().kind() == ChartSpec.Kind.TOP_PLACES) {
            String[] n = data.placeNames().get(key);
            return bidi(n == null ? key : tx.rtl() ? n[0] : n[1]);
        }
        return bidi(areaName(tx, key));
    }

    private static String areaName(FigureTexts tx, String pcode) {
        if (ChartData.NONE.equals(pcode)) return tx.own("series.none.GOVERNORATE");
        AdminAreaIndex.Area a = AdminAreaIndex.shared().area(pcode);
        return a == null ? pcode : a.name(tx.rtl());
    }

    /** A stack's name in the chart's language. */
    static String label(FigureTexts tx, ChartSpec.Stack stack, String key) {
        return bidi(switch (stack) {
            case TYPE -> tx.type(EventType.valueOf(key));
            case ACTOR -> ChartData.NONE.equals(key) ? tx.own("series.none.ACTOR") : tx.ui("actor." + key, key);
            case GOVERNORATE -> areaName(tx, key);
            case NONE -> tx.own("series.all");
        });
    }

    private static Paint colour(ChartSpec.Stack stack, String key, int index) {
        if (stack == ChartSpec.Stack.TYPE) return new Color(IncidentStyle.colour(EventType.valueOf(key)) & 0xFFFFFF);
        if (stack == ChartSpec.Stack.NONE) return new Color(0x8C2D19);
        return new Color(PALETTE[index % PALETTE.length]);
    }
}
