package org.clashmap.export;

import org.clashmap.extract.ActorRole;
import org.clashmap.extract.DateRange;
import org.clashmap.extract.Event;
import org.clashmap.extract.EventActor;
import org.clashmap.extract.EventPlace;
import org.clashmap.extract.EventType;
import org.clashmap.extract.Extraction;
import org.clashmap.extract.Report;
import org.clashmap.extract.SubEventType;
import org.clashmap.extract.TimePrecision;
import org.clashmap.ingest.ReportMetadata;
import org.clashmap.store.Database;
import org.clashmap.store.EventStore;
import org.clashmap.store.ReviewStatus;
import org.clashmap.store.Reviewer;
import org.clashmap.store.StoredEvent;
import org.clashmap.testing.Seeds;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A database filled with hand-checked extractions of the five seed reports: real text, real spans,
 * real publication dates from seeds/metadata.tsv and OCHA coordinates. What it holds:
 * <ul>
 *   <li>A (000) regime vs ISIS near السخنة and تدمر, 2018-04-24: two places, quotes and commas in the sentence</li>
 *   <li>B (001) ISIS takes part of البوكمال, 2018-06-08..10 (week), 30 dead</li>
 *   <li>C (001) suicide attacks on البوكمال, 21 dead, confidence 0.4</li>
 *   <li>D (003) regime regains ground at تدمر, 2016-03-20; fatalities edited to 3 by an analyst</li>
 *   <li>E (003) 24 soldiers killed in eastern Homs countryside (تدمر, 40 km): rejected by an analyst</li>
 *   <li>F (004) 5 soldiers killed north of السخنة: undated (the report's date is unknown)</li>
 *   <li>G (002) attack 60 km NE of تدمر with Hezbollah and Iran-backed militias, 2018-04-17..19 (week)</li>
 *   <li>H (002) Astana talks announced: no place, so not exportable as a point</li>
 * </ul>
 * Default export (rejected left out): 7 points from 6 events, 1 event without a place.
 */
final class ExportFixture {
    static final int DEFAULT_FEATURES = 7;

    final Path dbFile;
    final Database db;
    final EventStore store;
    long a, b, c, d, e, f, g, h;

    private ExportFixture(Path dbFile) {
        this.dbFile = dbFile;
        this.db = Database.open(dbFile);
        this.store = new EventStore(db);
    }

    static ExportFixture build(Path dir) {
        ExportFixture fx = new ExportFixture(dir.resolve("events.db"));
        fx.fill();
        return fx;
    }

    private void fill() {
        Map<String, ReportMetadata> meta = ReportMetadata.read(Seeds.dir().resolve(ReportMetadata.FILE_NAME));

        Report r0 = report(0, meta);
        Span s = Span.of(r0.text(), "من جانب آخر، تجددت المعارك", "الطيران الروسي.");
        Event evA = new Event(EventType.BATTLES, SubEventType.ARMED_CLASH,
                actors("regime", "isis", "russia"),
                List.of(place(r0, s, "السخنة", 2), place(r0, s, "تدمر", 2)),
                DateRange.day(r0.published().minusDays(1)), null, null, s.text, s.start, s.end, 0.8);
        ingest(r0, evA);

        Report r1 = report(1, meta);
        Span s1 = Span.of(r1.text(), "عواصم – وكالات: تراجع تنظيم", "التنظيم النائمة.");
        Event evB = new Event(EventType.BATTLES, SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
                actors("isis", "regime"), List.of(place(r1, s1, "البوكمال", 2)),
                new DateRange(LocalDate.of(2018, 6, 8), r1.published(), TimePrecision.WEEK), 30, null, s1.text, s1.start, s1.end, 0.9);
        Span s2 = Span.of(r1.text(), "في المقابل، قتل 21", "الهجمات على المدينة.");
        Event evC = new Event(EventType.EXPLOSIONS_REMOTE_VIOLENCE, SubEventType.SUICIDE_BOMB,
                actors("isis", "regime"), List.of(place(r1, s2, "البوكمال", 2)),
                new DateRange(LocalDate.of(2018, 6, 8), LocalDate.of(2018, 6, 8), TimePrecision.DAY), 21, null, s2.text, s2.start, s2.end, 0.4);
        ingest(r1, evB, evC);

        Report r3 = report(3, meta);
        Span s3 = Span.of(r3.text(), "من جانبها، تتحدث وكالة أنباء النظام", "مدينة القريتين).");
        Event evD = new Event(EventType.BATTLES, SubEventType.GOVERNMENT_REGAINS_TERRITORY,
                actors("regime", "isis", "russia"), List.of(place(r3, s3, "تدمر", 2)),
                DateRange.day(r3.published().minusDays(1)), null, null, s3.text, s3.start, s3.end, 0.7);
        Span s4 = Span.of(r3.text(), "قالت وكالة \"أعماق\"", "بريف دمشق.");
        Event evE = new Event(EventType.BATTLES, SubEventType.ARMED_CLASH,
                actors("isis", "regime"), List.of(place(r3, s4, "تدمر", 40)),
                DateRange.day(r3.published().minusDays(1)), 24, null, s4.text, s4.start, s4.end, 0.6);
        ingest(r3, evD, evE);

        Report r4 = report(4, meta);
        Span s5 = Span.of(r4.text(), "وقبل أسبوع، قال المرصد", "في المنطقة.");
        Event evF = new Event(EventType.BATTLES, SubEventType.ARMED_CLASH,
                actors("isis", "regime"), List.of(place(r4, s5, "السخنة", 5)),
                DateRange.UNKNOWN, 5, null, s5.text, s5.start, s5.end, 0.75);
        ingest(r4, evF);

        Report r2 = report(2, meta);
        Span s6 = Span.of(r2.text(), "وقالت المصادر، إن التنظيم، شن", "شمال شرق تدمر).");
        EventPlace tadmor = place(r2, s6, "تدمر", 2);
        // 60 km north-east of Tadmor: 42.4 km north and 42.4 km east, on a sphere.
        double dLat = 42.43 / 111.2, dLon = 42.43 / (111.2 * Math.cos(Math.toRadians(tadmor.lat())));
        EventPlace ne = new EventPlace(tadmor.placeId(), tadmor.nameAr(), tadmor.nameEn(), "60 كم شمال شرق",
                tadmor.lat() + dLat, tadmor.lon() + dLon, 15, 0.7, tadmor.charStart(), tadmor.charEnd());
        List<EventActor> gActors = new ArrayList<>(actors("isis", "regime"));
        gActors.add(new EventActor("hezbollah", ActorRole.ASSOCIATED, null));
        gActors.add(new EventActor("iran_militias", ActorRole.ASSOCIATED, null));
        Event evG = new Event(EventType.BATTLES, SubEventType.ARMED_CLASH, gActors, List.of(ne),
                new DateRange(r2.published().minusDays(2), r2.published(), TimePrecision.WEEK), null, null, s6.text, s6.start, s6.end, 0.65);
        Span s7 = Span.of(r2.text(), "كشفت أنقرة أن الجولة التاسعة", "(مايو) المقبل.");
        Event evH = new Event(EventType.STRATEGIC_DEVELOPMENTS, SubEventType.OTHER, List.of(), List.of(),
                DateRange.day(r2.published()), null, null, s7.text, s7.start, s7.end, 0.5);
        ingest(r2, evG, evH);

        List<StoredEvent> all = store.allEvents();
        a = idOf(all, evA); b = idOf(all, evB); c = idOf(all, evC); d = idOf(all, evD);
        e = idOf(all, evE); f = idOf(all, evF); g = idOf(all, evG); h = idOf(all, evH);
        Reviewer analyst = new Reviewer(db, "test-analyst");
        analyst.setFatalities(d, 3);
        analyst.setReview(e, ReviewStatus.REJECTED);
    }

    private static long idOf(List<StoredEvent> all, Event ev) {
        return all.stream().filter(x -> x.sentence().equals(ev.sentence()) && x.type() == ev.type()).mapToLong(StoredEvent::id)
                .findFirst().orElseThrow();
    }

    private void ingest(Report r, Event... events) {
        store.ingest(new Extraction(r, List.of(events), List.of()));
    }

    private static Report report(int index, Map<String, ReportMetadata> meta) {
        String file = Seeds.files().get(index).getFileName().toString();
        ReportMetadata m = meta.get(file);
        return new Report(Seeds.text(index), m.published(), m.precision(), file, m.outlet());
    }

    /** The OCHA place, with the span of its name inside the event's sentence. */
    private static EventPlace place(Report r, Span sentence, String nameAr, double precisionKm) {
        int at = r.text().indexOf(nameAr, sentence.start);
        if (at < 0 || at >= sentence.end) at = sentence.start; // named elsewhere in the report (e.g. "the city")
        return OchaPlaces.place(nameAr, precisionKm, at, at + nameAr.length());
    }

    private static List<EventActor> actors(String actor1, String actor2, String... associated) {
        List<EventActor> out = new ArrayList<>();
        out.add(new EventActor(actor1, ActorRole.ACTOR1, null));
        out.add(new EventActor(actor2, ActorRole.ACTOR2, null));
        for (String x : associated) out.add(new EventActor(x, ActorRole.ASSOCIATED, null));
        return out;
    }

    List<StoredEvent> events() {
        return store.allEvents();
    }

    /** A sentence of a seed report, located by its first and last words (so it is the real text, not a retyped copy). */
    record Span(String text, int start, int end) {
        static Span of(String report, String begin, String finish) {
            int s = report.indexOf(begin);
            if (s < 0) throw new IllegalArgumentException("not in report: " + begin);
            int e = report.indexOf(finish, s);
            if (e < 0) throw new IllegalArgumentException("not in report after start: " + finish);
            e += finish.length();
            return new Span(report.substring(s, e), s, e);
        }
    }
}
