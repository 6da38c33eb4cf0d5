package org.clashmap.architecture;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layer rules of docs/shared DESIGN.md as ArchUnit rules (docs/decisions/024-architecture-rules.md).
 * {@link ArchitectureTest} checks them on the production classes; {@link ArchitectureRulesFailTest}
 * shows each one fails when a forbidden dependency is added. A rule broken on purpose is an explicit,
 * commented exception here, nowhere else.
 */
final class ArchitectureRules {
    private ArchitectureRules() {
    }

    static final String[] PIPELINE = {
            "org.clashmap.geodesy..", "org.clashmap.text..", "org.clashmap.gazetteer..", "org.clashmap.extract..", "org.clashmap.incidents..",
            "org.clashmap.evaluation.."};

    static final String[] JAVAFX = {"javafx..", "com.gluonhq..", "org.controlsfx.."};

    static final String[] SQL = {"java.sql..", "javax.sql..", "org.sqlite.."};

    /** The pipeline is a pure library: no window, no database. */
    static final ArchRule PIPELINE_HAS_NO_JAVAFX_AND_NO_SQL = noClasses()
            .that().resideInAnyPackage(PIPELINE)
            .should().dependOnClassesThat().resideInAnyPackage(concat(JAVAFX, SQL))
            .because("text, gazetteer, extract, incidents and evaluation are a pure library (DESIGN.md)");

    /** Only the store speaks SQL. */
    static final ArchRule ONLY_STORE_SPEAKS_SQL = noClasses()
            .that().resideOutsideOfPackage("org.clashmap.store..")
            // Exception: a GeoPackage is an SQLite file by definition; GeoPackageTables writes it
            // through NGA's geopackage library, whose calls throw java.sql.SQLException, and its
            // BulkInsert writes the rows and the spatial index with prepared INSERTs on the
            // GeoPackage's own connection, as GDAL does (decision 029); GeoPackageFile opens that one
            // connection, without a sync per commit (issue 24); RTreeBulkLoad writes a spatial index's
            // packed nodes into its SQLite shadow tables on that connection, as GDAL 3.8 does (decision
            // 049). None opens a ClashMap database.
            .and().doNotHaveFullyQualifiedName("org.clashmap.export.GeoPackageTables")
            .and().doNotHaveFullyQualifiedName("org.clashmap.export.RTreeBulkLoad")
            .and().doNotHaveFullyQualifiedName("org.clashmap.export.GeoPackageFile")
            .and().doNotHaveFullyQualifiedName("org.clashmap.export.GeoPackageTables$BulkInsert")
            .should().dependOnClassesThat().resideInAnyPackage(SQL)
            .because("store is the only package that speaks SQL (DESIGN.md)");

    /** Only the window touches JavaFX (including the off-screen renderer it owns, ui.map.OffscreenIncidentRenderer). */
    static final ArchRule ONLY_UI_TOUCHES_JAVAFX = noClasses()
            .that().resideOutsideOfPackage("org.clashmap.ui..")
            .should().dependOnClassesThat().resideInAnyPackage(JAVAFX)
            .because("ui is the only JavaFX package (DESIGN.md)");

    /** geo draws and indexes; reading the stores is app's job. */
    static final ArchRule GEO_OPENS_NO_DATABASE = noClasses()
            .that().resideInAPackage("org.clashmap.geo..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.clashmap.store.Database")
            .because("geo takes stored records; org.clashmap.app reads them from a database");

    /** No cycles between the top-level packages. */
    static final ArchRule NO_CYCLES_BETWEEN_PACKAGES = slices().matching("org.clashmap.(*)..")
            .should().beFreeOfCycles();

    /** No cycles between geo's subpackages. */
    static final ArchRule NO_CYCLES_IN_GEO = slices().matching("org.clashmap.geo.(*)..")
            .should().beFreeOfCycles();

    /** No cycles between ui's packages below the shell (features, model, widgets). */
    static final ArchRule NO_CYCLES_IN_UI = slices().matching("org.clashmap.ui.(*)..")
            .should().beFreeOfCycles();

    /** The shell (package ui: application, main window) builds the features; a feature never uses the shell. */
    static final ArchRule UI_FEATURES_DO_NOT_USE_THE_SHELL = noClasses()
            .that().resideInAPackage("org.clashmap.ui..").and().resideOutsideOfPackage("org.clashmap.ui")
            .should().dependOnClassesThat().resideInAPackage("org.clashmap.ui")
            .because("features reach the window through ui.model.Shell");

    /** The gazetteer is read by everyone; building it is a separate step above it. */
    static final ArchRule GAZETTEER_DOES_NOT_NEED_ITS_BUILDER = noClasses()
            .that().resideInAPackage("org.clashmap.gazetteer")
            .should().dependOnClassesThat().resideInAPackage("org.clashmap.gazetteer.build..");

