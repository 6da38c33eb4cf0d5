package org.clashmap.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.clashmap.evaluation.Evaluation;
import org.clashmap.evaluation.Fusion;
import org.clashmap.evaluation.Score;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Scores the extractor against gold annotations in-process; the last line is score.py's. */
@Command(name = "eval", description = "Score the extractor against gold annotations (location recall/precision, dates, types, dead), with errors by kind.")
public final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", arity = "1..*", required = true, paramLabel = "GOLD.json",
            description = "Gold annotation files (format: ../shared/eval/dev/GUIDE.md)")
    List<Path> gold;

    @Option(names = "--dir", required = true, paramLabel = "ARTICLES", description = "Folder holding every article the gold files name")
    Path dir;

    @Option(names = "--verbose", description = "List every miss, spurious point and matched-row error with its kind")
    boolean verbose;

    @Option(names = "--no-fusion", description = "Skip the fusion figure (incidents across reports, measured by ingesting the reports into a temporary store)")
    boolean noFusion;

    @Override
    public Integer call() throws IOException {
        for (Path g : gold) if (!Files.isRegularFile(g)) throw new UserError("--gold: no such file: " + g);
        if (!Files.isDirectory(dir)) throw new UserError("--dir: not a folder: " + dir);
        Score s;
        Evaluation evaluation = new Evaluation();
        try {
            s = evaluation.run(gold, dir);
        } catch (JsonProcessingException e) {
            throw new UserError("--gold: not a gold annotation file: " + e.getOriginalMessage());
        }
        if (verbose) s.details().forEach(System.out::println);
        s.breakdownLines().forEach(System.out::println);
        for (String e : s.errors().subList(0, Math.min(5, s.errors().size()))) System.out.println("error: " + e);
        if (!noFusion) {
            Fusion.Result f = evaluation.fusion(dir);
            if (verbose) f.details().forEach(System.out::println);
            System.out.println(f.line());
        }
        System.out.println(s.summaryLine()); // last, as score.py prints it, so the two can be compared
        System.out.flush();
        return s.errors().isEmpty() ? 0 : 1; // as score.py: an article that could not be scored fails the run
    }
}
