package org.clashmap.store;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The lean scan's packed columns (decision 051) read back as the separate columns they replace read through the
 * driver: the same first and last day, dead and kind, on each engine, for the edge values a store can hold.
 */
public class LeanColumnsTest {
    private static final String FIRST = "CAST(julianday(e.date_from) - 2440587.5 AS BIGINT)";
    private static final String LAST = "CAST(julianday(coalesce(e.date_to, e.date_from)) - 2440587.5 AS BIGINT)";

    @ParameterizedTest
    @EnumSource(StoreEngine.class)
    void packedDaysDeadAndKindReadAsTheSeparateColumns(StoreEngine engine, @TempDir Path tmp) {
        Object[][] rows = {
                {"2018-04-25", "2018-04-27", 12L, 5L},
                {"2018-04-25", null, null, null},
                {"1969-12-31", "1970-01-01", -1L, 0L},
                {null, "2018-01-01", 0L, 1L},
                {null, null, 7L, 13L},
                {"0001-01-01", "9999-12-31", (long) Integer.MAX_VALUE, 63L},
                {"2020-02-29", "2020-02-28", 250L, 2L},
        };
        try (StoreEngine.Fresh fresh = engine.fresh(tmp); Database db = fresh.open()) {
            for (Object[] r : rows) {
                db.withConnection(c -> {
                    String e = "(SELECT CAST(? AS TEXT) AS date_from, CAST(? AS TEXT) AS date_to, CAST(? AS BIGINT) AS fatalities,"
                            + " CAST(? AS BIGINT) AS k) e";
                    String sql = "SELECT " + LeanColumns.days(FIRST, LAST) + ", " + LeanColumns.deadAndKind("coalesce(e.fatalities, -1)", "e.k")
                            + ", coalesce(CAST(julianday(e.date_from) - 2440587.5 AS INTEGER), " + IncidentRowSink.UNDATED + "),"
                            + " CAST(julianday(coalesce(e.date_to, e.date_from)) - 2440587.5 AS INTEGER), coalesce(e.fatalities, -1), e.k FROM " + e;
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        for (int i = 0; i < 4; i++) ps.setObject(i + 1, r[i]);
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            long days = rs.getLong(1), deadAndKind = rs.getLong(2);
                            String what = java.util.Arrays.toString(r);
                            int from = rs.getInt(3);
                            assertEquals(from, LeanColumns.from(days), what);
                            if (from != IncidentRowSink.UNDATED) assertEquals(rs.getInt(4), LeanColumns.to(days), what);
                            assertEquals(rs.getInt(5), LeanColumns.dead(deadAndKind), what);
                            assertEquals(rs.getInt(6), LeanColumns.kind(deadAndKind), what);
                        }
                    }
                    return null;
                });
            }
            db.withConnection(c -> {
                for (long id : new long[]{1, 2, 123_456_789, 1L << 40}) {
                    for (int role = 1; role <= 2; role++) {
                        try (PreparedStatement ps = c.prepareStatement("SELECT " + LeanColumns.eventAndRole("CAST(? AS BIGINT)", Integer.toString(role)))) {
                            ps.setLong(1, id);
                            try (ResultSet rs = ps.executeQuery()) {
                                rs.next();
                                assertEquals(id, LeanColumns.event(rs.getLong(1)));
                                assertEquals(role, LeanColumns.role(rs.getLong(1)));
                            }
                        }
                    }
                }
                return null;
            });
        }
    }
}