    /** The pure library at the bottom: the rest of the pipeline may use them. */
    private static final String[] PURE = {"Geodesy", "Text"};
    private static final String[] BELOW_STORE = plus(PURE, "Gazetteer", "Extract", "Incidents");
    private static final String[] BELOW_STORE_AND_STORE = plus(BELOW_STORE, "Store");
    private static final String[] BELOW_APP = plus(BELOW_STORE_AND_STORE, "Geo", "Datasets", "Sources", "Ingest", "Export");

    /** Data flows one way: each layer uses only the layers below it. */
    static final Architectures.LayeredArchitecture LAYERS = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Geodesy").definedBy("org.clashmap.geodesy..")
            .layer("Text").definedBy("org.clashmap.text..")
            .layer("Gazetteer").definedBy("org.clashmap.gazetteer..")
            .layer("Extract").definedBy("org.clashmap.extract..")
            .layer("Incidents").definedBy("org.clashmap.incidents..")
            .layer("Store").definedBy("org.clashmap.store..")
            .layer("Geo").definedBy("org.clashmap.geo..")
            .layer("Datasets").definedBy("org.clashmap.datasets..")
            .layer("Sources").definedBy("org.clashmap.sources..")
            .layer("Ingest").definedBy("org.clashmap.ingest..")
            .layer("Export").definedBy("org.clashmap.export..")
            .layer("Evaluation").definedBy("org.clashmap.evaluation..")
            .layer("App").definedBy("org.clashmap.app..")
            .layer("Ui").definedBy("org.clashmap.ui..")
            .layer("Cli").definedBy("org.clashmap.cli..")
            .whereLayer("Geodesy").mayNotAccessAnyLayer()
            .whereLayer("Text").mayNotAccessAnyLayer()
            .whereLayer("Gazetteer").mayOnlyAccessLayers(PURE)
            .whereLayer("Extract").mayOnlyAccessLayers(plus(PURE, "Gazetteer"))
            // incidents is a pure library the store calls inside its ingest transaction (decision 021).
            .whereLayer("Incidents").mayOnlyAccessLayers(plus(PURE, "Gazetteer", "Extract"))
            .whereLayer("Store").mayOnlyAccessLayers(BELOW_STORE)
            .whereLayer("Geo").mayOnlyAccessLayers(BELOW_STORE_AND_STORE)
            .whereLayer("Datasets").mayOnlyAccessLayers(BELOW_STORE_AND_STORE)
            // sources read saved pages, Telegram exports and feeds into reports: no store, no extractor run (decision 025)
            .whereLayer("Sources").mayOnlyAccessLayers(plus(PURE, "Extract"))
            .whereLayer("Ingest").mayOnlyAccessLayers(plus(BELOW_STORE_AND_STORE, "Sources"))
            .whereLayer("Export").mayOnlyAccessLayers(plus(BELOW_STORE_AND_STORE, "Geo"))
            // evaluation runs the pipeline in process as ingest does and scores the GeoJSON export's properties (decision 017).
            .whereLayer("Evaluation").mayOnlyAccessLayers(plus(BELOW_STORE_AND_STORE, "Ingest", "Export"))
            .whereLayer("App").mayOnlyAccessLayers(BELOW_APP)
            .whereLayer("Ui").mayOnlyAccessLayers(plus(BELOW_APP, "App"))
            .whereLayer("Cli").mayOnlyAccessLayers(plus(BELOW_APP, "Evaluation", "App", "Ui"));

    /** Inside geo: shared maths at the root, then basemap and index, control, and the painter on top. */
    static final Architectures.LayeredArchitecture GEO_LAYERS = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Maths").definedBy("org.clashmap.geo")
            .layer("Basemap").definedBy("org.clashmap.geo.basemap..")
            .layer("Index").definedBy("org.clashmap.geo.index..")
            .layer("Control").definedBy("org.clashmap.geo.control..")
            .layer("Render").definedBy("org.clashmap.geo.render..")
            .whereLayer("Maths").mayNotAccessAnyLayer()
            .whereLayer("Basemap").mayOnlyAccessLayers("Maths")
            .whereLayer("Index").mayOnlyAccessLayers("Maths")
            .whereLayer("Control").mayOnlyAccessLayers("Maths", "Basemap")
            .whereLayer("Render").mayOnlyAccessLayers("Maths", "Basemap", "Index", "Control");

    static final ArchRule[] ALL = {PIPELINE_HAS_NO_JAVAFX_AND_NO_SQL, ONLY_STORE_SPEAKS_SQL, ONLY_UI_TOUCHES_JAVAFX,
            GEO_OPENS_NO_DATABASE, NO_CYCLES_BETWEEN_PACKAGES, NO_CYCLES_IN_GEO, NO_CYCLES_IN_UI, UI_FEATURES_DO_NOT_USE_THE_SHELL,
            GAZETTEER_DOES_NOT_NEED_ITS_BUILDER,
            LAYERS, GEO_LAYERS};

    private static String[] plus(String[] a, String... b) {
        return concat(a, b);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
