package org.clashmap.evaluation;

import org.clashmap.extract.EventPlace;
import org.clashmap.extract.Extraction;
import org.clashmap.extract.Report;
import org.clashmap.geodesy.Geodesy;
import org.clashmap.store.Database;
import org.clashmap.store.EventStore;
import org.clashmap.store.IncidentFacts;
import org.clashmap.store.IncidentStore;
import org.clashmap.store.IngestResult;
import org.clashmap.store.StoredEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How well incidents are fused across reports (decision 021), on annotated reports: the extractions
 * are ingested, in gold order, into a temporary store (linking as a real ingest does), then compared
 * with the gold.
 *
 * <ul>
 *   <li><b>Gold incidents across reports.</b> Two must rows of different reports are the same
 *       incident when they have the same type, lie within the larger of their tolerances of each
 *       other and their date ranges overlap (undated rows never); a gold incident is a group of
 *       rows, two or more reports among them, in which every two rows of different reports are
 *       the same incident (complete linkage, rows taken in gold order). It counts as <em>one stored incident</em>
 *       when some stored incident holds, for every row of it the extractor found (an event of the
 *       row's report with a place within the row's tolerance), such an event, and those rows come
 *       from two or more reports. Pairs of such rows are counted too (a pair is linked when both
 *       rows' events share an incident).</li>
 *   <li><b>Wrong joins.</b> A stored incident of two or more reports joins different things when
 *       two of its events, from different reports, lie near gold rows (must or optional) of their
 *       reports and no row near the one is the same incident as a row near the other. An event
 *       near no gold row is a spurious point: such incidents are counted apart.</li>
 * </ul>
 * A report the store keeps as a re-post of another counts with that other's events.
 */
public final class Fusion {
    private Fusion() {}

    public record Result(int goldIncidents, int oneIncident, int goldPairs, int linkedPairs,
                         int storedMulti, int wrongJoins, int withSpurious, List<String> details) {
        public String line() {
            return String.format(Locale.ROOT,
                    "fusion: gold incidents in 2+ reports %d, as one stored incident %d (%s); row pairs across reports %d, linked %d (%s)"
                            + " | stored incidents of 2+ reports %d, joining different gold incidents %d, with a point that is no gold incident %d",
                    goldIncidents, oneIncident, ratio(oneIncident, goldIncidents), goldPairs, linkedPairs, ratio(linkedPairs, goldPairs),
                    storedMulti, wrongJoins, withSpurious);
        }

        private static String ratio(int a, int b) {
            return b == 0 ? "-" : String.format(Locale.ROOT, "%.2f", a / (double) b);
        }
    }

    private record GRow(String file, Gold.Row row) {}

    /** Ingests the articles' extractions (gold order) into a temporary store and measures the fusion. */
    public static Result measure(List<Gold.Article> articles, Map<String, Extraction> extractions, Path articleDir) throws IOException {
        Map<String, String> outlets = outlets(articleDir);
        Path dir = Files.createTempDirectory("clashmap-fusion");
        Path file = dir.resolve("fusion.db");
        try (Database db = Database.open(file)) {
            EventStore store = new EventStore(db);
            Map<String, Long> reportOf = new HashMap<>();
            for (Gold.Article a : articles) {
                Extraction x = extractions.get(a.file());
                if (x == null || reportOf.containsKey(a.file())) continue;
                Report r = x.report();
                Report withOutlet = new Report(r.text(), r.published(), r.precision(), r.source(), outlets.getOrDefault(a.file(), r.outlet()));
                IngestResult res = store.ingest(new Extraction(withOutlet, x.events(), x.claims()));
                reportOf.put(a.file(), res.duplicateOf() != null ? res.duplicateOf() : res.articleId());
            }
            Map<Long, IncidentFacts> facts = new IncidentStore(db, "eval").factsByEvent();
            Map<Long, List<StoredEvent>> eventsByReport = new HashMap<>();
            for (StoredEvent e : store.allEvents()) eventsByReport.computeIfAbsent(e.articleId(), k -> new ArrayList<>()).add(e);
            Map<Long, Long> incidentOf = new HashMap<>();
            facts.forEach((ev, f) -> {
                if (f.incidentId() != null) incidentOf.put(ev, f.incidentId());
            });
            return compare(articles, reportOf, eventsByReport, incidentOf);
        } finally {
            try (var s = Files.list(dir)) {
                for (Path p : s.toList()) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        }
    }

    static Result compare(List<Gold.Article> articles, Map<String, Long> reportOf, Map<Long, List<StoredEvent>> eventsByReport,
                          Map<Long, Long> incidentOf) {
        List<GRow> must = new ArrayList<>();
        List<GRow> all = new ArrayList<>();
        for (Gold.Article a : articles) {
            for (Gold.Row r : a.rows()) {
                if (r.must() && r.dateFrom() != null) must.add(new GRow(a.file(), r));
                if (r.excusesPoints()) all.add(new GRow(a.file(), r));
            }
        }
        // Cross-report pairs of must rows that are the same incident by the gold.
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < must.size(); i++) {
            for (int j = i + 1; j < must.size(); j++) {
                if (!sameReport(must.get(i), must.get(j), reportOf) && same(must.get(i).row(), must.get(j).row())) pairs.add(new int[]{i, j});
            }
        }
        // Gold incidents: rows in gold order, each joining the first group whose rows of other
        // reports are all the same incident as it (complete linkage: no chain of "overlapping"
        // days and places drifts from one incident to the next), else starting its own.
        List<List<Integer>> groupList = new ArrayList<>();
        for (int i = 0; i < must.size(); i++) {
            List<Integer> home = null;
            for (List<Integer> g : groupList) {
                boolean every = true, any = false;
                for (int k : g) {
                    if (sameReport(must.get(i), must.get(k), reportOf)) continue;
                    any = true;
                    if (!same(must.get(i).row(), must.get(k).row())) every = false;
                }
                if (every && any) {
                    home = g;
                    break;
                }
            }
            if (home == null) groupList.add(home = new ArrayList<>());
            home.add(i);
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        Map<Gold.Row, Integer> groupOf = new HashMap<>();
        for (int g = 0; g < groupList.size(); g++) {
            groups.put(g, groupList.get(g));
            for (int i : groupList.get(g)) groupOf.put(must.get(i).row(), g);
        }

        List<String> details = new ArrayList<>();
        int goldIncidents = 0, one = 0;
        for (List<Integer> g : groups.values()) {
            Set<String> files = new HashSet<>();
            for (int i : g) files.add(must.get(i).file());
            if (files.size() < 2) continue;
            goldIncidents++;
            Map<Integer, Set<Long>> incidentsOfRow = new HashMap<>();
            for (int i : g) {
                Set<Long> inc = new HashSet<>();
                for (StoredEvent e : near(must.get(i), reportOf, eventsByReport)) if (incidentOf.containsKey(e.id())) inc.add(incidentOf.get(e.id()));
                if (!inc.isEmpty()) incidentsOfRow.put(i, inc);
            }
            boolean fused = false;
            Set<Long> candidates = new HashSet<>();
            incidentsOfRow.values().forEach(candidates::addAll);
            for (long inc : candidates) {
                Set<String> reports = new HashSet<>();
                boolean every = true;
                for (var en : incidentsOfRow.entrySet()) {
                    if (en.getValue().contains(inc)) reports.add(must.get(en.getKey()).file());
                    else every = false;
                }
                if (every && reports.size() >= 2) fused = true;
            }
            if (fused) one++;
            details.add((fused ? "  fused     " : "  not fused ") + g.stream().map(i -> must.get(i).row().id()
                    + (incidentsOfRow.containsKey(i) ? "→" + incidentsOfRow.get(i) : "→(not found)")).toList());
            if (!fused) {
                // what the linker saw, so a split can be read without a debugger
                for (int i : g) {
                    for (StoredEvent e : near(must.get(i), reportOf, eventsByReport)) details.add("      " + must.get(i).row().id() + " " + describe(e, incidentOf));
                }
            }
        }
        int linkedPairs = 0;
        for (int[] p : pairs) {
            Set<Long> a = new HashSet<>(), b = new HashSet<>();
            for (StoredEvent e : near(must.get(p[0]), reportOf, eventsByReport)) if (incidentOf.containsKey(e.id())) a.add(incidentOf.get(e.id()));
            for (StoredEvent e : near(must.get(p[1]), reportOf, eventsByReport)) if (incidentOf.containsKey(e.id())) b.add(incidentOf.get(e.id()));
            a.retainAll(b);
            if (!a.isEmpty()) linkedPairs++;
        }

        // Stored incidents of two or more reports: do they join the same gold incident?
        Map<Long, List<StoredEvent>> byIncident = new LinkedHashMap<>();
        Map<Long, String> fileOfReport = new HashMap<>();
        reportOf.forEach((f, r) -> fileOfReport.putIfAbsent(r, f));
        eventsByReport.values().forEach(list -> list.forEach(e -> {
            Long inc = incidentOf.get(e.id());
            if (inc != null) byIncident.computeIfAbsent(inc, k -> new ArrayList<>()).add(e);
        }));
        int multi = 0, wrong = 0, spurious = 0;
        for (var en : byIncident.entrySet()) {
            List<StoredEvent> ev = en.getValue();
            if (ev.stream().map(StoredEvent::articleId).distinct().count() < 2) continue;
            multi++;
            boolean bad = false, unknown = false;
            for (int i = 0; i < ev.size(); i++) {
                for (int j = i + 1; j < ev.size(); j++) {
                    StoredEvent x = ev.get(i), y = ev.get(j);
                    if (x.articleId().equals(y.articleId())) continue;
                    List<Gold.Row> gx = rowsNear(x, fileOfReport.get(x.articleId()), articles, reportOf);
                    List<Gold.Row> gy = rowsNear(y, fileOfReport.get(y.articleId()), articles, reportOf);
                    if (gx.isEmpty() || gy.isEmpty()) {
                        unknown = true;
                        continue;
                    }
                    boolean match = false;
                    for (Gold.Row a : gx) {
                        for (Gold.Row b : gy) {
                            Integer ga = groupOf.get(a), gb = groupOf.get(b);
                            if (ga != null && ga.equals(gb) || same(a, b)) match = true;
                        }
                    }
                    if (!match) bad = true;
                }
            }
            if (bad) {
                wrong++;
                details.add("  wrong join incident " + en.getKey() + ": " + ev.stream().map(e -> fileOfReport.get(e.articleId()) + "#" + e.id()
                        + (e.places().isEmpty() ? "" : " " + e.places().get(0).nameAr())).toList());
                for (StoredEvent e : ev) details.add("      " + fileOfReport.get(e.articleId()) + " " + describe(e, incidentOf));
            } else if (unknown) {
                spurious++;
            }
        }
        return new Result(goldIncidents, one, pairs.size(), linkedPairs, multi, wrong, spurious, details);
    }

    private static String describe(StoredEvent e, Map<Long, Long> incidentOf) {
        return "event " + e.id() + " incident " + incidentOf.get(e.id()) + " " + e.type() + " " + e.date().from() + ".." + e.date().to()
                + " " + e.actors().stream().map(a -> a.role() + "=" + a.actorId()).toList()
                + " " + e.places().stream().map(p -> p.nameAr() + "(" + Math.round(p.precisionKm()) + "km)").toList()
                + " dead " + e.fatalities();
    }

    /** Same incident by the gold: same type, within the larger tolerance, overlapping date ranges. */
    static boolean same(Gold.Row a, Gold.Row b) {
        if (a.type() == null || !a.type().equals(b.type()) || a.dateFrom() == null || b.dateFrom() == null) return false;
        if (Geodesy.km(a.lat(), a.lon(), b.lat(), b.lon()) > Math.max(a.tolKm(), b.tolKm())) return false;
        return !LocalDate.parse(a.dateFrom()).isAfter(LocalDate.parse(b.dateTo())) && !LocalDate.parse(b.dateFrom()).isAfter(LocalDate.parse(a.dateTo()));
    }

    private static List<StoredEvent> near(GRow r, Map<String, Long> reportOf, Map<Long, List<StoredEvent>> eventsByReport) {
        Long report = reportOf.get(r.file());
        List<StoredEvent> out = new ArrayList<>();
        if (report == null) return out;
        for (StoredEvent e : eventsByReport.getOrDefault(report, List.of())) {
            for (EventPlace p : e.places()) {
                if (Geodesy.km(p.lat(), p.lon(), r.row().lat(), r.row().lon()) <= r.row().tolKm()) {
                    out.add(e);
                    break;
                }
            }
        }
        return out;
    }

    /** Gold rows (must or optional) of the event's report (and of reports it stands for) within tolerance of one of its places. */
    private static List<Gold.Row> rowsNear(StoredEvent e, String file, List<Gold.Article> articles, Map<String, Long> reportOf) {
        List<Gold.Row> out = new ArrayList<>();
        for (Gold.Article a : articles) {
            if (!e.articleId().equals(reportOf.get(a.file()))) continue;
            for (Gold.Row r : a.rows()) {
                if (!r.excusesPoints()) continue;
                for (EventPlace p : e.places()) {
                    if (Geodesy.km(p.lat(), p.lon(), r.lat(), r.lon()) <= r.tolKm()) {
                        out.add(r);
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static boolean sameReport(GRow a, GRow b, Map<String, Long> reportOf) {
        return a.file().equals(b.file()) || java.util.Objects.equals(reportOf.get(a.file()), reportOf.get(b.file())) && reportOf.get(a.file()) != null;
    }

    /** Outlets from the folder's INDEX.tsv (file, outlet, ...) when there is one (the dev set's); else none. */
    static Map<String, String> outlets(Path dir) {
        Path index = dir.resolve("INDEX.tsv");
        Map<String, String> out = new HashMap<>();
        if (!Files.isRegularFile(index)) return out;
        try {
            for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
                String[] c = line.split("\t");
                if (c.length >= 2 && !"file".equals(c[0])) out.put(c[0], c[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(index + ": " + e.getMessage(), e);
        }
        return out;
    }
}
