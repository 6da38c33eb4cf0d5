package org.clashmap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules are not vacuous: with small test-only classes that break them added to the production
 * classes (packages {@code ..archfixture..} and {@code ArchFixture*}), each rule fails and names the
 * offending class, while the production classes alone pass ({@link ArchitectureTest}).
 */
class ArchitectureRulesFailTest {
    private static JavaClasses withFixtures;

    @BeforeAll
    static void importProductionAndFixtures() {
        ImportOption productionOrFixture = location -> ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location)
                || location.contains("/archfixture/") || location.contains("/ArchFixture");
        withFixtures = new ClassFileImporter()
                .withImportOption(productionOrFixture)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.clashmap");
    }

    @Test
    void aPipelineClassImportingJavaFxOrSqlIsReported() {
        assertReports(ArchitectureRules.PIPELINE_HAS_NO_JAVAFX_AND_NO_SQL, "text.archfixture.ImportsJavaFxAndSql", "javafx.scene.paint.Color");
        assertReports(ArchitectureRules.PIPELINE_HAS_NO_JAVAFX_AND_NO_SQL, "text.archfixture.ImportsJavaFxAndSql", "java.sql.Connection");
    }

    @Test
    void sqlOutsideTheStoreIsReported() {
        assertReports(ArchitectureRules.ONLY_STORE_SPEAKS_SQL, "text.archfixture.ImportsJavaFxAndSql", "java.sql.Connection");
    }

    @Test
    void javaFxOutsideTheWindowIsReported() {
        assertReports(ArchitectureRules.ONLY_UI_TOUCHES_JAVAFX, "cli.archfixture.UsesJavaFx", "javafx.application.Platform");
    }

    @Test
    void geoOpeningADatabaseIsReported() {
        assertReports(ArchitectureRules.GEO_OPENS_NO_DATABASE, "geo.archfixture.OpensDatabase", "org.clashmap.store.Database");
    }

    @Test
    void aLowerLayerReachingUpIsReported() {
        assertReports(ArchitectureRules.LAYERS, "store.archfixture.ReachesUp", "org.clashmap.app.Workspace");
        assertReports(ArchitectureRules.GEO_LAYERS, "geo.basemap.archfixture.PaintsIncidents", "org.clashmap.geo.render.IncidentStyle");
    }

    @Test
    void aPackageCycleIsReported() {
        assertReports(ArchitectureRules.NO_CYCLES_BETWEEN_PACKAGES, "text.archfixture.CycleA", "extract.archfixture.CycleB");
    }

    @Test
    void aFeatureUsingTheWindowShellIsReported() {
        assertReports(ArchitectureRules.UI_FEATURES_DO_NOT_USE_THE_SHELL, "ui.map.archfixture.UsesShell", "org.clashmap.ui.MainWindow");
        assertReports(ArchitectureRules.NO_CYCLES_IN_UI, "ui.map.archfixture.UsesShell", "ui.review.archfixture.UsesMap");
    }

    @Test
    void theGazetteerNeedingItsBuilderIsReported() {
        assertReports(ArchitectureRules.GAZETTEER_DOES_NOT_NEED_ITS_BUILDER, "gazetteer.ArchFixtureNeedsBuilder", "GazetteerBuilder");
    }

    private static void assertReports(ArchRule rule, String offender, String target) {
        EvaluationResult result = rule.evaluate(withFixtures);
        assertTrue(result.hasViolation(), rule.getDescription() + " should fail with the fixtures");
        String report = result.getFailureReport().toString();
        assertTrue(report.contains("org.clashmap." + offender), report);
        assertTrue(report.contains(target), report);
        assertFalse(report.isBlank());
        assertThrows(AssertionError.class, () -> rule.check(withFixtures));
    }
}
