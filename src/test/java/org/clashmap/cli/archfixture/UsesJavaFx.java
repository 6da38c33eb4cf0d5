package org.clashmap.cli.archfixture;

/** Test-only: a command that stops JavaFX itself (as bench map once did), which must be reported. */
public final class UsesJavaFx {
    public void stop() {
        javafx.application.Platform.exit();
    }
}
