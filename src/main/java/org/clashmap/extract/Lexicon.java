package org.clashmap.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * All extraction word lists, loaded once from {@code src/main/resources/extract/} into one matcher,
 * so a sentence is scanned once whatever the number of lists. Analysts extend the files, not the code.
 * The presence words are a second list of that matcher ({@link #PRESENCE}): matched on their own, in the same walk.
 */
final class Lexicon {
    private static volatile Lexicon defaults;

    final Actors actors;
    /** The main lists ({@link #MAIN}) and the presence words ({@link #PRESENCE}), matched each on its own in one walk. */
    final TermMatcher<Term> matcher;
    /** {@link #matcher}'s list of event, actor, casualty, number and date words. */
    static final int MAIN = 0;
    /**
     * {@link #matcher}'s list of position words ("مواقع"، "حواجز"), link words and place prepositions, matched apart from
     * {@link #MAIN} so the very common "في" cannot shadow or split what the main lists find; read only in sentences
     * naming an actor.
     */
    static final int PRESENCE = 1;
    final List<String> chromeCuts;
    /** Aircraft words, matched on their own because an actor alias may contain them ("الطائرات الروسية"). */
    final TermMatcher<Term> airContext;
    /** Words for what was fired (projectiles.tsv): they make a killing remote violence. */
    final TermMatcher<Term> projectiles;
    /** Aircraft and the loads they drop (downings.tsv), looked for only after a verb of downing. */
    final TermMatcher<Term> aircraft;
    /** Weapon words that name who used them (implied_initiators.tsv). */
    final TermMatcher<Term> impliedInitiators;

    private Lexicon(Actors actors) {
        this.actors = actors;
        List<String> clitics = new ArrayList<>();
        for (String[] r : LexiconFile.rows("clitics.txt")) clitics.add(r[0]);
        this.matcher = new TermMatcher<>(clitics, 2);
        for (Actors.Actor a : actors.all()) {
            for (String alias : a.aliases()) {
                boolean topic = alias.charAt(0) == Actors.NEEDS_TOPIC, afterMeans = alias.charAt(0) == Actors.AFTER_MEANS;
                matcher.add(topic || afterMeans ? alias.substring(1) : alias, new Term.ActorAlias(a.id(), topic, afterMeans));
            }
        }
        for (String[] r : LexiconFile.rows("triggers.tsv")) {
            boolean capture = r[1].equals("CAPTURE");
            SubEventType sub = capture || r[1].equals("-") ? null : SubEventType.valueOf(r[1]);
            Term.Control control = switch (r[3]) {
                case "gain" -> Term.Control.GAIN;
                case "loss" -> Term.Control.LOSS;
                default -> Term.Control.NONE;
            };
            matcher.add(r[0], new Term.Trigger(sub, capture, r[2].equals("strong"), control, r.length > 4 && r[4].equals("ground")));
        }
        for (String[] r : LexiconFile.rows("cues.tsv")) {
            matcher.add(r[0], new Term.Cue(Term.CueEffect.valueOf(r[1].toUpperCase(Locale.ROOT))));
        }
        for (String[] r : LexiconFile.rows("casualties.tsv")) {
            String flag = r.length > 2 ? r[2] : "";
            matcher.add(r[0], new Term.Casualty(Term.Role.valueOf(r[1].toUpperCase(Locale.ROOT)), flag.equals("weak"),
                    flag.equals("dual") || flag.equals("both") ? 2 : flag.equals("one") ? 1 : 0, flag.equals("one") || flag.equals("both")));
        }
        for (String[] r : LexiconFile.rows("numbers.tsv")) {
            matcher.add(r[0], new Term.NumberWord(r[1].equals("-") ? null : Integer.valueOf(r[1]), r.length > 2 && r[2].equals("person")));
        }
        for (String[] r : LexiconFile.rows("months.tsv")) matcher.add(r[0], new Term.Month(Integer.parseInt(r[1])));
        for (String[] r : LexiconFile.rows("day_ordinals.tsv")) matcher.add(r[0], new Term.DayOrdinal(Integer.parseInt(r[1])));
        for (String[] r : LexiconFile.rows("weekdays.tsv")) matcher.add(r[0], new Term.Weekday(Integer.parseInt(r[1])));
        this.airContext = new TermMatcher<>(clitics);
        for (String[] r : LexiconFile.rows("air_context.tsv")) airContext.add(r[0], new Term.AirContext());
        this.projectiles = new TermMatcher<>(clitics);
        for (String[] r : LexiconFile.rows("projectiles.tsv")) projectiles.add(r[0], new Term.Projectile());
        this.aircraft = new TermMatcher<>(clitics);
        for (String[] r : LexiconFile.rows("downings.tsv")) {
            switch (r[1]) {
                case "verb" -> matcher.add(r[0], new Term.Cue(Term.CueEffect.DOWNING));
                case "aircraft", "load" -> aircraft.add(r[0], new Term.Aircraft(r[1].equals("load")));
                default -> throw new IllegalStateException("downings.tsv: unknown kind " + r[1]);
            }
        }
        this.impliedInitiators = new TermMatcher<>(clitics);
        for (String[] r : LexiconFile.rows("implied_initiators.tsv")) {
            if (actors.get(r[1]) == null) throw new IllegalStateException("implied_initiators.tsv: unknown actor " + r[1]);
            impliedInitiators.add(r[0], new Term.ImpliedInitiator(r[1]));
        }
        for (String[] r : LexiconFile.rows("dates.tsv")) matcher.add(r[0], dateTerm(r));
        for (String[] r : LexiconFile.rows("presence.tsv")) {
            matcher.add(r[0], new Term.Presence(Term.PresenceRole.valueOf(r[1].toUpperCase(Locale.ROOT))), PRESENCE);
        }
        List<String> cuts = new ArrayList<>();
        for (String[] r : LexiconFile.rows("chrome.tsv")) if (r[1].equals("cut")) cuts.add(r[0]);
        this.chromeCuts = List.copyOf(cuts);
    }

    private static Term dateTerm(String[] r) {
        return switch (r[1]) {
            case "days" -> new Term.RelativeDays(Integer.parseInt(r[2]), Integer.parseInt(r[3]),
                    TimePrecision.valueOf(r[4].toUpperCase(Locale.ROOT)));
            case "month" -> new Term.RelativeMonth(Integer.parseInt(r[2]), Term.Part.valueOf(r[3].toUpperCase(Locale.ROOT)),
                    r.length > 4 && r[4].equals("afterday"));
            case "part" -> new Term.DatePart(Term.Part.valueOf(r[2].toUpperCase(Locale.ROOT)));
            case "since" -> new Term.Since();
            case "dayafter" -> new Term.DayAfter();
            case "last" -> new Term.Last();
            default -> throw new IllegalArgumentException("dates.tsv: unknown kind " + r[1]);
        };
    }

    static Lexicon load() {
        Lexicon l = defaults;
        if (l == null) {
            synchronized (Lexicon.class) {
                if (defaults == null) defaults = new Lexicon(Actors.load());
                l = defaults;
            }
        }
        return l;
    }
}
