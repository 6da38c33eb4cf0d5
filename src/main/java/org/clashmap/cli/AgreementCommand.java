package org.clashmap.cli;

import org.clashmap.datasets.Agreement;
import org.clashmap.store.DatasetStore;
import org.clashmap.store.Database;
import org.clashmap.store.DatedEventPlace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Locale;

/** {@code clashmap agreement [--source ucdp]}: which extracted events the imported dataset also has. */
@Command(name = "agreement", description = "For each extracted event, list the imported events at the same place and time.")
public final class AgreementCommand implements Runnable {
    @Mixin
    CommonOptions common;

    @Option(names = "--source", defaultValue = "ucdp", paramLabel = "ORIGIN",
            description = "Imported layer to compare with: ucdp, acled or synthetic (default: ${DEFAULT-VALUE}).")
    String source;

    @Override
    public void run() {
        String src = source.toLowerCase(Locale.ROOT);
        try (Database db = Database.open(common.database())) {
            DatasetStore store = new DatasetStore(db);
            if (store.count(src) == 0) throw new UserError("no '" + src + "' events in " + db.address() + "; import them first");
            long extractedTotal = store.count("extracted");
            List<Agreement.Result> results = Agreement.compare(store, src);
            String label = src.toUpperCase(Locale.ROOT);
            int with = 0;
            for (Agreement.Result r : results) {
                DatedEventPlace e = r.extracted();
                System.out.println("#" + e.eventId() + " " + when(e) + " " + name(e) + ": " + snippet(e.sentence()));
                for (Agreement.Match m : r.matches()) {
                    DatedEventPlace i = m.imported();
                    System.out.printf(Locale.ROOT, "  also in %s: %s %s, %s [%s %s, %.1f km]%n", label, when(i), name(i),
                            i.fatalities() == null ? "dead unknown" : i.fatalities() + " dead", src, i.externalId(), m.distanceKm());
                }
                if (r.matches().isEmpty()) System.out.println("  not in " + label);
                else with++;
            }
            System.out.printf(Locale.ROOT, "%d extracted events compared with %s: %d with a match, %d without; %d not compared (no date or place)%n",
                    results.size(), label, with, results.size() - with, extractedTotal - results.size());
        }
    }

    private static String when(DatedEventPlace p) {
        return p.from().equals(p.to()) ? p.from().toString() : p.from() + ".." + p.to();
    }

    private static String name(DatedEventPlace p) {
        return p.placeName() != null ? p.placeName() : String.format(Locale.ROOT, "%.4f,%.4f", p.lat(), p.lon());
    }

    private static String snippet(String s) {
        if (s == null) return "";
        String t = s.replaceAll("\\s+", " ").trim();
        return t.length() <= 100 ? t : t.substring(0, 99) + "…";
    }
}
