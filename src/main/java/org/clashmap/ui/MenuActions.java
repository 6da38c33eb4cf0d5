package org.clashmap.ui;

import java.util.Locale;

/** What the menus ask the application to do. */
public interface MenuActions {
    void quit();

    void showAbout();

    void showShortcuts();

    void zoomHome();

    /** Switches the window to another database: a SQLite file or a team's PostgreSQL database (decision 027). */
    default void openDatabase() { }

    default void openReport() { }

    default void ingestFolder() { }

    /** Starts watching a folder (new or changed reports are ingested as they appear), or stops the watch. */
    default void watchFolder() { }

    /** Gives the reports stored without a publication date their day, one after the other. */
    default void dateUndated() { }

    /** Removes every report of one outlet (chosen in a dialog) with what hangs on them. */
    default void removeOutlet() { }

    /** Removes one ingest run's reports (chosen in a dialog). */
    default void removeRun() { }

    default void exportMap() { }

    default void exportData() { }

    default void setLanguage(Locale locale) { }

    default void setMapLabels(org.clashmap.geo.Language lang) { }

    /** Opens the control settings (front reach, fade age, contested window, side colours). */
    default void controlSettings() { }

    /** View → Charts…: the chart window of what the map shows. */
    default void showCharts() { }

    /** View → Areas: a choropleth of the events shown per governorate, district or sub-district (null: none). */
    default void setAreas(org.clashmap.export.AreaCounts.Level level) { }

    /** View → Areas: count incidents or the dead. */
    default void setAreaMeasure(org.clashmap.export.AreaCounts.Measure measure) { }

    /** View → Density surface, on or off. */
    default void setDensity(boolean on) { }

    /** File → Export animation…: the time window stepping through a period, as a GIF or MP4. */
    default void exportAnimation() { }

    default void confirmSelected() { }

    default void rejectSelected() { }

    default void undoSelected() { }

    default void redoSelected() { }

    /** Merges a typed incident into the selected one (Event → Merge with incident…). */
    default void mergeWithIncident() { }

    /** Undoes the newest merge or split. */
    default void undoIncidentEdit() { }

    /** Redoes the merge or split undone last. */
    default void redoIncidentEdit() { }

    default void editSelected() { }
}
