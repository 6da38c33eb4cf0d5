package org.clashmap.datasets;

import java.io.IOException;
import java.io.Reader;
import java.util.Set;

/** Reads one dataset's CSV into ClashMap events, streaming, reporting malformed rows as it goes. */
interface DatasetReader {
    /** The origin its events carry: the layer name. */
    String origin();

    void read(Reader in, RowSink sink) throws IOException;

    /** Actor names met so far that no mapping line matched (stored as "other"). */
    Set<String> unknownActors();
}
