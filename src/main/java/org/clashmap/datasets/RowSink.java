package org.clashmap.datasets;

import org.clashmap.store.ExternalEvent;

/** Receives a reader's rows: each good one as an event, each malformed one as its line and problem. */
interface RowSink {
    void event(ExternalEvent e);

    void malformed(long line, String problem);
}
