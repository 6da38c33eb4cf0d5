package org.clashmap.text.archfixture;

import org.clashmap.extract.archfixture.CycleB;

/** Test-only: one half of a package cycle text ↔ extract. */
public final class CycleA {
    public CycleB other() {
        return new CycleB();
    }
}
