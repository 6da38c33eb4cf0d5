package org.clashmap.export;

import com.j256.ormlite.jdbc.JdbcSingleConnectionSource;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageImpl;
import mil.nga.geopackage.db.GeoPackageConnection;
import mil.nga.geopackage.db.GeoPackageTableCreator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A new GeoPackage file written as a bulk export: what NGA's {@code GeoPackageManager.create} and
 * {@code open} make (the same tables, application id and version stamps), but on one SQLite connection
 * that does not sync each commit to disk ({@code synchronous = OFF}, its rollback journal kept in memory).
 * <p>
 * Why: the manager opens two connections (JDBC for rows, ORMLite for the metadata tables), each statement
 * of the metadata, the area and control layers its own transaction, and every commit waited for the disk —
 * about 1,700 fsyncs a GeoPackage export, which other processes' writes on the same disk made cost seconds
 * of wall time (issue 24). Durability comes from the export as a whole instead: the file is a temporary
 * one that {@link AtomicFileWriter} forces to disk once, complete, before renaming it into place; a crash
 * before that leaves only a temporary file, which the next export removes. One connection also lets the
 * whole file be one transaction ({@link GeoPackage#beginTransaction}), metadata included.
 */
final class GeoPackageFile {
    private GeoPackageFile() {
    }

    /** Creates {@code file} (which must not exist; its name ends in .gpkg) and opens it for writing. */
    static GeoPackage create(Path file) throws IOException {
        if (Files.exists(file)) throw new IOException("GeoPackage " + file + " exists already");
        String url = "jdbc:sqlite:" + file;
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setSynchronous(org.sqlite.SQLiteConfig.SynchronousMode.OFF);
        config.setJournalMode(org.sqlite.SQLiteConfig.JournalMode.MEMORY);
        config.enforceForeignKeys(true); // as GeoPackageManager.open does
        Connection jdbc;
        try {
            jdbc = config.createConnection(url);
        } catch (SQLException e) {
            throw new IOException("cannot create GeoPackage " + file + ": " + e.getMessage(), e);
        }
        try {
            GeoPackageConnection connection = new GeoPackageConnection(file.toFile(), jdbc, new JdbcSingleConnectionSource(url, jdbc));
            connection.setApplicationId();
            connection.setUserVersion();
            new GeoPackageTableCreator(connection).createRequired();
            String name = file.getFileName().toString();
            return new GeoPackageImpl(name.substring(0, name.length() - ".gpkg".length()), file.toFile(), connection, true) {
            };
        } catch (SQLException | RuntimeException e) {
            try {
                jdbc.close();
            } catch (SQLException ignored) {
                // the first failure is the one to report
            }
            throw new IOException("cannot create GeoPackage " + file + ": " + e.getMessage(), e);
        }
    }
}
