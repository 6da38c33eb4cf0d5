package org.clashmap.cli;

import org.clashmap.gazetteer.Gazetteer;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.store.Database;
import org.clashmap.store.Health;
import org.clashmap.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code clashmap doctor}: what a database holds and whether it is sound. Exit 0 when healthy,
 * 4 when integrity_check fails; events whose place left the gazetteer are listed but are a warning
 * (the event keeps its own coordinates), not a failure.
 */
@Command(name = "doctor", description = "Check a database: schema version, integrity, counts, events whose place left the gazetteer.")
public final class DoctorCommand implements Callable<Integer> {
    static final int INTEGRITY_FAILED = 4;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        Path file = common.dbFile();
        // Opening would create an empty database: a doctor only examines.
        if (file != null && !Files.exists(file)) throw new UserError(file + ": no such database");
        try (Database db = Database.open(common.database())) {
            Health h = new Health(db);
            System.out.println("database: " + db.address());
            System.out.println("schema version: " + db.schemaVersion());
            List<String> integrity = h.integrityCheck();
            boolean ok = integrity.equals(List.of("ok"));
            System.out.println("integrity_check: " + (ok ? "ok" : "FAILED (" + integrity.size() + " problems)"));
            if (!ok) {
                integrity.forEach(l -> System.out.println("  " + l));
                System.err.println("clashmap: " + db.address() + ": integrity_check failed: " + integrity.get(0));
            }
            try {
                h.rowsPerTable().forEach((t, n) -> System.out.println("rows " + t + ": " + n));
                h.eventsPerOrigin().forEach((o, n) -> System.out.println("events from " + o + ": " + n));
                printMissingPlaces(h.eventsPerPlaceId(), Gazetteers.load());
            } catch (StoreException e) {
                if (ok) throw e;
                System.out.println("counts: unavailable (" + e.getMessage() + ")");
            }
            return ok ? 0 : INTEGRITY_FAILED;
        }
    }

    private static void printMissingPlaces(Map<String, Long> used, Gazetteer gazetteer) {
        long missingEvents = 0;
        int missingPlaces = 0;
        for (Map.Entry<String, Long> e : used.entrySet()) {
            if (gazetteer.byId(e.getKey()) != null) continue;
            missingPlaces++;
            missingEvents += e.getValue();
            System.out.println("  place not in the gazetteer: " + e.getKey() + " (" + e.getValue() + " events)");
        }
        System.out.println("events whose place is not in the gazetteer: " + missingEvents + " (" + missingPlaces + " places)");
    }
}
