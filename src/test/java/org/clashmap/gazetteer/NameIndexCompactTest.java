package org.clashmap.gazetteer;

import org.clashmap.text.ArabicNormalizer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link NameIndex#compact} renumbers the trie's states and gives the busy ones rows of next states (decision 060): the
 * index must find exactly what it found before, on the real gazetteer's names, and a name added afterwards must be found.
 */
class NameIndexCompactTest {
    @Test
    void compactingChangesNoHitOnTheSeedsNorAnyNameLookup() {
        List<Place> places = Gazetteers.places();
        NameIndex plain = index(places), compacted = index(places);
        compacted.compact();
        StringBuilder all = new StringBuilder();
        for (String seed : new String[]{"000", "001", "002", "003", "004"}) all.append(Seeds.text(seed)).append('\n');
        // every name once too, joined by a word that is no name, so deep states and their leaves are walked
        for (Place p : places) all.append(p.nameAr()).append(" و").append(p.nameAr()).append(" في ");
        char[] text = ArabicNormalizer.normalize(all.toString()).toCharArray();
        List<NameIndex.Hit> before = plain.scan(text), after = compacted.scan(text);
        assertTrue(before.size() > places.size(), "the text names every place: " + before.size());
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            NameIndex.Hit b = before.get(i), a = after.get(i);
            assertEquals(b.normStart(), a.normStart(), "hit " + i);
            assertEquals(b.normEnd(), a.normEnd(), "hit " + i);
            assertArrayEquals(b.entries(), a.entries(), "hit " + i);
        }
        for (Place p : places) assertArrayEquals(plain.exact(p.nameAr()), compacted.exact(p.nameAr()), p.nameAr());
        assertEquals(plain.stateCount(), compacted.stateCount());
    }

    @Test
    void aNameAddedAfterCompactingIsFound() {
        NameIndex index = new NameIndex();
        for (String name : List.of("حلب", "حماة", "حمص", "حرستا", "حريتان")) index.add(name, 0);
        index.compact();
        index.add("حزانو", 1); // under حـ, a state with a row: the row must not hide the new child
        List<NameIndex.Hit> hits = index.scan(ArabicNormalizer.normalize("قصف على حزانو وحلب").toCharArray());
        List<int[]> entries = new ArrayList<>();
        for (NameIndex.Hit h : hits) entries.add(h.entries());
        assertEquals(2, hits.size(), hits.toString());
        assertEquals("[2]", Arrays.toString(entries.get(0)));
        assertEquals("[0]", Arrays.toString(entries.get(1)));
    }

    private static NameIndex index(List<Place> places) {
        NameIndex index = new NameIndex(Lexicons.shared().particles);
        for (int i = 0; i < places.size(); i++) {
            index.add(places.get(i).nameAr(), i);
            for (String v : places.get(i).variantsAr()) index.add(v, i);
        }
        return index;
    }
}
