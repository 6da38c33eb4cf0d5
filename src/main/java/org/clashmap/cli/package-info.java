/**
 * The command line (picocli) and the jar's entry point, a thin face over the same services the window uses.
 */
package org.clashmap.cli;
