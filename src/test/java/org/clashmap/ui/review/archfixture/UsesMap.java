package org.clashmap.ui.review.archfixture;

import org.clashmap.ui.map.archfixture.UsesShell;

/** Test-only: the other half of a cycle ui.map ↔ ui.review. */
public final class UsesMap {
    public UsesShell map() {
        return null;
    }
}
