package org.clashmap.ingest;

import org.clashmap.sources.FeedReader;
import org.clashmap.sources.SourceException;
import org.clashmap.sources.SourceItem;
import org.clashmap.sources.SourceKind;
import org.clashmap.sources.TelegramExport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The reports of a list of files, one unit each, in file order: a text report or a saved page is one
 * unit read later (in the ingest's worker pool); a Telegram export or a feed is read here, in order,
 * one message or item per unit, streaming (an export's next message is parsed only when asked for).
 */
final class SourceWork implements Iterator<SourceWork.Unit>, AutoCloseable {
    /** One report to take in: {@code item} is null for a file the worker reads itself. */
    record Unit(Path file, SourceKind kind, SourceItem item) {
        String name() {
            return item != null && item.report() != null ? file + " (" + item.report().source() + ")" : file.toString();
        }
    }

    private final Iterator<Path> files;
    private Iterator<SourceItem> items;
    private TelegramExport open;
    private Path current;
    private SourceKind currentKind;

    SourceWork(List<Path> files) {
        this.files = files.iterator();
    }

    /** How many units the files hold (a quick count of each export's messages and feed's items) for progress. */
    static int total(List<Path> files) {
        int n = 0;
        for (Path f : files) {
            SourceKind k = SourceKind.named(f);
            if (k == SourceKind.TELEGRAM) n += Math.max(1, TelegramExport.count(f));
            else if (k == SourceKind.FEED) {
                try {
                    n += Math.max(1, FeedReader.read(f).size());
                } catch (SourceException e) {
                    n++;
                }
            } else n++;
        }
        return n;
    }

    @Override
    public boolean hasNext() {
        while (items == null || !items.hasNext()) {
            closeOpen();
            if (!files.hasNext()) return false;
            current = files.next();
            currentKind = SourceKind.named(current);
            items = switch (currentKind) {
                case TELEGRAM -> {
                    try {
                        open = new TelegramExport(current);
                        yield open;
                    } catch (SourceException e) {
                        yield List.of(SourceItem.problem(e.getMessage())).iterator();
                    }
                }
                case FEED -> {
                    try {
                        yield FeedReader.read(current).iterator();
                    } catch (SourceException e) {
                        yield List.of(SourceItem.problem(e.getMessage())).iterator();
                    }
                }
                default -> java.util.Collections.<SourceItem>singletonList(null).iterator();
            };
        }
        return true;
    }

    @Override
    public Unit next() {
        if (!hasNext()) throw new NoSuchElementException();
        return new Unit(current, currentKind, items.next());
    }

    private void closeOpen() {
        if (open == null) return;
        try {
            open.close();
        } catch (IOException e) {
            // read to its end or abandoned: nothing to keep
        }
        open = null;
    }

    @Override
    public void close() {
        closeOpen();
    }
}
