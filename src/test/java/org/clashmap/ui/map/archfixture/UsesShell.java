package org.clashmap.ui.map.archfixture;

import org.clashmap.ui.MainWindow;
import org.clashmap.ui.review.archfixture.UsesMap;

/** Test-only: a map class reaching the window shell and the review package (which reaches back), which must be reported. */
public final class UsesShell {
    public Class<?> shell() {
        return MainWindow.class;
    }

    public UsesMap review() {
        return new UsesMap();
    }
}
