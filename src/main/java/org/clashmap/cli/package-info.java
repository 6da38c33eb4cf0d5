/**
 * The command line (picocli) and the jar's entry point, a thin face over the same services the window uses; and how
 * a one-shot command gets a JVM tuned for it ({@link org.clashmap.cli.ShortRunJvm}, its class archive
 * {@link org.clashmap.cli.ClassArchive}, and {@link org.clashmap.cli.LaunchLine}, the options the {@code clashmap}
 * script beside the jar starts it with).
 */
package org.clashmap.cli;
