package org.clashmap.cli;

import org.clashmap.app.ControlLayers;
import org.clashmap.store.Database;
import org.clashmap.store.DerivedControl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code clashmap control refresh}: computes the stored days of the control map again (ingests and edits do it themselves). */
@Command(name = "refresh", description = "Compute the control map's stored days again from the database as it is now.")
public final class ControlRefreshCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        try (Database db = Database.open(common.database())) {
            List<DerivedControl.Map> maps = ControlLayers.refresh(db, System.getProperty("user.name", "analyst"));
            if (maps.isEmpty()) System.out.println("no day of the control map is stored (clashmap control store --at DAY)");
            ControlStoreCommand.print(maps);
        }
        return 0;
    }

    /**
     * After a command changed what the control map is computed from (reports, imported events, claims, layers):
     * the stored days are computed again, so the database's layers never show a map older than its data.
     * Nothing is read when no day is stored.
     */
    static void afterChange(Database db) {
        List<DerivedControl.Map> maps = ControlLayers.refresh(db, System.getProperty("user.name", "analyst"));
        if (!maps.isEmpty()) System.out.println("control map layers: " + maps.size() + " stored days computed again");
    }
}
