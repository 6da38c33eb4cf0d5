package org.clashmap.ui.review;

import org.clashmap.extract.Actors;
import org.clashmap.extract.EventActor;
import org.clashmap.extract.EventPlace;
import org.clashmap.store.StoredEvent;
import org.clashmap.text.ArabicNormalizer;
import org.clashmap.text.NormalizedText;

import java.util.ArrayList;
import java.util.List;

/**
 * Which words of an event's sentence name its places and its actors, as char ranges relative to
 * the sentence. Places come with their spans from extraction; actors are found by their aliases
 * (matched on normalised Arabic, so hamza and ta marbuta variants still count).
 */
public final class SentenceMarks {
    enum Kind { PLACE, ACTOR }

    record Mark(int start, int end, Kind kind) {}

    private static final Actors ACTORS = Actors.load();

    private SentenceMarks() {
    }

    static List<Mark> of(StoredEvent e, String sentence) {
        List<Mark> out = new ArrayList<>();
        for (EventPlace p : e.places()) {
            int s = p.charStart() - e.charStart(), end = p.charEnd() - e.charStart();
            if (s >= 0 && end <= sentence.length() && end > s) out.add(new Mark(s, end, Kind.PLACE));
        }
        NormalizedText norm = ArabicNormalizer.normalizeWithOffsets(sentence);
        for (EventActor a : e.actors()) {
            Actors.Actor actor = ACTORS.get(a.actorId());
            if (actor == null) continue;
            for (String alias : actor.aliases()) {
                String needle = ArabicNormalizer.normalize(Actors.spelling(alias));
                if (needle.length() < 3) continue;
                for (int i = norm.text().indexOf(needle); i >= 0; i = norm.text().indexOf(needle, i + needle.length())) {
                    out.add(new Mark(norm.originalStart(i), norm.originalEnd(i + needle.length()), Kind.ACTOR));
                }
            }
        }
        return out;
    }

    /** The kind of mark covering [start, end) of the sentence, places first; null when none. */
    static Kind at(List<Mark> marks, int start, int end) {
        Kind found = null;
        for (Mark m : marks) {
            if (m.start() < end && m.end() > start) {
                if (m.kind() == Kind.PLACE) return Kind.PLACE;
                found = Kind.ACTOR;
            }
        }
        return found;
    }
}
