package org.clashmap.store.archfixture;

import org.clashmap.app.Workspace;

/** Test-only: the store reaching up to the application facade, which the layer rule must report. */
public final class ReachesUp {
    public boolean empty(Workspace w) {
        return w.isEmpty();
    }
}
