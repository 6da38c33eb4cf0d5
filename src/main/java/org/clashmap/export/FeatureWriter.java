package org.clashmap.export;

import java.io.IOException;

/**
 * Writes one export format feature by feature into a (temporary) file. {@link #finish} completes
 * the document; {@link #close} releases the file whether or not it was finished, so a failed export
 * never holds the file open while {@link AtomicFileWriter} deletes it.
 */
interface FeatureWriter extends AutoCloseable {
    void write(EventPoint point) throws IOException;

    void finish() throws IOException;

    @Override
    void close() throws IOException;
}
