package org.clashmap.extract.archfixture;

import org.clashmap.text.archfixture.CycleA;

/** Test-only: the other half of a package cycle text ↔ extract. */
public final class CycleB {
    public CycleA other() {
        return new CycleA();
    }
}
