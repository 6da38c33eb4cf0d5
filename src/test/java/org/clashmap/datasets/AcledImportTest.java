package org.clashmap.datasets;

import org.clashmap.extract.ActorRole;
import org.clashmap.extract.EventActor;
import org.clashmap.extract.SubEventType;
import org.clashmap.extract.TimePrecision;
import org.clashmap.store.DatasetStore;
import org.clashmap.store.Database;
import org.clashmap.store.ExternalEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class AcledImportTest {
    @TempDir
    Path tmp;

    /** Real UCDP rows, written in ACLED's layout by ClashMap's exporter, imported as ACLED: fields survive. */
    @Test
    void ucdpRowsConvertedToAcledRoundTrip() throws Exception {
        List<ExternalEvent> ucdp;
        try (Database db = TestData.open(tmp, "u.db")) {
            TestData.importUcdp(new DatasetStore(db), TestData.excerpt(), new ArrayList<>());
            ucdp = new DatasetStore(db).events("ucdp");
        }
        StringWriter csv = new StringWriter();
        new AcledWriter().write(ucdp, csv);
        try (Database db = TestData.open(tmp, "a.db")) {
            DatasetStore store = new DatasetStore(db);
            List<String> messages = new ArrayList<>();
            ImportSummary s = TestData.importText(store, new AcledReader(), csv.toString(), messages);
            assertEquals(ucdp.size(), s.imported(), messages.toString());
            assertEquals(0, s.skipped(), messages.toString());
            assertEquals(Set.of(), s.unknownActors());
            Map<String, ExternalEvent> back = store.events("acled").stream()
                    .collect(Collectors.toMap(ExternalEvent::externalId, Function.identity()));
            for (ExternalEvent u : ucdp) {
                ExternalEvent a = back.get(u.externalId());
                assertNotNull(a, u.externalId());
                assertEquals("acled", a.origin());
                assertEquals(u.type(), a.type());
                assertEquals(u.subType(), a.subType());
                assertEquals(u.fatalities(), a.fatalities());
                assertEquals(u.sentence(), a.sentence());
                assertEquals(u.outlet(), a.outlet());
                assertEquals(u.place().nameEn(), a.place().nameEn());
                assertEquals(u.place().lat(), a.place().lat(), 1e-9);
                assertEquals(u.place().lon(), a.place().lon(), 1e-9);
                assertTrue(a.place().precisionKm() >= Math.min(u.place().precisionKm(), 100), u.externalId());
                assertEquals(u.date().precision(), a.date().precision(), u.externalId());
                if (u.date().precision() == TimePrecision.DAY) assertEquals(u.date(), a.date());
                else assertFalse(a.date().to().isBefore(u.date().from()) || a.date().from().isAfter(u.date().to()), u.externalId());
                assertEquals(ids(u, ActorRole.ACTOR1), ids(a, ActorRole.ACTOR1), u.externalId());
                assertEquals(ids(u, ActorRole.ACTOR2), ids(a, ActorRole.ACTOR2), u.externalId());
                assertEquals(ids(u, ActorRole.ASSOCIATED), ids(a, ActorRole.ASSOCIATED), u.externalId());
            }
        }
    }

    private static Set<String> ids(ExternalEvent e, ActorRole role) {
        return e.actors().stream().filter(a -> a.role() == role).map(EventActor::actorId).collect(Collectors.toSet());
    }

    /** ACLED's own spelling: long dates, names with years, week and month precision, a protest to skip. */
    @Test
    void anAcledExportInItsOwnWordsIsRead() throws Exception {
        String csv = String.join("\n",
                "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,actor2,assoc_actor_2,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,notes,fatalities",
                "SYR1001,24 April 2018,2018,1,Explosions/Remote violence,Air/drone strike,Military Forces of Russia (2015-),,Opposition Rebels (Syria),,Idleb,Maaret An Nu'man,Maaret An Nu'man,Maaret An Nu'man,35.6476,36.6739,1,SOHR,\"On 24 April, Russian warplanes struck the town, killing 3 rebels.\",3",
                "SYR1002,2018-06-08,2018,2,Battles,Armed clash,Islamic State (Syria),,\"SDF: Syrian Democratic Forces\",Military Forces of the United States (2017-2021),Deir-ez-Zor,Abu Kamal,Abu Kamal,Abu Kamal,34.4500,40.9186,2,\"Syrian Observatory for Human Rights; Reuters\",\"Clashes, with coalition support.\",80",
                "SYR1003,3 March 2019,2019,3,Protests,Peaceful protest,Protesters (Syria),,,,Idleb,Idleb,Idleb,Idleb,35.93,36.63,1,SOHR,A protest.,0",
                "SYR1004,31 February 2019,2019,1,Battles,Armed clash,Military Forces of Syria (2000-),,Hezbollah,,Homs,Homs,Homs,Homs,34.73,36.71,1,SOHR,Bad date.,1",
                "SYR1005,5 May 2019,2019,3,Violence against civilians,Attack,Unidentified Armed Group (Syria),,Civilians (Syria),,Daraa,Daraa,Daraa,Daraa,32.62,36.10,3,SANA,Killed.,2") + "\n";
        try (Database db = TestData.open(tmp, "a.db")) {
            DatasetStore store = new DatasetStore(db);
            List<String> messages = new ArrayList<>();
            ImportSummary s = TestData.importText(store, new AcledReader(), csv, messages);
            assertEquals(3, s.imported(), messages.toString());
            assertEquals(2, s.skipped());
            assertTrue(messages.get(0).startsWith("line 4: sub_event_type 'Peaceful protest' is not a conflict event"), messages.get(0));
            assertTrue(messages.get(1).startsWith("line 5: event_date is not a date"), messages.get(1));
            Map<String, ExternalEvent> ev = store.events("acled").stream().collect(Collectors.toMap(ExternalEvent::externalId, Function.identity()));
            ExternalEvent a = ev.get("SYR1001");
            assertEquals(SubEventType.AIR_DRONE_STRIKE, a.subType());
            assertEquals(LocalDate.of(2018, 4, 24), a.date().from());
            assertEquals(a.date().from(), a.date().to());
            assertEquals(Set.of("russia"), ids(a, ActorRole.ACTOR1));
            assertEquals(Set.of("opposition"), ids(a, ActorRole.ACTOR2));
            assertEquals(2.0, a.place().precisionKm());
            assertEquals("On 24 April, Russian warplanes struck the town, killing 3 rebels.", a.sentence());
            ExternalEvent b = ev.get("SYR1002");
            assertEquals(TimePrecision.WEEK, b.date().precision());
            assertEquals(LocalDate.of(2018, 6, 5), b.date().from());
            assertEquals(LocalDate.of(2018, 6, 11), b.date().to());
            assertEquals(Set.of("isis"), ids(b, ActorRole.ACTOR1));
            assertEquals(Set.of("sdf"), ids(b, ActorRole.ACTOR2));
            assertEquals(Set.of("coalition"), ids(b, ActorRole.ASSOCIATED));
            assertEquals(25.0, b.place().precisionKm());
            assertEquals("Syrian Observatory for Human Rights; Reuters", b.outlet());
            assertEquals(80, b.fatalities());
            ExternalEvent c = ev.get("SYR1005");
            assertEquals(LocalDate.of(2019, 5, 1), c.date().from());
            assertEquals(LocalDate.of(2019, 5, 31), c.date().to());
            assertEquals(Set.of("other"), ids(c, ActorRole.ACTOR1));
            assertEquals(Set.of("civilians"), ids(c, ActorRole.ACTOR2));
            assertEquals(100.0, c.place().precisionKm());
        }
    }
}
