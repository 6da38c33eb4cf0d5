package org.clashmap.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import org.clashmap.export.GeoJsonEvents;
import org.clashmap.extract.Extractor;
import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.extract.TimePrecision;
import org.clashmap.gazetteer.Gazetteer;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.gazetteer.Place;
import org.clashmap.ingest.BadReportException;
import org.clashmap.ingest.ReportLoader;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Runs the extractor on every article of one or more gold files and scores it, in this JVM: the
 * same {@link ReportLoader}, extractor and GeoJSON properties as {@code clashmap extract
 * --published D --precision P FILE}, which score.py runs once per article.
 */
public final class Evaluation {
    private final Gazetteer gazetteer;
    private final Extractor extractor;
    private final ReportLoader reports = new ReportLoader();

    public Evaluation() {
        this(Gazetteers.load());
    }

    public Evaluation(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.extractor = new RuleBasedExtractor(gazetteer);
    }

    private final java.util.Map<String, org.clashmap.extract.Extraction> extractions = new java.util.LinkedHashMap<>();
    private final List<Gold.Article> articles = new java.util.ArrayList<>();

    /**
     * After {@link #run}: how the same extractions fuse into incidents across reports when ingested
     * together (decision 021). Computed apart from the score: the score's lines do not change.
     */
    public Fusion.Result fusion(Path articleDir) throws IOException {
        return Fusion.measure(articles, extractions, articleDir);
    }

    /** Scores the articles of every gold file, reading each article's {@code file} from {@code articleDir}. */
    public Score run(List<Path> goldFiles, Path articleDir) throws IOException {
        Scorer scorer = new Scorer(id -> {
            Place p = gazetteer.byId(id);
            return p == null ? null : p.kind();
        });
        for (Path g : goldFiles) {
            for (Gold.Article a : Gold.read(g)) {
                articles.add(a);
                try {
                    scorer.add(a, features(articleDir.resolve(a.file()), a));
                } catch (BadReportException | IllegalArgumentException e) {
                    // What `extract` would refuse with a one-line message: score.py counts it as an error.
                    scorer.error(a, e.getMessage());
                }
            }
        }
        return scorer.score();
    }

    /** The features {@code extract} prints for this article, given the gold's publication date as score.py passes it. */
    private Iterable<JsonNode> features(Path file, Gold.Article a) throws BadReportException {
        LocalDate published = null;
        TimePrecision precision = TimePrecision.DAY; // extract's default for --published without --precision
        if (a.published() != null) {
            try {
                published = LocalDate.parse(a.published());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("published: not a date (YYYY-MM-DD): " + a.published());
            }
            if (a.precision() != null) {
                precision = TimePrecision.parse(a.precision());
                if (precision == TimePrecision.UNKNOWN) {
                    throw new IllegalArgumentException("precision: expected day, week or month, not " + a.precision());
                }
            }
        }
        org.clashmap.extract.Extraction x = extractor.extract(reports.load(file, published, precision));
        extractions.putIfAbsent(a.file(), x);
        return GeoJsonEvents.toJson(List.of(x)).path("features");
    }
}
