package org.clashmap.fuzz;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

/**
 * Runs one {@code @FuzzTest} method through the JUnit launcher in this JVM. Jazzer fuzzes only one
 * test per JVM, so {@link FuzzCampaignTest} starts one of these per target with JAZZER_FUZZ=1.
 * Prints {@code fuzz-executions: N} and {@code fuzz-failures: N}; exits 1 on a finding.
 */
public final class FuzzMain {
    private FuzzMain() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: FuzzMain <test class> <method>");
            System.exit(2);
        }
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectMethod(args[0] + "#" + args[1] + "(byte[])")).build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(request, listener);
        TestExecutionSummary s = listener.getSummary();
        s.getFailures().forEach(f -> System.out.println("fuzz-finding: " + f.getException()));
        System.out.println("fuzz-executions: " + Bounds.EXECUTIONS.get());
        System.out.println("fuzz-tests: " + s.getTestsFoundCount() + " found, " + s.getTestsSucceededCount() + " succeeded");
        System.out.println("fuzz-failures: " + s.getTotalFailureCount());
        System.out.flush();
        System.exit(s.getTotalFailureCount() == 0 && s.getTestsSucceededCount() > 0 ? 0 : 1);
    }
}
