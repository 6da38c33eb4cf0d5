package org.clashmap.sources;

import org.clashmap.extract.Report;

import java.time.OffsetDateTime;

/**
 * One report read from a source file, or why an item (or the rest of the file) could not be read.
 *
 * @param keyed    true when its link identifies it (a Telegram message): a stored report with the same link
 *                 and another text is another version of it, never a second report
 * @param editedAt when its source last edited it (a Telegram message's {@code edited} time), or null: a
 *                 stored report with the same link and an older (or no) edit is then this one's earlier
 *                 version, and is updated rather than a second report added
 * @param problem  null, or a message naming the file and what is wrong (then {@code report} is null)
 */
public record SourceItem(Report report, boolean keyed, OffsetDateTime editedAt, String problem) {
    public static SourceItem of(Report report) {
        return new SourceItem(report, false, null, null);
    }

    /** A report its link identifies, edited at {@code editedAt} (null: never edited). */
    public static SourceItem keyed(Report report, OffsetDateTime editedAt) {
        return new SourceItem(report, report.link() != null, editedAt, null);
    }

    public static SourceItem problem(String problem) {
        return new SourceItem(null, false, null, problem);
    }
}
