package org.clashmap.cli;

import org.clashmap.export.EventPoint;
import org.clashmap.export.FigureFormat;
import org.clashmap.export.charts.ChartData;
import org.clashmap.export.charts.ChartFigure;
import org.clashmap.export.charts.ChartRows;
import org.clashmap.export.charts.ChartSpec;
import org.clashmap.geo.Language;
import org.clashmap.store.Database;
import org.clashmap.store.EventFilter;
import org.clashmap.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code clashmap chart}: a chart of the events a filter keeps (the export's filters), as PNG, SVG
 * or PDF by the {@code --out} extension; prints the totals it drew, which are the export's totals
 * for the same filter.
 */
@Command(name = "chart", description = "Chart the filtered events: incidents or fatalities per week/month stacked by type, actor or governorate; top places; fatalities by governorate (PNG, SVG or PDF by the --out extension).")
public final class ChartCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    FilterOptions filters;

    @Option(names = "--kind", required = true, paramLabel = "KIND", description = "incidents, fatalities, top-places or governorates")
    String kind;

    @Option(names = "--out", required = true, paramLabel = "FILE.png|FILE.svg|FILE.pdf", description = "Output file; its extension chooses the format.")
    Path out;

    @Option(names = "--period", defaultValue = "month", description = "week or month (default: ${DEFAULT-VALUE}), for incidents and fatalities.")
    String period;

    @Option(names = "--stack", description = "type, actor, governorate or none (default: type; none for governorates).")
    String stack;

    @Option(names = "--top", defaultValue = "15", description = "Places in a top-places chart (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--width", defaultValue = "1600", description = "Width in px (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "900", description = "Height in px (default: ${DEFAULT-VALUE}).")
    int height;

    @Option(names = "--lang", defaultValue = "ar", description = "Texts in ar or en (default: ${DEFAULT-VALUE}).")
    String lang;

    @Override
    public Integer call() {
        Language language = CommonOptions.figureLanguage(lang);
        CommonOptions.checkFigureSize(width, height);
        ChartSpec spec;
        try {
            ChartSpec.Kind k = ChartSpec.parse(ChartSpec.Kind.class, "--kind", kind);
            ChartSpec.Stack st = stack != null ? ChartSpec.parse(ChartSpec.Stack.class, "--stack", stack)
                    : k == ChartSpec.Kind.GOVERNORATES ? ChartSpec.Stack.NONE : ChartSpec.Stack.TYPE;
            spec = new ChartSpec(k, ChartSpec.parse(ChartSpec.Period.class, "--period", period), st, top, language, filters.from(), filters.to());
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        Path target = out.toAbsolutePath();
        if (!FigureFormat.names(target)) throw new UserError("--out must name a .png, .svg or .pdf file: " + out);
        if (!Files.isDirectory(target.getParent())) throw new UserError("cannot write " + out + ": folder " + target.getParent() + " does not exist");
        EventFilter filter = filters.filter();
        Path dbFile = common.dbFile();
        if (!Files.isRegularFile(dbFile)) throw new UserError("no database at " + dbFile + " (ingest reports first, or give --db)");
        CommonOptions.refuseOverwriting(out, dbFile, List.of());
        List<EventPoint> rows;
        try (Database db = Database.open(dbFile)) {
            rows = ChartRows.of(new EventStore(db), filter::test);
        }
        ChartData data = ChartData.of(spec, rows);
        try {
            ChartFigure.write(data, width, height, target);
        } catch (AccessDeniedException e) {
            throw new UserError("cannot write " + out + ": permission denied", 1, e);
        } catch (IOException e) {
            throw new UserError("cannot write " + out + ": " + RenderCommand.rootMessage(e), 1, e);
        }
        String measure = spec.kind().countsFatalities() ? "fatalities" : "incidents";
        System.out.printf(Locale.ROOT, "%s: %s, %d bars, %d %s in all%s%n", out, spec.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                data.xs().size(), spec.kind() == ChartSpec.Kind.TOP_PLACES ? data.drawn() : data.total(), measure,
                data.undated() > 0 ? " (" + data.undated() + " undated, not in a bar)" : "");
        return 0;
    }
}
