package org.clashmap.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class RobustnessTest {
    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n\n", "شاهد أيضاً", "three × five =", "٣٠", ".....", "اشتباكات", "قتل 5 و",
            "منذ", "مطلع", "كانت", "في 31 شباط 2019 اشتباكات في السخنة.", "“داعش”", "اشتباكات في السخنة"})
    void oddInputsDoNotThrow(String text) {
        for (String pub : new String[]{null, "2018-04-25"}) {
            Extraction x = Fixture.extract(text, pub, pub == null ? TimePrecision.UNKNOWN : TimePrecision.WEEK);
            assertNotNull(x.events());
            for (Event e : x.events()) assertEquals(e.sentence(), text.substring(e.charStart(), e.charEnd()));
        }
    }

    @Test
    void sameResultsFromManyThreads() throws Exception {
        List<String> texts = new ArrayList<>();
        try (var files = Files.newDirectoryStream(SeedCasesTest.repo().resolve("seeds"), "*.txt")) {
            for (Path p : files) texts.add(Files.readString(p));
        }
        Extractor ex = Fixture.EXTRACTOR;
        List<String> sequential = new ArrayList<>();
        for (String t : texts) sequential.add(ex.extract(new Report(t, LocalDate.of(2018, 4, 25), TimePrecision.DAY, "s", "")).toString());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 8; round++) {
                for (String t : texts) futures.add(pool.submit(() -> ex.extract(new Report(t, LocalDate.of(2018, 4, 25), TimePrecision.DAY, "s", "")).toString()));
            }
            for (int i = 0; i < futures.size(); i++) assertEquals(sequential.get(i % texts.size()), futures.get(i).get());
        } finally {
            pool.shutdown();
        }
    }
}
