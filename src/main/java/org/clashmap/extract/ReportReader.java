package org.clashmap.extract;

import org.clashmap.gazetteer.FeatureWords;
import org.clashmap.gazetteer.ForeignNames;
import org.clashmap.gazetteer.Location;
import org.clashmap.text.ArabicNormalizer;
import org.clashmap.text.Token;
import org.clashmap.text.Tokenizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one report sentence by sentence, keeping what a reader keeps in mind: which actors are the
 * topic, which day "today" is, the date last mentioned, and the incident being described (so a
 * following sentence with only a toll or a vaguer place adds to it instead of making a new event).
 * One instance per report; not thread-safe, and need not be.
 */
final class ReportReader {
    /** Runs of white space, and of white space and punctuation, between words: compiled once, not by each split. */
    static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+"),
            WORDS_AND_PUNCTUATION = java.util.regex.Pattern.compile("[\\s\\p{Punct}،؛]+");

    /**
     * An event without a date of its own, told as current news, is taken to be from the two days before publication
     * up to it (the annotation guide's convention: [pub-2, pub]; a report appears the day of its events or the next).
     */
    private static final int INHERITED_DAYS_BACK = 2;
    /** First words of a clause that tells the outcome of the one before it (consequences.tsv). */
    private static final Set<String> OUTCOMES = LexiconFile.normalizedWords("consequences.tsv");
    /** A date ending more than this many days before publication is background history (see {@link #history}). */
    private static final int HISTORY_DAYS = 31;
    /** How far back (in paragraphs) the date context and the incident being described reach. */
    private static final int PARAGRAPH_REACH = 1;
    private static final int CLAIM_SUBJECT_AFTER_WORDS = 2;
    /**
     * A sentence naming more places than this for one event is a list ("قصف طال 30 قرية ..."), not place-by-place
     * tolls; the bound also keeps a pathological line (thousands of names) linear.
     */
    private static final int MAX_PLACES_WITH_OWN_TOLLS = 12;

    private final String text;
    private final char[] chars;
    private final Lexicon lex;
    private final List<Location> places;
    private final boolean placesSorted;
    private final DateMention.Anchor published;
    private final Set<String> topics = new HashSet<>();
    private final List<EventDraft> drafts = new ArrayList<>();
    private final List<ControlClaim> claims = new ArrayList<>();

    private DateMention.Anchor today;
    private int anchorParagraph = -1;
    private DateRange contextDate;
    private int contextParagraph = -100;
    private EventDraft current;
    /**
     * Starts of the actor names that own what is struck or taken in the sentence being read ("مواقع للنظام"،
     * "تحركات لداعش"; not "من مواقع قوات الأسد", whence the fire came): owners, not subjects.
     */
    private Set<Integer> postOwners = Set.of();
    /**
     * The stretches of the sentence being read whose actors are no party to its incidents (statements, charges:
     * "اختطف ... بتهمة التخابر مع النظام"): a capture's taker is never read there.
     */
    private Suppressed notParties = new Suppressed();
    /** The sentence being read tells a toll of both sides ("من الطرفين"): its dead fell in fighting. */
    private boolean bothSides;
    /** The sentence's clauses of background that name their own past time (pastOfItsOwn): no date there is the incident's. */
    private Suppressed pastClauses = new Suppressed();

    ReportReader(Report report, char[] chars, Lexicon lex, List<Location> places) {
        this.text = report.text();
        this.chars = chars;
        this.lex = lex;
        this.places = places instanceof java.util.RandomAccess ? places : new ArrayList<>(places);
        this.placesSorted = sortedByStart(this.places);
        this.published = DateMention.Anchor.of(report.published(), report.precision());
        this.today = published;
    }

    List<Event> events() {
        giveTheTitlesToll();
        List<Event> out = new ArrayList<>();
        for (EventDraft d : drafts) if (!d.places.isEmpty() && !summarisedElsewhere(d)) out.add(d.toEvent(text, lex.actors));
        return out;
    }

    /**
     * A lede or a round-up told at the level of governorates only ("شهدت محافظتا إدلب وحلب مجزرتين نفذهما طيران النظام",
     * "قتل 19 مدنياً بغارات على محافظة إدلب"), when the report also tells violence at finer places inside them on the
     * same days: the same incidents summed up (a killing told after the lede may not repeat that aircraft did it, so
     * the kind of violence is not compared), whose point in the middle of a province maps nothing. Kept when its
     * toll says more than the finer events' tolls together. Not for a countryside or a plain: an attack "in the northern
     * Homs countryside" beside a clash at a town in it is as often another incident told less precisely.
     */
    private boolean summarisedElsewhere(EventDraft d) {
        if (!d.allPlacesAdmin()) return false;
        int finerDead = 0;
        boolean finer = false;
        for (EventDraft e : drafts) {
            if (e == d || e.places.isEmpty() || e.allPlacesCoarse() || e.subType.type == EventType.STRATEGIC_DEVELOPMENTS
                    || !datesAgree(d, e) || !d.contains(e.places)) continue;
            finer = true;
            Integer k = e.tally.totalKilled();
            if (k != null) finerDead += k;
        }
        Integer own = d.tally.totalKilled();
        return finer && (own == null || own <= finerDead);
    }

    /**
     * The title's count of the dead and the places it names, when it tells both ("مقتل 12 مدنيا بغارات على بلدة
     * كفرنبل"): a headline sums up the report's main incident, and the body often tells that incident without
     * repeating the figure. Null otherwise.
     */
    private Tally titleToll;
    private final Set<String> titlePlaces = new HashSet<>();

    private void readTitle(ReportLayout.Sentence s, SentenceScan scan) {
        DateParser.Result dp = DateParser.parse(scan);
        Tally t = CasualtyCounter.count(scan, s.start(), s.end(), Integer.MAX_VALUE, dp.usedNumberStarts(), topics);
        if (t.killed.isEmpty()) return;
        for (Location l : placesIn(s.start(), s.end())) titlePlaces.add(l.anchor().id());
        if (!titlePlaces.isEmpty()) titleToll = t;
    }

    /**
     * Decision 072: the title's toll goes to the body's first incident at a place the title names, when no incident of
     * the body has a figure of the dead (a body that counts its dead has told the title's figure, or a truer one) and
     * that incident does not say nobody died; no later one takes it (the title sums up one incident, the first told
     * there).
     */
    private void giveTheTitlesToll() {
        if (titleToll == null) return;
        for (EventDraft d : drafts) if (!d.tally.killed.isEmpty()) return;
        for (EventDraft d : drafts) {
            if (d.places.stream().noneMatch(l -> titlePlaces.contains(l.anchor().id()))) continue;
            if (d.tally.killed.isEmpty() && !d.tally.noneStated) d.tally.mergeMax(titleToll);
            return;
        }
    }

    List<ControlClaim> claims() {
        return claims;
    }

    /** A group of triggers of one kind in a sentence and the stretches of the sentence they govern. */
    private static final class Group {
        final String key;
        final List<int[]> ranges = new ArrayList<>();
        final List<TermMatcher.Match<Term>> triggers = new ArrayList<>();
        boolean strong;

        Group(String key) {
            this.key = key;
        }

        /** Ranges are added left to right and do not overlap, so a binary search finds the only candidate. */
        boolean covers(int pos) {
            int lo = 0, hi = ranges.size() - 1, at = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (ranges.get(mid)[0] <= pos) { at = mid; lo = mid + 1; } else hi = mid - 1;
            }
            return at >= 0 && pos < ranges.get(at)[1];
        }

        int firstStart() {
            return ranges.get(0)[0];
        }

        /** Where the first of the group's event words in the stretch {@code r} starts, or the stretch's end. */
        int firstEventWordIn(int[] r) {
            int first = r[1];
            for (TermMatcher.Match<Term> m : triggers) if (m.start() >= r[0] && m.start() < first) first = m.start();
            return first;
        }
    }

    void read(ReportLayout.Sentence s, SentenceScan scan) {
        for (int k = 0; k < scan.matches.size(); k++) {
            List<Term> ts = scan.matches.get(k).payloads();
            for (int i = 0; i < ts.size(); i++) if (ts.get(i) instanceof Term.ActorAlias a && !a.needsTopic()) topics.add(a.actorId());
        }
        if (s.paragraph() != anchorParagraph) {
            today = published;
            anchorParagraph = s.paragraph();
        }
        if (s.heading()) {
            if (s.index() == 0) readTitle(s, scan);
            current = null;
            return;
        }
        bothSides = !scan.cuePositions(Term.CueEffect.BOTH_SIDES).isEmpty();
        PresenceReader presence = scan.hasPresence() ? new PresenceReader(scan, chars, this::actorOf) : null;
        postOwners = presence == null ? Set.of() : presence.ownerStarts();
        DateParser.Result dp = DateParser.parse(scan);
        List<Location> sentencePlaces = placesIn(s.start(), s.end());
        for (Location l : sentencePlaces) CasualtyCounter.markNumbersOfAName(scan, l.start(), l.end(), dp.usedNumberStarts());
        // who holds a place ("الخاضعة لسيطرة الفصائل منذ عام 2012") qualifies it as a participle does
        scan.qualifiers = merged(scan.cuePositions(Term.CueEffect.QUALIFIER), scan.cuePositions(Term.CueEffect.STATE));
        Suppressed suppressed = suppressed(s, scan, dp);
        int attemptAt = firstCue(scan, Term.CueEffect.ATTEMPT, Integer.MAX_VALUE);

        Map<DateMention, DateRange> dates = new LinkedHashMap<>();
        DateRange previous = contextDate;
        for (DateMention d : dp.mentions()) {
            if (suppressed.covers(d.start)) continue;
            DateRange r = d.resolve(today, previous);
            if (d.kind == DateMention.Kind.WEEKDAY && today.day() != null && today.slackDays() > 0 && r.precision() == TimePrecision.DAY) {
                // The report's date is approximate, but a named weekday fixes the day it speaks of:
                // from here to the end of the paragraph, "today" is that day.
                int rel = d.weekdayRelOffset == null ? 0 : d.weekdayRelOffset;
                today = new DateMention.Anchor(r.from().minusDays(rel), 0);
            }
            dates.put(d, r);
            previous = r;
        }

        List<Integer> backgrounds = scan.cuePositions(Term.CueEffect.BACKGROUND);
        List<Group> groups = groupTriggers(scan, suppressed, attemptAt, sentencePlaces);
        Suppressed aside = aside(s, scan);
        // actors named in a charge are no party to any incident, nor a side of its dead
        Suppressed notParties = suppressed.plus(charges(s, scan));
        this.notParties = notParties;
        int[] holding = holdingEnds(scan);
        sentencePlaces.removeIf(l -> suppressed.covers(l.start()) || aside.covers(l.start()) || holder(scan, holding, l.start()));
        // towns that only name a road ("على طريق حلب دمشق قرب معرة النعمان") when the sentence has places of its own
        sentencePlaces = new ArrayList<>(RoadNames.dropWhereOthers(text, sentencePlaces, RoadNames.in(text, sentencePlaces)));
        boolean anyEvent = false;
        boolean placedAny = false;
        Map<Group, DateRange> groupDates = new HashMap<>();
        for (Group g : groups) {
            List<Location> gp = new ArrayList<>();
            for (Location l : sentencePlaces) if (g.covers(l.start())) gp.add(l);
            boolean ownPlaces = !gp.isEmpty();
            // an incident told abroad ("تفجير ... في مدينة الرمادي غرب العراق") borrows no place from the sentence's
            // other clauses: it has none in Syria
            if (!ownPlaces && !abroad(g)) gp.addAll(sentencePlaces);
            if (gp.isEmpty()) gp.addAll(pointedBackTo(g, s, suppressed));

            List<String> actors = actorsIn(scan, g, notParties, holding, true);
            if (actors.isEmpty()) actors = nearestFirst(actorsIn(scan, g, notParties, holding, false), scan, g.triggers.get(0).start());
            actors = agentFirst(actors, scan, g);
            List<String> heldBy = holdersIn(scan, g, suppressed, holding);
            heldBy.removeAll(actors);
            if (actors.stream().allMatch(id -> lex.actors.get(id).kind() == Actors.Kind.CIVILIAN)) {
                String implied = impliedInitiator(g);
                if (implied != null) {
                    actors = new ArrayList<>(actors);
                    actors.add(0, implied);
                    heldBy.remove(implied);
                }
            }

            // "توفي طفل اليوم متأثرا بجروح أصيب بها الأسبوع الماضي جراء قصف": the strike was when the wounds were received
            DateRange date = dateOfTheWounds(scan, dates);
            int firstTrigger = g.triggers.get(0).start();
            for (Map.Entry<DateMention, DateRange> e : dates.entrySet()) {
                if (date != null) break;
                if (g.covers(e.getKey().start) && !notTheIncidents(scan, backgrounds, firstTrigger, e.getKey())) { date = e.getValue(); break; }
            }
            if (date == null) {
                for (Map.Entry<DateMention, DateRange> e : dates.entrySet()) if (e.getKey().start < g.firstStart()) date = e.getValue();
            }
            // The sentence's own date, even if told after the event word, beats the paragraph's.
            if (date == null) {
                for (Map.Entry<DateMention, DateRange> e : dates.entrySet()) {
                    if (!notTheIncidents(scan, backgrounds, firstTrigger, e.getKey())) { date = e.getValue(); break; }
                }
            }
            boolean explicit = date != null;
            if (!explicit) date = inheritedDate(s.paragraph());
            groupDates.put(g, date);

            for (int i = 0; i < g.triggers.size(); i++) {
                TermMatcher.Match<Term> tm = g.triggers.get(i);
                Term.Trigger t = trigger(tm);
                int objectsEnd = i + 1 < g.triggers.size() ? g.triggers.get(i + 1).start() : s.end();
                if (t.control() != Term.Control.NONE) {
                    addClaims(scan, tm, t, g, gp, actors, backgroundDate(backgrounds, dates, tm.start(), date), objectsEnd);
                }
            }
            // a withdrawal told as such changes control only; "انسحبت ... دون قتال" is a handover: an event of its own
            if (g.key.equals("LOSS") && !peaceful(g, scan)) continue;
            // Told as history ("اختطفوا في مايو الماضي" in a report of August): background to the news, reported
            // when it happened. Dated by a span of months ("منذ بدء الضربات في أيلول الماضي"): a statistic over many
            // incidents. Neither is an incident of this report; their control claims above still feed the front lines.
            if (explicit && (history(date) || longerThanAMonth(date))) {
                anyEvent = true;
                continue;
            }
            // "وثق 27 عملية ومحاولة اغتيال في المحافظة خلال أيار الجاري": a count of incidents over a period is none of them
            if (CasualtyCounter.countsIncidentsOverAPeriod(scan, firstTrigger)) {
                anyEvent = true;
                continue;
            }

            SubEventType sub = subTypeOf(g, scan, actors);
            EventDraft d = new EventDraft(sub, s.start(), s.end(), s.index(), s.paragraph());
            d.actors.addAll(actors);
            d.holders.addAll(heldBy);
            d.places.addAll(gp);
            d.places.removeIf(l -> sectionTopic(l, s.start(), d.places) || outletDateline(l, s.start()));
            d.dropCoarsePlaces();
            if (d.acrossGovernorates()) continue;
            d.date = date;
            d.dateExplicit = explicit;
            d.killingOnly = !g.strong && g.triggers.stream().allMatch(m -> trigger(m).subType() == SubEventType.ARMED_CLASH);
            d.pastPerfect = opensInThePastPerfect(s, backgrounds);
            for (int[] r : g.ranges) d.tally.mergeMax(countAfter(scan, r[0], r[1], notParties, dp, g.firstEventWordIn(r)));
            if (d.places.size() > 1 && d.places.size() <= MAX_PLACES_WITH_OWN_TOLLS && d.tally.saysAnything()) {
                countsByPlace(d, s, scan, suppressed, dp);
            } else if (d.places.size() == 1 && d.tally.totalKilled() != null) {
                // "قتل 28 مدنيا في محافظة حلب، بينهم 15 في مدينة حلب": one place left, given a part of an area's total
                countsBeforeTheirPlaces(d, s, scan, suppressed, dp, true);
            }
            d.confidence = confidence(g, ownPlaces, actors.size());
            // A period ("منذ 4 يوليو", "المعركة التي بدأت في 4 يوليو") dates its own sentence only: the next incident told
            // without a date is news of the last days, not of the whole period.
            final DateRange chosen = date;
            boolean period = dates.entrySet().stream().anyMatch(e -> e.getKey().since && e.getValue().equals(chosen));
            if (explicit && !history(date) && !period) {
                contextDate = date;
                contextParagraph = s.paragraph();
            }
            place(d, ownPlaces);
            anyEvent = true;
            placedAny = true;
        }
        addPresenceClaims(s, scan, presence, groups, groupDates, dates, backgrounds, attemptAt);
        // A sentence of habit ("يقصف النظام بانتظام ...") or of history only ("بدأت المعارك في صيف 2012") leaves the
        // incident told before: what follows ("وحصد هذا القصف آلاف القتلى") is about the habit, not about it.
        if (current != null && current.lastSentenceIndex >= s.index() - 1 && unconfirmedDead(scan)) {
            // "إلا أن التنظيم لم يؤكد الخبر"، "ونفت حسابات مقربة من التنظيم مقتله": the dead told are not known
            current.tally.killed.clear();
            current.tally.deathsMentioned = true;
            current.ownKilled.clear();
        }
        if (habitOnly(scan, dp) || (!groups.isEmpty() && !placedAny)) {
            current = null;
            return;
        }
        if (!anyEvent && groups.isEmpty()) {
            Tally t = countAfter(scan, s.start(), s.end(), suppressed, dp);
            // A toll told with a date of its own that is not the incident's ("قتل 200 العام الماضي") is about something else.
            boolean otherTime = current != null && dates.values().stream().anyMatch(r -> !EventDraft.overlaps(r, current.date));
            EventDraft target = bothSides || deadOfFoes(t) ? lastBattle(s.paragraph()) : current;
            if (t.saysAnything() && target != null && reaches(target, s.paragraph()) && !otherTime
                    && !tollOfElsewhere(target, sentencePlaces)) {
                target.tally.mergeMax(t);
                target.lastSentenceIndex = s.index();
                target.lastParagraph = s.paragraph();
                current = target;
            }
        }
    }

    /**
     * Adds a sentence's event, or merges it into the incident being described: when it names no place
     * of its own, only places around the incident's, or the same places again with the same kind of event.
     */
    private void place(EventDraft d, boolean ownPlaces) {
        EventDraft target = mergeTarget(d, ownPlaces);
        if (target != null) {
            target.absorb(d);
            current = target;
            return;
        }
        if (d.places.isEmpty()) return; // nothing to map and nothing to add to
        drafts.add(d);
        current = d;
    }

    /** The earlier event this one only tells more about, or null when it is an incident of its own. */
    private EventDraft mergeTarget(EventDraft d, boolean ownPlaces) {
        // The dead of both sides fell in fighting: a toll of theirs told alone is the last battle's, not a strike's.
        EventDraft c = (bothSides || deadOfFoes(d.tally)) && d.places.isEmpty() ? lastBattle(d.paragraph) : current;
        if (c == null || !reaches(c, d.paragraph) || !datesAgree(c, d)) return null;
        // "قتل ثلاثة في غارة على بنش. وكانت غارة مماثلة على البلدة قد أودت بحياة خمسة الأسبوع الماضي": an earlier
        // incident told for comparison lends the news neither its date nor its dead
        if (d.pastPerfect && d.sentenceIndex > c.lastSentenceIndex) return null;
        // No place at all: it can only be about the incident just described.
        if (d.places.isEmpty()) return c;
        // A second word of the same family in the sentence, with no place of its own, is the same incident
        // ("سيطر ... أثناء المواجهات"); a different family (an air strike during a clash) is its own event.
        if (!ownPlaces && d.sentenceIndex == c.lastSentenceIndex && d.subType.type == c.subType.type) return c;
        // The next sentence tells more of the same kind of event: it repeats a place, or names places in the
        // same governorate without a toll of its own ("الغارات استهدفت سوقاً ... في قرية زردنا").
        // Not when the two tolls contradict: a strike that "caused only material damage" after one that killed five is
        // another strike, even on the same city.
        if (d.subType == c.subType && d.sentenceIndex == c.lastSentenceIndex + 1 && !tollsContradict(c.tally, d.tally)
                && (c.sharesPlace(d.places) || (c.contains(d.places) && d.tally.isEmpty()))) return c;
        // Words of killing alone, in the next sentence, at places of the incident just told: its dead, told by place
        // ("قتل أكثر من 120 في تفجيرات ضربت جبلة وطرطوس. وقتل في جبلة وحدها 73 شخصا، في حين قتل 48 في طرطوس").
        if (d.killingOnly && d.sentenceIndex <= c.lastSentenceIndex + 1 && d.places.stream().allMatch(l -> c.sharesPlace(List.of(l)))
                && !tollsContradict(c.tally, d.tally)) return c;
        // Only vaguer places (a region, a countryside) around a recent event of the same kind: the same incident
        // retold ("دخول المدينة الواقعة في ريف دير الزور الشرقي").
        if (d.allPlacesCoarse()) {
            for (int i = drafts.size() - 1; i >= 0; i--) {
                EventDraft e = drafts.get(i);
                if (!reaches(e, d.paragraph)) break;
                if (e.subType == d.subType && e.contains(d.places) && datesAgree(e, d)) return e;
            }
        }
        return null;
    }

    /**
     * A toll told with places of its own, none of them the incident's nor inside its places, counts the dead of
     * another place ("وثقت 300 ضحية قضوا في مخيم اليرموك" after a strike on another camp): not the incident's toll.
     */
    private static boolean tollOfElsewhere(EventDraft incident, List<Location> tollPlaces) {
        return !tollPlaces.isEmpty() && tollPlaces.stream()
                .noneMatch(l -> incident.sharesPlace(List.of(l)) || incident.contains(List.of(l)));
    }

    /** One says nobody died, the other counts dead. */
    private static boolean tollsContradict(Tally a, Tally b) {
        Integer ka = a.totalKilled(), kb = b.totalKilled();
        return a.noneStated && kb != null && kb > 0 || b.noneStated && ka != null && ka > 0;
    }

    private static boolean datesAgree(EventDraft a, EventDraft b) {
        return !a.dateExplicit || !b.dateExplicit || EventDraft.overlaps(a.date, b.date);
    }

    /**
     * How a report opens a section on one governorate: "وفي إدلب،", "أما في حلب،", and the headings of a day's roundup,
     * a line opening with the name and a colon, bulleted or not ("حلب: قتل سبعة مدنيين ..."، "- إدلب: غارات ...").
     */
    private static final List<String> SECTION_OPENINGS = List.of("في", "وفي", "أما في", "وأما في", "", "-", "–");
    /** The longest of them with spaces around: a name further into its sentence opens no section. */
    private static final int SECTION_OPENING_CHARS = 12;

    /**
     * A governorate's capital named as the topic of a section ("وفي إدلب، قصفت طائرات حربية مدينة جسر الشغور") stands for
     * the governorate, not the city, when the sentence names a place of its own in that governorate: the incident is
     * there, and a point on the capital 40 km away is no incident. Alone it stays (the city may be meant). A capital
     * opening the line before a dash is a dateline (decision 068): no incident's place when the line names another.
     */
    private boolean sectionTopic(Location l, int sentenceStart, List<Location> places) {
        if (l.anchor().capitalLevel() == 0 || l.start() < sentenceStart || l.start() - sentenceStart > SECTION_OPENING_CHARS) return false;
        if (!SECTION_OPENINGS.contains(text.substring(sentenceStart, l.start()).strip())) return false;
        int after = l.end();
        while (after < text.length() && text.charAt(after) == ' ') after++;
        if (after >= text.length()) return false;
        char mark = text.charAt(after);
        // "درعا - سانا: استشهد ..."، "عفرين - هاوار: ...": a capital opening a line, then a dash, is the dateline of the
        // correspondent's city, wherever the incident the line tells took place
        // (a district's chief town too: "عفرين - هاوار"، "منبج - خاص")
        if (DATELINE_DASHES.indexOf(mark) >= 0 && l.start() == sentenceStart) {
            return places.stream().anyMatch(o -> o != l && !o.anchor().id().equals(l.anchor().id()));
        }
        if (l.anchor().capitalLevel() != 1 || mark != '،' && mark != ',' && mark != ':') return false;
        return places.stream().anyMatch(o -> o != l && l.anchor().admin1().equals(o.anchor().admin1())
                && !o.anchor().id().equals(l.anchor().id()));
    }

    /** The dashes between a dateline's city and its outlet ("حلب - سانا", "حلب-سانا", "حلب – الأناضول"). */
    private static final String DATELINE_DASHES = "-–—";

    /**
     * "وثق ناشطون وفاة 12 شخصا في بلدة مضايا منذ مطلع الشهر، بينما قتل اليوم شاب بانفجار لغم في محيط البلدة": an incident
     * with no place of its own but "البلدة" (a feature word with the article) is at the last place told before it, even
     * in a statistic's clause held back: the statistic's figures are no toll, its town is still the town spoken of.
     */
    private static final Set<String> POINTERS = LexiconFile.normalizedWords("pointers.tsv");

    private List<Location> pointedBackTo(Group g, ReportLayout.Sentence s, Suppressed suppressed) {
        int first = g.triggers.get(0).start();
        boolean pointer = false;
        for (int[] r : g.ranges) {
            int from = Math.max(r[0], first);
            if (from >= r[1]) continue;
            pointer |= Tokenizer.anyWordIn(text, from, r[1], POINTERS);
        }
        if (!pointer) return List.of();
        Location last = null;
        for (Location l : placesIn(s.start(), first)) if (suppressed.covers(l.start()) && !EventDraft.COARSE.contains(l.anchor().kind())) last = l;
        return last == null ? List.of() : List.of(last);
    }

    private static final Set<String> OUTLET_DATELINES = LexiconFile.normalizedWords("outlet_datelines.tsv");

    /** "الميادين: الجيش السوري يتقدم ...": an outlet named like a town opening the sentence before a colon (outlet_datelines.tsv). */
    private boolean outletDateline(Location l, int sentenceStart) {
        for (int i = sentenceStart; i < l.start(); i++) if (!Character.isWhitespace(text.charAt(i))) return false; // no copy of the text before
        int after = l.end();
        while (after < text.length() && text.charAt(after) == ' ') after++;
        return after < text.length() && text.charAt(after) == ':'
                && OUTLET_DATELINES.contains(ArabicNormalizer.normalize(text.substring(l.start(), l.end()).strip()));
    }

    /**
     * The date after a wounded_on cue in its clause ("أصيب بها الأسبوع الماضي"، "أصيب بها في قصف جوي على بلدة حيان يوم
     * الأحد"), or null.
     */
    private static DateRange dateOfTheWounds(SentenceScan scan, Map<DateMention, DateRange> dates) {
        for (int p : scan.cuePositions(Term.CueEffect.WOUNDED_ON)) {
            int clauseEnd = scan.clauses().endOf(p, scan.end);
            for (Map.Entry<DateMention, DateRange> e : dates.entrySet()) {
                int at = e.getKey().start;
                if (at > p && at < clauseEnd) return e.getValue();
            }
        }
        return null;
    }

    /**
     * "وقتل ستة عناصر من التنظيم وأربعة من قوات النظام": dead of two armed sides that fight each other fell in fighting,
     * like a toll "من الطرفين".
     */
    private boolean deadOfFoes(Tally t) {
        List<String> armed = new ArrayList<>();
        for (String id : t.killed.keySet()) {
            Actors.Actor a = id.isEmpty() ? null : lex.actors.get(id);
            if (a != null && a.kind() != Actors.Kind.CIVILIAN) armed.add(id);
        }
        for (int i = 0; i < armed.size(); i++) {
            for (int j = i + 1; j < armed.size(); j++) if (!Alliances.allied(armed.get(i), armed.get(j))) return true;
        }
        return false;
    }

    /**
     * The last battle told within reach: the dead of both sides ("من الطرفين") fell in fighting, not in the air strike or
     * shelling told after it; null when the report told no fighting, so the toll is no strike's.
     */
    private EventDraft lastBattle(int paragraph) {
        if (current != null && current.subType.type == EventType.BATTLES) return current;
        for (int i = drafts.size() - 1; i >= 0 && reaches(drafts.get(i), paragraph); i--) {
            if (drafts.get(i).subType.type == EventType.BATTLES) return drafts.get(i);
        }
        return null;
    }

    private boolean reaches(EventDraft c, int paragraph) {
        return paragraph - c.lastParagraph <= PARAGRAPH_REACH;
    }

    /**
     * A date well before the report ("صيف 2012", "في أيار الماضي" in a report of August) dates its own sentence, which
     * tells background history: the sentences after it, told as news, do not inherit it.
     */
    private boolean history(DateRange date) {
        return date.isKnown() && published.day() != null
                && date.to().isBefore(published.day().minusDays(HISTORY_DAYS + published.slackDays()));
    }

    private static boolean longerThanAMonth(DateRange date) {
        return date.isKnown() && date.from().plusDays(HISTORY_DAYS).isBefore(date.to());
    }

    private DateRange inheritedDate(int paragraph) {
        if (contextDate != null && paragraph - contextParagraph <= PARAGRAPH_REACH) return contextDate;
        if (today.day() == null) return DateRange.UNKNOWN;
        return DateMention.widen(today.day().minusDays(INHERITED_DAYS_BACK), today.day(), today.slackDays(), TimePrecision.WEEK);
    }

    /**
     * "قتل 20 في بلدة A، و6 في B، و5 في C": a toll told in the clause of one place belongs to that place. Each place
     * of the event whose clause (between commas or clause words) names no other place of the event and holds a
     * count gets that count as its own; the event's total stays what the whole sentence says (EventPlace, FatalityShares).
     */
    private void countsByPlace(EventDraft d, ReportLayout.Sentence s, SentenceScan scan, Suppressed suppressed, DateParser.Result dp) {
        Clauses clauses = scan.clauses();
        for (Location l : d.places) {
            int from = clauses.startOf(l.start(), s.start());
            int to = withOutcomes(clauses, clauses.endOf(l.start(), s.end()), s.end(), d.places);
            // a place told relative to another after it ("معرة مصرين شمال شرقي مدينة إدلب") is located by it, not
            // joined: the clause still speaks of one place
            boolean alone = d.places.stream().noneMatch(o -> o != l && o.start() >= from && o.start() < to
                    && !(o.relation() != null && o.start() > l.start()));
            if (!alone) continue;
            // What the clause adds to the count read from the sentence's start: a clause may continue a list begun
            // before it ("قتل 12 في A، و4 في B": the 4 are dead because the 12 were).
            Integer own = killedBetween(scan, from, to, suppressed, dp);
            if (own == null && from > s.start()) own = addedBy(scan, s.start(), from, to, suppressed, dp);
            if (own != null) d.ownKilled.put(l, own);
        }
        countsBeforeTheirPlaces(d, s, scan, suppressed, dp, false);
    }

    /** More numbers than this in a sentence and its tolls are not read place by place (see countsBeforeTheirPlaces). */
    private static final int MAX_COUNTS_BEFORE_PLACES = 40;

    /** A count's place follows it this closely: "ثلاثة أشخاص في دوما", "مقتل ثلاثة مدنيين في المسيفرة". */
    private static final int COUNT_TO_PLACE_WORDS = 4;

    /**
     * "قتل ثلاثة أشخاص في دوما واثنان في حرستا": counts told each before its place, in one clause, where the clauses
     * cannot part them. A number followed closely by في or ب and one of the event's places is that place's count (what
     * it adds to the count read from the sentence's start, up to the next number); a later mention of a place names the
     * place already listed ("قصفت مدينة بصرى الشام وبلدات الجيزة والمسيفرة، ما أسفر عن مقتل ثلاثة في المسيفرة").
     * A number that adds nothing but is a part of the total ("بينهم 20 في دوما"; CasualtyCounter.partOfATotal) is that
     * place's count itself, marked in {@link EventDraft#partsOfTotal}; with {@code partsOnly} only such parts are read
     * (an event of one place, whose own clause gives the whole toll).
     */
    private void countsBeforeTheirPlaces(EventDraft d, ReportLayout.Sentence s, SentenceScan scan, Suppressed suppressed,
                                         DateParser.Result dp, boolean partsOnly) {
        List<Integer> numbers = new ArrayList<>();
        for (TermMatcher.Match<Term> m : scan.matches) {
            for (Term t : m.payloads()) {
                if (t instanceof Term.NumberWord n && n.value() != null && !dp.usedNumberStarts().contains(m.start())) {
                    numbers.add(m.start());
                    break;
                }
            }
        }
        // each number costs two counts of the sentence: a line of thousands of numbers is no list of tolls by place
        if (numbers.size() > MAX_COUNTS_BEFORE_PLACES) return;
        List<Location> all = placesIn(s.start(), s.end());
        Map<Location, Integer> found = new HashMap<>();
        Set<Location> parts = new HashSet<>();
        // the dead counted from the sentence's start up to number i (the sentence's end for i = size), each counted once:
        // one number's "through" is the next one's "before"
        Integer[] upTo = new Integer[numbers.size() + 1];
        boolean[] counted = new boolean[numbers.size() + 1];
        boolean previousPart = false;
        int firstPartAt = Integer.MAX_VALUE;
        int firstFoundIndex = -1;
        for (int i = 0; i < numbers.size(); i++) {
            int at = numbers.get(i), next = i + 1 < numbers.size() ? numbers.get(i + 1) : s.end();
            Location mention = mentionAfterCount(scan, all, at, next);
            // "بنش (6)": the part in brackets after its place
            Location bracketed = mention == null ? placeBeforeBracket(all, at) : null;
            Location listed = mention != null ? theEventsPlace(d, mention) : bracketed != null ? theEventsPlace(d, bracketed) : null;
            if (listed == null) {
                previousPart = false;
                continue;
            }
            Integer through = deadUpTo(i + 1, next, upTo, counted, scan, s, suppressed, dp);
            Integer before = deadUpTo(i, at, upTo, counted, scan, s, suppressed, dp);
            int own = through == null ? 0 : through - (before == null ? 0 : before);
            // a figure that adds no dead may tell where some of those already counted fell (CasualtyCounter.partOfATotal)
            Integer part = own != 0 ? null : mention != null ? CasualtyCounter.partOfATotal(scan, at, introStart(mention), previousPart)
                    : CasualtyCounter.partInBrackets(scan, at);
            previousPart = part != null;
            if (part != null) {
                own = part;
                parts.add(listed);
                firstPartAt = Math.min(firstPartAt, at);
            } else if (partsOnly) {
                continue;
            }
            if (own > 0) {
                found.merge(listed, own, Integer::sum);
                if (firstFoundIndex < 0) firstFoundIndex = i;
            }
        }
        Integer total = d.tally.totalKilled();
        if (firstFoundIndex == 1 && parts.isEmpty() && total != null) remainderToTheFirstPlace(d, found, numbers, all, total);
        // "قتل 10 أشخاص في قصف على مدينة حلب، بينهم 4 في حي الشعار": the count the city's clause gave is the total the
        // parts break down, not the city's own
        if (!parts.isEmpty() && total != null) {
            final int before = firstPartAt;
            d.ownKilled.entrySet().removeIf(e -> !parts.contains(e.getKey()) && e.getKey().start() < before && e.getValue() >= total);
        }
        found.keySet().removeAll(d.ownKilled.keySet()); // a count its own clause gave stands
        int sum = found.values().stream().mapToInt(Integer::intValue).sum() + d.ownKilled.values().stream().mapToInt(Integer::intValue).sum();
        if (!found.isEmpty() && (total == null || sum <= total)) {
            d.ownKilled.putAll(found);
            parts.retainAll(found.keySet());
            d.partsOfTotal.addAll(parts);
        }
    }

    /**
     * "قتل 12 مدنيا في غارات على مدينة دوما و5 في بلدة كفربطنا": the second figure found its place; the dead it leaves
     * of the total are those of the one place the first figure's clause names (not of whichever place is the event's
     * first). Only when exactly one place of the event, with no count of its own, lies between the two figures: with
     * two ("على بلدتي كفرنبل وحاس و4 في …") the rest stays the event's.
     */
    private static void remainderToTheFirstPlace(EventDraft d, Map<Location, Integer> found, List<Integer> numbers,
                                                 List<Location> all, int total) {
        int rest = total - found.values().stream().mapToInt(Integer::intValue).sum()
                - d.ownKilled.values().stream().mapToInt(Integer::intValue).sum();
        if (rest <= 0) return;
        Location only = null;
        for (Location l : all) {
            if (l.start() <= numbers.get(0) || l.start() >= numbers.get(1)) continue;
            Location p = theEventsPlace(d, l);
            if (p == null || found.containsKey(p) || d.ownKilled.containsKey(p)) continue;
            if (only != null && only != p) return;
            only = p;
        }
        if (only != null) found.put(only, rest);
    }

    /**
     * "أفرج النظام عن 25 معتقلا ... بعد اعتقال دام أشهرا": the words of arrest or abduction after a release, to the
     * sentence's end, tell the detention it ended; only the words are covered, so a strike told after it stands.
     */
    private static void detentionsAfter(SentenceScan scan, int from, int to, Suppressed out) {
        for (int k = scan.firstMatchAtOrAfter(from); k < scan.matches.size() && scan.matches.get(k).start() < to; k++) {
            TermMatcher.Match<Term> m = scan.matches.get(k);
            for (Term t : m.payloads()) {
                if (t instanceof Term.Trigger tr && (tr.subType() == SubEventType.ARRESTS || tr.subType() == SubEventType.ABDUCTION)) {
                    out.add(m.start(), m.end());
                    break;
                }
            }
        }
    }

    /** How far after a denial or doubt its object may be ("ونفت حسابات مقربة من التنظيم مقتله"). */
    private static final int DOUBT_WORDS = 6;
    private static final Map<String, String> DOUBTS = doubts();

    private static Map<String, String> doubts() {
        Map<String, String> out = new HashMap<>();
        for (String[] r : LexiconFile.rows("doubts.tsv")) out.put(ArabicNormalizer.normalize(r[0]), r[1]);
        return Map.copyOf(out);
    }

    /**
     * The sentence denies or doubts the deaths told (cue effect unconfirmed): within a few words after the cue "the news"
     * ("لم يؤكد الخبر") or a word of death with a pronoun ("مقتله"، "مقتلهم": the dead just told), and no word saying the
     * denial is of something else ("مسؤوليتها عن مقتل"; doubts.tsv). A denial of other dead ("نفى مقتل 20 جنديا") is
     * a statement, suppressed as one, and leaves the incident told before alone.
     */
    private boolean unconfirmedDead(SentenceScan scan) {
        for (int p : scan.cuePositions(Term.CueEffect.UNCONFIRMED)) {
            int i = p;
            for (int words = 0; words <= DOUBT_WORDS && i < scan.end; words++) {
                while (i < scan.end && Character.isWhitespace(text.charAt(i))) i++;
                int start = i;
                while (i < scan.end && Character.isLetter(text.charAt(i))) i++;
                if (i == start) {
                    if (i < scan.end && !Character.isWhitespace(text.charAt(i))) break; // a comma or stop ends its object
                    continue;
                }
                String w = ArabicNormalizer.normalize(text.substring(start, i));
                String role = DOUBTS.get(w);
                if ("blocks".equals(role)) break;
                if ("object".equals(role) || deathOfThoseTold(scan, start, text.substring(start, i))) return true;
            }
        }
        return false;
    }

    /** "مقتله"، "مقتلهم": a word of death from {@code start} that ends with a pronoun (as written: ة is no pronoun). */
    private static boolean deathOfThoseTold(SentenceScan scan, int start, String word) {
        if (!(word.endsWith("ه") || word.endsWith("ها") || word.endsWith("هم") || word.endsWith("هما"))) return false;
        for (int k = scan.firstMatchAtOrAfter(start); k < scan.matches.size() && scan.matches.get(k).start() == start; k++) {
            for (Term t : scan.matches.get(k).payloads()) {
                if (t instanceof Term.Casualty c && c.role() == Term.Role.KILLED && !c.weak()) return true;
            }
        }
        return false;
    }

    /** Where the words introducing a place mention begin: its clitic ب, or في, or في before a kind word. */
    private int introStart(Location l) {
        if (text.startsWith("ب", l.start())) return l.start();
        int prev = wordStartBefore(l.start());
        String w = wordBefore(l.start());
        if (w.equals("في") || w.startsWith("ب") && FeatureWords.announcesAName(w.substring(1))) return prev;
        return FeatureWords.announcesAName(w) && wordBefore(prev).equals("في") ? wordStartBefore(prev) : prev;
    }

    /** The dead from the sentence's start to {@code pos}, the i-th boundary, counted on first use. */
    private Integer deadUpTo(int i, int pos, Integer[] upTo, boolean[] counted, SentenceScan scan, ReportLayout.Sentence s,
                             Suppressed suppressed, DateParser.Result dp) {
        if (!counted[i]) {
            upTo[i] = killedBetween(scan, s.start(), pos, suppressed, dp);
            counted[i] = true;
        }
        return upTo[i];
    }

    /** The place mention right after the count, introduced by في or ب, or null. */
    private Location mentionAfterCount(SentenceScan scan, List<Location> all, int at, int next) {
        for (Location l : all) {
            if (l.start() <= at) continue;
            if (l.start() >= next || scan.wordDistance(at, l.start()) > COUNT_TO_PLACE_WORDS) return null;
            return introducedByIn(l) ? l : null;
        }
        return null;
    }

    /** The place mention that ends right before the bracket opening before {@code at} ("بنش (6)"), or null. */
    private Location placeBeforeBracket(List<Location> all, int at) {
        int i = at - 1;
        while (i > 0 && Character.isWhitespace(text.charAt(i))) i--;
        if (i <= 0 || text.charAt(i) != '(') return null;
        i--;
        while (i > 0 && Character.isWhitespace(text.charAt(i))) i--;
        for (Location l : all) if (l.end() == i + 1) return l;
        return null;
    }

    /** The event's place (as listed in it) that a mention names, or null. */
    private static Location theEventsPlace(EventDraft d, Location mention) {
        for (Location p : d.places) if (p.anchor().id().equals(mention.anchor().id())) return p;
        return null;
    }

    /**
     * "في دوما", "بدوما", "في بلدة سقبا", "ببلدة سقبا": the name carries the clitic ب, or the word before it is في, or
     * that word is a feature word announcing the name, itself after في or with the clitic ب.
     */
    private boolean introducedByIn(Location l) {
        if (text.startsWith("ب", l.start())) return true;
        String prev = wordBefore(l.start());
        if (prev.equals("في")) return true;
        if (prev.startsWith("ب") && FeatureWords.announcesAName(prev.substring(1))) return true;
        return FeatureWords.announcesAName(prev) && wordBefore(wordStartBefore(l.start())).equals("في");
    }

    /** A kind word that announces a name ("بلدة"), bare or with the clitic و or ب ("وبلدة", "ببلدة"). */
    private static boolean aKindWord(String w) {
        return FeatureWords.announcesAName(w)
                || w.length() > 2 && (w.startsWith("ب") || w.startsWith("و")) && FeatureWords.announcesAName(w.substring(1));
    }

    /** The whitespace-separated word that ends right before {@code pos} (spaces skipped), or "". */
    private String wordBefore(int pos) {
        int start = wordStartBefore(pos), end = pos;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        return text.substring(start, end);
    }

    /** Where the word that ends right before {@code pos} (spaces skipped) starts. */
    private int wordStartBefore(int pos) {
        int start = pos;
        while (start > 0 && Character.isWhitespace(text.charAt(start - 1))) start--;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) start--;
        return start;
    }

    /**
     * The end of a place's clause, taking in the clauses right after it that tell its outcome and name no place
     * ("... قرية الإمام، مما أدى إلى مقتل شخصين", "... قرية سوق وادي بردى، دون وقوع إصابات"; consequences.tsv).
     */
    private int withOutcomes(Clauses clauses, int to, int sentenceEnd, List<Location> places) {
        while (to < sentenceEnd) {
            int next = clauses.endOf(to, sentenceEnd);
            final int a = to;
            if (places.stream().anyMatch(o -> o.start() >= a && o.start() < next)) break;
            if (!opensWithAnOutcome(text.substring(to, next))) break;
            to = next;
        }
        return to;
    }

    private static boolean opensWithAnOutcome(String clause) {
        List<Token> toks = Tokenizer.tokenize(clause);
        if (toks.isEmpty()) return false;
        String first = ArabicNormalizer.normalize(toks.get(0).text());
        if (first.length() > 2 && first.startsWith("و") && !OUTCOMES.contains(first)) first = first.substring(1);
        String two = toks.size() > 1 ? first + " " + ArabicNormalizer.normalize(toks.get(1).text()) : "";
        return OUTCOMES.contains(first) || OUTCOMES.contains(two);
    }

    /**
     * The dead a clause adds to the count read from the sentence's start, when the clause alone counts none: "، و4 في
     * دارة عزة" continues the list of the clause before it, and only the count from the start sees that list.
     */
    private Integer addedBy(SentenceScan scan, int sentenceStart, int from, int to, Suppressed suppressed, DateParser.Result dp) {
        Integer before = killedBetween(scan, sentenceStart, from, suppressed, dp);
        Integer through = killedBetween(scan, sentenceStart, to, suppressed, dp);
        if (before == null || through == null || through <= before) return null;
        return through - before;
    }

    private Integer killedBetween(SentenceScan scan, int from, int to, Suppressed suppressed, DateParser.Result dp) {
        if (to <= from) return null;
        return CasualtyCounter.count(scan, from, to, suppressed.firstAtOrAfter(from), dp.usedNumberStarts(), topics).totalKilled();
    }

    /**
     * The stretches of a sentence that tell no incident. A habit ("في كل ليلة") covers the whole sentence; a running
     * total over months ("منذ بدء الضربات") its own clause; a statement, threat, plan or purpose cue ("حذر"، "بهدف")
     * its clause from the cue on. What lies outside them (a clash told after "بينما") is read as usual.
     */
    private Suppressed suppressed(ReportLayout.Sentence s, SentenceScan scan, DateParser.Result dp) {
        Suppressed out = new Suppressed();
        if (habitOnly(scan, dp)) {
            out.add(s.start(), s.end());
            return out;
        }
        Clauses clauses = null;
        for (TermMatcher.Match<Term> m : scan.matches) {
            for (Term t : m.payloads()) {
                if (!(t instanceof Term.Cue c)) continue;
                if (c.effect() == Term.CueEffect.UPDATE) {
                    if (clauses == null) clauses = scan.clauses();
                    runningTotal(s, scan, dp, clauses, m, out);
                    continue;
                }
                if (c.effect() == Term.CueEffect.ROUNDUP) {
                    if (clauses == null) clauses = scan.clauses();
                    int from = clauses.startOf(m.start(), s.start()), to = clauses.endOf(m.end(), s.end());
                    if (!anEventWordIn(scan, from, to, true)) out.add(from, to);
                    continue;
                }
                if (c.effect() == Term.CueEffect.BLAME) {
                    // told with the attack's dead after it, an accusation is the news of that attack; so it is with a
                    // count of its wounded ("اتهم ناشطون قوات النظام بإلقاء براميل على بلدة سرمين، ما أدى إلى إصابة 30 شخصا")
                    Tally told = CasualtyCounter.count(scan, m.end(), s.end(), Integer.MAX_VALUE, dp.usedNumberStarts(), topics);
                    Integer dead = told.totalKilled(), wounded = told.totalWounded();
                    if (dead != null && dead > 0 || wounded != null && wounded > 0) continue;
                    if (clauses == null) clauses = scan.clauses();
                    out.add(eventWordBefore(scan, m), clauses.endOf(m.end(), s.end()));
                    continue;
                }
                if (c.effect() == Term.CueEffect.RELEASE) {
                    detentionsAfter(scan, m.end(), s.end(), out);
                    continue;
                }
                if (c.effect() != Term.CueEffect.CUMULATIVE && c.effect() != Term.CueEffect.SUPPRESS) continue;
                if (c.effect() == Term.CueEffect.CUMULATIVE && scan.describesAPlace(m.start(), -1)) continue;
                if (clauses == null) clauses = scan.clauses();
                int from = c.effect() == Term.CueEffect.CUMULATIVE ? clauses.startOf(m.start(), s.start()) : eventWordBefore(scan, m);
                int to = clauses.endOf(m.end(), s.end());
                if (c.effect() == Term.CueEffect.SUPPRESS && betweenAnEventAndItsOutcome(scan, s, clauses, from, to, out)) out.addPassable(from, to);
                else out.add(from, to);
            }
        }
        pastOfItsOwn(s, scan, dp, out);
        return out;
    }

    /**
     * "تجدد القصف على بلدة الهبيط صباح اليوم، وهي البلدة التي قتل فيها 8 أطفال قبل شهرين"، "قتل 6 أشخاص في انفجار سيارة
     * مفخخة في مدينة أعزاز، وكان آخر تفجير في آذار الماضي وأودى بحياة 12 شخصا": a clause after the incident's that names
     * its own past time (a date over a month before the news) and an event word of its own tells background (a date
     * alone after a comma is the incident's, told late); its figures are neither added to the
     * incident's toll nor its toll. Its places, dates and event words are read as before (a date there is already not
     * the incident's: {@link #notTheIncidents}).
     */
    private void pastOfItsOwn(ReportLayout.Sentence s, SentenceScan scan, DateParser.Result dp, Suppressed out) {
        pastClauses = new Suppressed();
        Clauses clauses = null;
        for (DateMention d : dp.mentions()) {
            if (out.covers(d.start) || !history(d.resolve(today, contextDate))) continue;
            if (clauses == null) clauses = scan.clauses();
            int from = clauses.startOf(d.start, s.start());
            int to = clauses.endOf(d.start, s.end());
            // the clause tells something of its own: ", يوم 24 تموز الماضي" alone is the incident's date, told late
            if (from <= s.start() || !anEventWordIn(scan, from, to, false) || !anEventWordIn(scan, s.start(), from, false)
                    || anyDateIn(dp, s.start(), from, out)) continue;
            out.addNumbersOnly(from, to);
            pastClauses.add(from, to);
        }
    }

    /** A date mention in [from, to) that is not set aside: the clause before has a time of its own. */
    private boolean anyDateIn(DateParser.Result dp, int from, int to, Suppressed out) {
        for (DateMention d : dp.mentions()) {
            if (d.start >= from && d.start < to && !out.covers(d.start) && history(d.resolve(today, contextDate))) return true;
        }
        return false;
    }

    /**
     * "قتل 3 مدنيين في قصف على مدينة داريا، ليرتفع عدد ضحايا القصف منذ بداية الأسبوع إلى 19": a toll update in a clause
     * after the incident's own toll is a running total (of the week, the campaign, the region's day), not more dead of
     * this incident; its clause is held back, places and numbers, when the incident has a place of its own before it.
     * An update that opens the sentence ("ارتفعت حصيلة القتلى إلى 23") is the incident's new toll, as before.
     */
    private void runningTotal(ReportLayout.Sentence s, SentenceScan scan, DateParser.Result dp, Clauses clauses,
                              TermMatcher.Match<Term> cue, Suppressed out) {
        int from = clauses.startOf(cue.start(), s.start());
        if (from <= s.start()) return;
        int to = clauses.endOf(cue.end(), s.end());
        // "قتل 4 أشخاص ...، ثم ارتفعت الحصيلة إلى 6": the same incident's toll, later
        for (int later : scan.cuePositions(Term.CueEffect.LATER)) if (later >= from && later < to) return;
        if (namesNoWiderSet(scan, cue, to) && noTollToldBefore()) return;
        Integer before = CasualtyCounter.count(scan, s.start(), from, out.firstAtOrAfter(s.start()), dp.usedNumberStarts(), topics).totalKilled();
        if (before == null || before == 0) return;
        // "قتل سبعة مدنيين، ما يرفع عدد القتلى في بلدة تلبيسة ... إلى 26": the total's place is the incident's only one
        if (placesIn(s.start(), from).isEmpty()) out.addNumbersOnly(from, to);
        else out.add(from, to);
    }

    /**
     * "قتل 3 مدنيين في غارة على بلدة سرجة، وبذلك يرتفع عدد القتلى إلى 5"، "، وقال الدفاع المدني إن العدد ارتفع إلى سبعة":
     * an update that names no set of its own — between the cue and its figure only the dead's word ("القتلى") and إلى,
     * and after the figure no place, time or period — counts the only dead in view, the incident's. A running total
     * names what it sums up: "عدد ضحايا القصف منذ بداية الأسبوع"، "عدد القتلى في ريف حلب الشمالي اليوم".
     */
    private boolean namesNoWiderSet(SentenceScan scan, TermMatcher.Match<Term> cue, int to) {
        int figure = -1, at = cue.end();
        for (int k = scan.firstMatchAtOrAfter(cue.end()); k < scan.matches.size() && scan.matches.get(k).start() < to; k++) {
            TermMatcher.Match<Term> m = scan.matches.get(k);
            if (figure < 0) {
                if (!onlyToBetween(at, m.start())) return false;
                boolean number = false, toll = false;
                for (Term t : m.payloads()) {
                    number |= t instanceof Term.NumberWord;
                    toll |= t instanceof Term.Casualty c && c.role() == Term.Role.KILLED
                            || t instanceof Term.Cue q && q.effect() == Term.CueEffect.LATER;
                }
                if (number) figure = m.end();
                else if (!toll) return false;
                at = m.end();
                continue;
            }
            for (Term t : m.payloads()) if (timeOrPeriod(t)) return false;
        }
        return figure >= 0 && placesIn(figure, to).isEmpty();
    }

    /** Nothing but spaces, marks and the preposition إلى in [from, to). */
    private boolean onlyToBetween(int from, int to) {
        for (String w : WORDS_AND_PUNCTUATION.split(text.substring(from, Math.max(from, to)))) {
            if (!w.isEmpty() && !w.equals("إلى") && !w.equals("الى")) return false;
        }
        return true;
    }

    private static boolean timeOrPeriod(Term t) {
        return t instanceof Term.RelativeDays || t instanceof Term.RelativeMonth || t instanceof Term.Month
                || t instanceof Term.Weekday || t instanceof Term.Since || t instanceof Term.DatePart
                || t instanceof Term.Cue c && (c.effect() == Term.CueEffect.CUMULATIVE || c.effect() == Term.CueEffect.PERIOD
                || c.effect() == Term.CueEffect.DURATION || c.effect() == Term.CueEffect.ROUNDUP);
    }

    /** No event of the report before this sentence has a toll: a bare total after two tolls may sum them. */
    private boolean noTollToldBefore() {
        for (EventDraft d : drafts) if (d.tally.totalKilled() != null) return false;
        return true;
    }

    /**
     * "قصفت قوات النظام بلدة داريا بالبراميل تمهيدا لاقتحامها، ما أدى إلى مقتل خمسة مدنيين": a purpose or plan told
     * between an incident and the clause of its outcome (consequences.tsv) is an aside of that incident's sentence; the
     * toll of the outcome is the incident's. True when an event word before the stretch is not itself held back and
     * the clause right after the stretch opens with an outcome word. Not when the statement opens the sentence ("حذر
     * المرصد من قصف البلدة، ما قد يؤدي إلى ..."): no incident comes before it.
     */
    private boolean betweenAnEventAndItsOutcome(SentenceScan scan, ReportLayout.Sentence s, Clauses clauses, int from, int to,
                                                Suppressed before) {
        if (to >= s.end()) return false;
        boolean event = false;
        for (TermMatcher.Match<Term> m : scan.matches) {
            if (m.end() > from) break;
            event |= trigger(m) != null && !before.covers(m.start());
        }
        return event && opensWithAnOutcome(text.substring(to, clauses.endOf(to, s.end())));
    }

    /**
     * The stretches from an aside cue (cues.tsv) to the end of its clause, and from a locating clause right after a
     * place ("البلدة الواقعة على أطراف حمص") to the end of its: places there are no incident's.
     */
    private Suppressed aside(ReportLayout.Sentence s, SentenceScan scan) {
        Suppressed out = new Suppressed();
        List<Integer> cues = scan.cuePositions(Term.CueEffect.ASIDE);
        List<Integer> locating = scan.cuePositions(Term.CueEffect.LOCATES);
        if (!cues.isEmpty() || !locating.isEmpty()) {
            toClauseEnds(out, cues, s, scan);
            toClauseEnds(out, locating.stream().filter(at -> afterAPlace(s.start(), at) && !anAreaBetween(s.start(), at)).toList(), s, scan);
        }
        // after the asides: a place where people fled to is no other place that tells where the incident was
        origins(out, s, scan);
        return out;
    }

    /** A place from index {@code from} on, before the clause's end, finer than an area and not set aside: the target. */
    private static boolean aTargetFollows(List<Location> places, int from, int clauseEnd, Suppressed out) {
        for (int j = from; j < places.size() && places.get(j).start() < clauseEnd; j++) {
            Location l = places.get(j);
            if (!EventDraft.COARSE.contains(l.anchor().kind()) && !out.covers(l.start())) return true;
        }
        return false;
    }

    /** An event word or a word of the dead or wounded in [from, to). */
    private static boolean anEventOrCasualtyWordIn(SentenceScan scan, int from, int to) {
        if (anEventWordIn(scan, from, to, false)) return true;
        for (int k = scan.firstMatchAtOrAfter(from); k < scan.matches.size() && scan.matches.get(k).start() < to; k++) {
            for (Term t : scan.matches.get(k).payloads()) {
                if (t instanceof Term.Casualty c && (c.role() == Term.Role.KILLED || c.role() == Term.Role.WOUNDED)) return true;
            }
        }
        return false;
    }

    /** An event word (a strong one only, when asked) in [from, to). */
    private static boolean anEventWordIn(SentenceScan scan, int from, int to, boolean strongOnly) {
        for (int k = scan.firstMatchAtOrAfter(from); k < scan.matches.size() && scan.matches.get(k).start() < to; k++) {
            Term.Trigger t = trigger(scan.matches.get(k));
            if (t != null && (!strongOnly || t.strong())) return true;
        }
        return false;
    }

    /** Between an origin cue and its place at most a preposition and a kind word ("من مواقعها في مدينة مورك"). */
    private static final int ORIGIN_LEAD_WORDS = 2;
    /** "that" after a verb of saying: the words after it are what is told. */
    private static final Set<String> THAT = Set.of("إن", "أن", "بأن", "ان", "بان");
    /** Words that say where the fire went: a place after them is the target ("مصدرها حي جوبر على حي باب توما"). */
    private static final Set<String> TOWARDS = Set.of("على", "إلى", "الى", "باتجاه", "نحو", "ضد");

    /**
     * "قصفت قوات النظام من مواقعها في جبل الأكراد مدينة جسر الشغور": the places the fire came from (the place an origin
     * cue introduces, and those joined to it by و) are no incident's place; the target named after them is. Not in a
     * sentence that changes control: "انسحبت قوات النظام من مواقعها في بلدة X" happened in X. Likewise where the one
     * who tells is ("حسبما أفاد مراسل الجزيرة نت في إدلب"، "ناشط من مدينة معرة النعمان"), but only when the sentence
     * names another place: "قال ناشطون في دوما إن عشرة قتلوا" may tell of Douma itself.
     */
    private void origins(Suppressed out, ReportLayout.Sentence s, SentenceScan scan) {
        if (scan.cuePositions(Term.CueEffect.ORIGIN).isEmpty() && scan.cuePositions(Term.CueEffect.FIRED_FROM).isEmpty()
                && scan.cuePositions(Term.CueEffect.SPEAKER).isEmpty() && scan.cuePositions(Term.CueEffect.DESTINATION).isEmpty()
                && scan.cuePositions(Term.CueEffect.HOME).isEmpty() && scan.cuePositions(Term.CueEffect.DEPLOYED).isEmpty()
                && scan.cuePositions(Term.CueEffect.OUTLET).isEmpty()) return;
        boolean changesControl = false;
        for (TermMatcher.Match<Term> m : scan.matches) {
            Term.Trigger t = trigger(m);
            changesControl |= t != null && (t.control() != Term.Control.NONE || t.capture());
        }
        List<Location> places = placesIn(s.start(), s.end());
        List<int[]> speakers = new ArrayList<>();
        for (TermMatcher.Match<Term> cue : scan.matches) {
            Term.CueEffect kind = hasCue(cue, Term.CueEffect.OUTLET) ? Term.CueEffect.OUTLET
                    : hasCue(cue, Term.CueEffect.SPEAKER) ? Term.CueEffect.SPEAKER
                    : hasCue(cue, Term.CueEffect.FIRED_FROM) ? Term.CueEffect.FIRED_FROM
                    : hasCue(cue, Term.CueEffect.ORIGIN) ? Term.CueEffect.ORIGIN
                    : hasCue(cue, Term.CueEffect.DESTINATION) ? Term.CueEffect.DESTINATION
                    : hasCue(cue, Term.CueEffect.HOME) ? Term.CueEffect.HOME
                    : hasCue(cue, Term.CueEffect.DEPLOYED) ? Term.CueEffect.DEPLOYED : null;
            // a withdrawal "from its positions in X" happened in X; forces sent to X went there whatever else changed hands
            if (kind == null || changesControl && (kind == Term.CueEffect.ORIGIN || kind == Term.CueEffect.FIRED_FROM
                    || kind == Term.CueEffect.DEPLOYED)) continue;
            int clauseEnd = scan.clauses().endOf(cue.start(), s.end());
            int k = 0;
            while (k < places.size() && places.get(k).start() < cue.end()) k++;
            if (k == places.size() || places.get(k).start() >= clauseEnd) continue;
            if (kind == Term.CueEffect.OUTLET) {
                // "أفادت شبكة دير الزور 24": the town is in the outlet's name, whatever else the sentence names
                if (outletsName(cue, places.get(k))) out.add(cue.start(), places.get(k).end());
                continue;
            }
            if (!introduces(cue.end(), places.get(k).start(), kind)) continue;
            // "أفاد ناشطون بمقتل سبعة مدنيين في بلدة سرمين": an event or casualty word between the teller and the place
            // begins what is told, as "إن" does; the place is the incident's, not where the activists are
            if (kind == Term.CueEffect.SPEAKER && anEventOrCasualtyWordIn(scan, cue.end(), places.get(k).start())) continue;
            // what is sent may be the attack itself ("أرسلت الفصائل سيارة مفخخة إلى بلدة X")
            if (kind == Term.CueEffect.DESTINATION && anEventWordIn(scan, cue.end(), places.get(k).start(), false)) continue;
            int to = places.get(k).end();
            while (k + 1 < places.size() && places.get(k + 1).start() < clauseEnd && joinedByAnd(to, places.get(k + 1).start())) {
                to = places.get(++k).end();
            }
            // "عائلة نازحة من تدمر إلى مدينة حمص": where the displaced came from and where they went, their way
            if (kind == Term.CueEffect.HOME && k + 1 < places.size() && places.get(k + 1).start() < clauseEnd
                    && wentTo(to, places.get(k + 1).start())) {
                to = places.get(++k).end();
                while (k + 1 < places.size() && places.get(k + 1).start() < clauseEnd && joinedByAnd(to, places.get(k + 1).start())) {
                    to = places.get(++k).end();
                }
            }
            // where one who tells is, or where one killed came from, is dropped only if another place tells where it happened
            if (kind == Term.CueEffect.SPEAKER || kind == Term.CueEffect.HOME) speakers.add(new int[]{cue.start(), to});
            else if (kind != Term.CueEffect.DEPLOYED || aTargetFollows(places, k + 1, clauseEnd, out)) out.add(cue.start(), to);
        }
        for (int[] r : speakers) {
            boolean another = places.stream().anyMatch(l -> (l.start() < r[0] || l.start() >= r[1]) && !out.covers(l.start())
                    && speakers.stream().noneMatch(o -> l.start() >= o[0] && l.start() < o[1]));
            if (another) out.add(r[0], r[1]);
        }
    }

    /**
     * Between the cue's end and the place, no word saying where the fire went, and at most a preposition and a kind
     * word ("من مواقعها في مدينة مورك"), or a few words that end in في ("مصدرها مواقع الفصائل في حي الراشدين"); not the
     * object told after other words ("من مواقعها بالمدفعية الثقيلة بلدة اللطامنة"). After a fired-from cue only a
     * place a few words on after من: "أطلقها مسلحون من حي الوعر". After a speaker, one after في or من: "مراسل الجزيرة
     * نت في إدلب", "ناشط من مدينة معرة النعمان".
     */
    private boolean introduces(int cueEnd, int place, Term.CueEffect kind) {
        String[] words = SPACES.split(text.substring(cueEnd, place).strip());
        if (kind == Term.CueEffect.DESTINATION) return sentTo(words);
        int n = 0;
        boolean nearPreposition = false;
        for (String w : words) {
            if (w.isEmpty()) continue;
            if (TOWARDS.contains(w)) return false;
            // what is told has begun: "قال ناشطون إن خمسة قتلوا في بلدة X" tells of X, it does not place the activists
            if (kind == Term.CueEffect.SPEAKER && THAT.contains(w)) return false;
            n++;
        }
        for (int i = Math.max(0, words.length - ORIGIN_LEAD_WORDS); i < words.length; i++) {
            String w = words[i];
            nearPreposition |= kind == Term.CueEffect.FIRED_FROM || kind == Term.CueEffect.HOME ? w.equals("من")
                    : kind == Term.CueEffect.SPEAKER ? w.equals("في") || w.equals("من") : w.equals("في");
        }
        boolean shortLead = (kind == Term.CueEffect.ORIGIN || kind == Term.CueEffect.HOME || kind == Term.CueEffect.DEPLOYED)
                && n <= ORIGIN_LEAD_WORDS && onlyPrepositionsAndKindWords(words)
                // "وفق مديرية صحة حلب الحرة": an office named after its town
                || kind == Term.CueEffect.SPEAKER && n == 0;
        return shortLead || nearPreposition && n <= ORIGIN_PHRASE_WORDS;
    }

    /**
     * "من مواقعها في مدينة مورك": a preposition and a kind word lead to the place. Another word is a name the gazetteer
     * does not hold ("من حاجز الرحبة بلدة حيان": the checkpoint is al-Rahba, the town after it is the target).
     */
    private static boolean onlyPrepositionsAndKindWords(String[] words) {
        for (String w : words) {
            if (w.isEmpty() || w.equals("في") || w.equals("من") || aKindWord(w)) continue;
            return false;
        }
        return true;
    }

    /** The longest source phrase read: "مصدرها مواقع قوات النظام في حي X". */
    private static final int ORIGIN_PHRASE_WORDS = 6;
    /** The longest dispatch phrase read: "استقدمت قوات النظام مئات العناصر من الميليشيات الإيرانية إلى جبهات X". */
    private static final int DESTINATION_PHRASE_WORDS = 9;
    /** Between the word saying where to and the place at most a locator and a kind word ("إلى محيط بلدة X"). */
    private static final int DESTINATION_LEAD_WORDS = 3;
    /** Words that say where forces were sent. */
    private static final Set<String> SENT_TO = Set.of("إلى", "الى", "باتجاه", "نحو");

    private static final Set<String> TELLERS = LexiconFile.normalizedWords("tellers.tsv");

    /**
     * The place right after an outlet's word is in the outlet's name: nothing between them, and a word of telling right
     * before the outlet's word ("أفادت شبكة"، "بحسب موقع"; tellers.tsv) or a figure right after the name ("دير الزور 24").
     */
    private boolean outletsName(TermMatcher.Match<Term> cue, Location place) {
        if (!text.substring(cue.end(), place.start()).isBlank()) return false;
        if (TELLERS.contains(ArabicNormalizer.normalize(wordBefore(cue.start())))) return true;
        int i = place.end();
        while (i < text.length() && text.charAt(i) == ' ') i++;
        return i < text.length() && Character.isDigit(text.charAt(i));
    }

    /** Between two places only a word saying where to and at most a kind word: "من تدمر إلى مدينة حمص". */
    private boolean wentTo(int from, int to) {
        String[] words = SPACES.split(text.substring(from, to).strip());
        if (words.length == 0 || words.length > 2 || !SENT_TO.contains(words[0])) return false;
        return words.length == 1 || aKindWord(words[1]);
    }

    /**
     * After a dispatch cue: a word saying where to among the last three before the place ("إلى مدينة محردة", "إلى محيط
     * بلدة X"), within a few words. A place named without it is not where the forces went ("أرسلت الفصائل مقاتلين
     * هاجموا بلدة X" is at X).
     */
    private static boolean sentTo(String[] words) {
        int n = 0;
        for (String w : words) if (!w.isEmpty()) n++;
        if (n > DESTINATION_PHRASE_WORDS) return false;
        for (int i = Math.max(0, words.length - DESTINATION_LEAD_WORDS); i < words.length; i++) {
            if (SENT_TO.contains(words[i])) return true;
        }
        return false;
    }

    /**
     * The next place is one more item of a list joined by و: nothing but "و" between, or one word that begins with it
     * ("من حواجز الحوش وخدام وقلعة التل"). A word of another kind ("جبل الأكراد مدينة جسر الشغور", "على") ends the list.
     */
    private boolean joinedByAnd(int from, int to) {
        String between = text.substring(from, Math.max(from, to)).strip();
        if (between.isEmpty() || between.equals("و")) return true;
        return between.charAt(0) == 'و' && between.chars().noneMatch(Character::isWhitespace);
    }

    /**
     * "في المنطقة الواقعة بين بلدتي مورك وكفرزيتا": an area named only by a feature word and located between two places
     * is the incident's place, and the two places say where it is (the gazetteer's "between" relation); not a town
     * already named and located by others ("مورك الواقعة بين حماة وإدلب" still locates).
     */
    private boolean anAreaBetween(int sentenceStart, int at) {
        int i = at;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) i++;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        if (!text.startsWith("بين", i)) return false;
        int from = Math.max(sentenceStart, at - LOCATED_LOOKBACK);
        for (Location l : placesIn(from, at)) if (l.end() >= at - 2) return false;
        return true;
    }

    /** The stretches from a charge cue (cues.tsv: "بتهمة", "بحجة") to the end of its clause: no party is named there. */
    private Suppressed charges(ReportLayout.Sentence s, SentenceScan scan) {
        Suppressed out = new Suppressed();
        List<Integer> cues = scan.cuePositions(Term.CueEffect.CHARGE);
        if (!cues.isEmpty()) toClauseEnds(out, cues, s, scan);
        return out;
    }

    /** Adds the stretch from each cue to the end of its clause. */
    private void toClauseEnds(Suppressed out, List<Integer> cues, ReportLayout.Sentence s, SentenceScan scan) {
        Clauses clauses = scan.clauses();
        for (int at : cues) out.add(at, clauses.endOf(at, s.end()));
    }

    /**
     * A place right after a word of holding ("المناطق التي تسيطر عليها دمشق", "الخاضعة لسيطرة دمشق") names the
     * holder: a capital standing for its government, not a place of the incident.
     */
    private static boolean holder(SentenceScan scan, int[] holdingEnds, int start) {
        return holder(scan, holdingEnds, start, 1);
    }

    /**
     * As above, with up to {@code maxWords} words from the word of holding to the name: an actor's name may follow a
     * word for its men ("يسيطر عليها تنظيم داعش", "عناصر داعش", "مسلحو النصرة").
     */
    private static boolean holder(SentenceScan scan, int[] holdingEnds, int start, int maxWords) {
        int i = java.util.Arrays.binarySearch(holdingEnds, start);
        int at = i >= 0 ? i : -i - 2; // the last end at or before the name
        return at >= 0 && scan.wordDistance(holdingEnds[at], start) <= maxWords;
    }

    /** The ends of the sentence's words of holding (state cues), in order. */
    private static int[] holdingEnds(SentenceScan scan) {
        List<Integer> starts = scan.cuePositions(Term.CueEffect.STATE);
        if (starts.isEmpty()) return new int[0];
        List<Integer> ends = new ArrayList<>();
        for (int k = scan.firstMatchAtOrAfter(starts.get(0)); k < scan.matches.size(); k++) {
            TermMatcher.Match<Term> m = scan.matches.get(k);
            for (Term t : m.payloads()) if (t instanceof Term.Cue c && c.effect() == Term.CueEffect.STATE) ends.add(m.end());
        }
        return ends.stream().mapToInt(Integer::intValue).toArray();
    }

    /** How far back (in characters) a locating clause looks for the place it locates. */
    private static final int LOCATED_LOOKBACK = 60;
    /** Relative pronouns between a place and its locating verb ("البحصة والتي تبعد"). */
    private static final Set<String> RELATIVES = Set.of("التي", "الذي", "والتي", "والذي", "اللتين", "اللذين", "اللذان", "اللتان");

    /**
     * True when the word before {@code at} (past a relative pronoun and brackets) ends a place mention, or is a
     * feature word with the article standing for a place told before ("البلدة", "القرية", "القريتين").
     */
    private boolean afterAPlace(int sentenceStart, int at) {
        int from = Math.max(sentenceStart, at - LOCATED_LOOKBACK);
        List<Token> toks = Tokenizer.tokenize(text.substring(from, at));
        int k = toks.size() - 1;
        while (k >= 0 && RELATIVES.contains(ArabicNormalizer.normalize(toks.get(k).text()))) k--;
        if (k < 0) return false;
        Token last = toks.get(k);
        int wordStart = from + last.start(), wordEnd = from + last.end();
        for (Location l : placesIn(from, at)) if (l.end() > wordStart && l.end() <= wordEnd + 1) return true;
        return FeatureWords.isDefinite(last.text());
    }

    /**
     * Where a suppress cue's reach starts: at the cue, or at the event word right before it when the cue qualifies
     * that word ("المعركة المرتقبة", "هجوم محتمل": the expected battle, a possible attack).
     */
    private static int eventWordBefore(SentenceScan scan, TermMatcher.Match<Term> cue) {
        int from = cue.start();
        for (TermMatcher.Match<Term> m : scan.matches) {
            if (m.end() > cue.start()) break;
            if (trigger(m) != null && scan.wordDistance(m.end(), cue.start()) <= 1) from = m.start();
        }
        return from;
    }

    /** Character ranges of a sentence that hold no incident. */
    /**
     * The casualties told in [from, to) up to the first suppressed stretch; a stretch holding {@code from} is stepped
     * over, not a stop: in "قتل 300 مدني منذ بداية العام، فيما قتل اليوم ثلاثة" the running total's clause opens the
     * sentence and today's toll follows it.
     */
    private Tally countAfter(SentenceScan scan, int from, int to, Suppressed suppressed, DateParser.Result dp) {
        return countAfter(scan, from, to, suppressed, dp, from);
    }

    /**
     * As above; stretches held back that end before the incident's first event word are stepped over too: "في ذكرى
     * مجزرة الحولة، قتل اليوم طفلان في قصف على بلدة تلدو" opens with an anniversary, and today's toll follows it.
     */
    private Tally countAfter(SentenceScan scan, int from, int to, Suppressed suppressed, DateParser.Result dp, int eventWord) {
        int start = suppressed.endOfStretchHolding(from);
        for (int next = suppressed.firstAtOrAfter(start); next < eventWord && next < to; next = suppressed.firstAtOrAfter(start)) {
            int end = suppressed.endOfStretchHolding(next);
            if (end > eventWord || end <= start) break;
            start = end;
        }
        return CasualtyCounter.count(scan, start, to, suppressed.firstAtOrAfter(start), dp.usedNumberStarts(), topics);
    }

    private static final class Suppressed {
        private final List<int[]> ranges = new ArrayList<>(2);
        /** Stretches a toll is read across (an aside between an incident and its outcome); they hold no event. */
        private final List<int[]> passable = new ArrayList<>(0);
        /** Stretches whose numbers are no toll, though their places, dates and event words are read (a running total). */
        private final List<int[]> numbersOnly = new ArrayList<>(0);

        void add(int from, int to) {
            ranges.add(new int[]{from, to});
        }

        void addNumbersOnly(int from, int to) {
            add(from, to);
            numbersOnly.add(ranges.get(ranges.size() - 1));
        }

        void addPassable(int from, int to) {
            add(from, to);
            passable.add(ranges.get(ranges.size() - 1));
        }

        boolean covers(int pos) {
            for (int i = 0; i < ranges.size(); i++) {
                int[] r = ranges.get(i);
                if (pos >= r[0] && pos < r[1] && !numbersOnly.contains(r)) return true;
            }
            return false;
        }

        /** These stretches and the other's together. */
        Suppressed plus(Suppressed other) {
            if (other.ranges.isEmpty()) return this;
            Suppressed both = new Suppressed();
            both.ranges.addAll(ranges);
            both.ranges.addAll(other.ranges);
            both.passable.addAll(passable);
            both.passable.addAll(other.passable);
            both.numbersOnly.addAll(numbersOnly);
            both.numbersOnly.addAll(other.numbersOnly);
            return both;
        }

        /** {@code pos}, or past the end of the stretches that hold it (one after another). */
        int endOfStretchHolding(int pos) {
            boolean moved = true;
            while (moved) {
                moved = false;
                for (int[] r : ranges) {
                    if (pos >= r[0] && pos < r[1]) {
                        pos = r[1];
                        moved = true;
                    }
                }
            }
            return pos;
        }

        /** The first suppressed position at or after {@code pos} (or inside a range holding it), else MAX_VALUE. */
        int firstAtOrAfter(int pos) {
            int best = Integer.MAX_VALUE;
            for (int[] r : ranges) {
                if (r[1] <= pos || passable.contains(r)) continue;
                best = Math.min(best, Math.max(r[0], pos));
            }
            return best;
        }
    }

    private List<Group> groupTriggers(SentenceScan scan, Suppressed suppressed, int attemptAt, List<Location> places) {
        List<TermMatcher.Match<Term>> found = new ArrayList<>();
        boolean air = false;
        boolean strong = false;
        boolean shelling = false;
        boolean suicide = false;
        List<Integer> foils = scan.cuePositions(Term.CueEffect.FOILS);
        for (TermMatcher.Match<Term> m : scan.matches) {
            Term.Trigger t = trigger(m);
            if (t == null || suppressed.covers(m.start()) || foiled(scan, foils, m, t)) continue;
            if (t.subType() == SubEventType.AIR_DRONE_STRIKE) air = true;
            if (t.subType() == SubEventType.SUICIDE_BOMB) suicide = true;
            if (t.subType() == SubEventType.SHELLING_ARTILLERY_MISSILE) shelling = true;
            if (t.control() != Term.Control.NONE && m.start() >= attemptAt) continue; // an attempt changes no control
            found.add(m);
            strong |= t.strong();
        }
        for (TermMatcher.Match<Term> m : Downings.in(scan, chars, lex)) {
            if (suppressed.covers(m.start())) continue;
            found.add(m);
            strong = true;
        }
        found.sort(java.util.Comparator.comparingInt(TermMatcher.Match::start));
        if (shelling && !air) air = !lex.airContext.find(chars, scan.start, scan.end).isEmpty();
        // "قتل خمسة مدنيين جراء استهداف الطيران المروحي بلدة كفر داعل": with no strong event word, a word of attack
        // (targeting, aircraft, rockets) outranks a bare killing word, as a strong word does: the dead are the
        // attack's toll, not a second incident, an armed clash, beside it.
        boolean weakAttack = false;
        for (TermMatcher.Match<Term> m : found) weakAttack |= attackWord(trigger(m));
        // An event word right after "أو" is a possibility: that kind of event is not reported as having happened.
        java.util.Set<String> alternatives = new java.util.HashSet<>();
        List<Integer> orAt = scan.cuePositions(Term.CueEffect.ALTERNATIVE);
        for (TermMatcher.Match<Term> m : found) {
            for (int o : orAt) if (o < m.start() && scan.wordDistance(o, m.start()) <= 1) alternatives.add(keyOf(trigger(m), air, suicide));
        }
        // "بالقذائف أو الغارات": the word before "أو" is a possibility too, when the one after it is
        if (!alternatives.isEmpty()) {
            for (TermMatcher.Match<Term> m : found) {
                for (int o : orAt) if (m.end() <= o && scan.wordDistance(m.end(), o) <= 1) alternatives.add(keyOf(trigger(m), air, suicide));
            }
        }
        Map<String, Group> byKey = new LinkedHashMap<>();
        List<Object[]> runs = new ArrayList<>(); // [group, start of its first trigger, end of its last trigger]
        Group last = null;
        Clauses clauses = found.size() > 1 ? scan.clauses() : null;
        for (TermMatcher.Match<Term> m : found) {
            Term.Trigger t = trigger(m);
            if (strong && !t.strong()) continue;
            if (weakAttack && killingWord(t)) continue;
            String key = keyOf(t, air, suicide);
            if (alternatives.contains(key)) continue;
            Group g = byKey.computeIfAbsent(key, Group::new);
            g.triggers.add(m);
            g.strong |= t.strong();
            // the same kind of event again after a clause-opening word may be a second incident (see below)
            boolean reopened = g == last && !definite(m.start())
                    && clauses.lastOpenerBetween((int) runs.get(runs.size() - 1)[2], m.start()) >= 0;
            if (g != last || reopened) runs.add(new Object[]{g, m.start(), m.end()});
            else runs.get(runs.size() - 1)[2] = m.end();
            last = g;
        }
        // A run starts at its first event word, or earlier, at the clause-opening word ("بينما", "في وقت") that
        // begins its report when one lies after the previous run's last event word: "بينما قتل قائد ... خلال
        // اشتباكات في تل حمكي" tells the toll and the subject before the clash word, and they are the clash's.
        int[] starts = new int[runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            if (i == 0) { starts[i] = scan.start; continue; }
            int at = (int) runs.get(i)[1];
            int opener = clauses.lastOpenerBetween((int) runs.get(i - 1)[2], at);
            starts[i] = opener >= 0 ? opener : at;
        }
        // "قتل 8 في غارات على حاس وكفرنبل، في حين قتل شخصان في قصف على أريحا": a run of the same kind as an
        // earlier one that opens its own clause ("في حين", "بينما", "كما") with an indefinite event word and a
        // place of its own is a second incident with its own toll, not more of the first (whose toll would be
        // shared out among both). With the article the word points back ("كما أسفرت الاشتباكات عن مقتل 10":
        // the clashes just told), and without a place the clause tells more of the same incident.
        List<Group> out = new ArrayList<>(byKey.values());
        Map<Group, Group> latest = new HashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            Group g = (Group) runs.get(i)[0];
            Group target = latest.getOrDefault(g, g);
            boolean opensClause = i > 0 && starts[i] != (int) runs.get(i)[1];
            int to = i + 1 < runs.size() ? starts[i + 1] : scan.end;
            if (opensClause && latest.containsKey(g) && !definite((int) runs.get(i)[1]) && placeBetween(places, starts[i], to)) {
                target = new Group(g.key);
                out.add(target);
            }
            if (target != g) { // the run's event words go with the incident it tells
                int from = (int) runs.get(i)[1], until = (int) runs.get(i)[2];
                for (java.util.Iterator<TermMatcher.Match<Term>> it = g.triggers.iterator(); it.hasNext(); ) {
                    TermMatcher.Match<Term> m = it.next();
                    if (m.start() >= from && m.end() <= until) {
                        target.triggers.add(m);
                        target.strong |= trigger(m).strong();
                        it.remove();
                    }
                }
                g.strong = g.triggers.stream().anyMatch(m -> trigger(m).strong());
            }
            latest.put(g, target);
            target.ranges.add(new int[]{starts[i], to});
        }
        return out;
    }

    /** A foiling verb reaches the bomb this many words after it: "أحبطت وحدات حماية الشعب تفجير سيارة مفخخة". */
    private static final int FOILED_WORDS = 6;

    /** A bomb word a few words after a foiling cue in its clause ("ضبطت الشرطة سيارة مفخخة"): it did not go off. */
    private static boolean foiled(SentenceScan scan, List<Integer> foils, TermMatcher.Match<Term> m, Term.Trigger t) {
        if (foils.isEmpty() || t.subType() != SubEventType.REMOTE_EXPLOSIVE && t.subType() != SubEventType.SUICIDE_BOMB) return false;
        for (int at : foils) {
            if (at < m.start() && scan.wordDistance(at, m.start()) <= FOILED_WORDS && scan.clauses().endOf(at, scan.end) > m.start()) return true;
        }
        return false;
    }

    /** A foreign country or city (foreign_names.tsv) in one of the group's stretches. */
    private boolean abroad(Group g) {
        for (int[] r : g.ranges) {
            if (ForeignNames.anyIn(text, r[0], r[1])) return true;
        }
        return false;
    }

    /** A "without fighting" cue (cues.tsv) in the group's stretch, after its first event word. */
    private static boolean peaceful(Group g, SentenceScan scan) {
        int first = g.triggers.get(0).start();
        for (int at : scan.cuePositions(Term.CueEffect.PEACEFUL)) if (at > first && g.covers(at)) return true;
        return false;
    }

    /** The word at {@code pos} carries the article, after clitics (القصف، والاشتباكات، بالغارات، للقصف). */
    private boolean definite(int pos) {
        int start = pos;
        while (start > 0 && Character.isLetter(chars[start - 1])) start--;
        String w = new String(chars, start, Math.min(chars.length - start, 6));
        for (String p : DEFINITE_OPENINGS) if (w.startsWith(p)) return true;
        return false;
    }

    private static final List<String> DEFINITE_OPENINGS = List.of("ال", "وال", "فال", "بال", "وبال", "لل", "ولل", "كال");

    private static boolean placeBetween(List<Location> places, int from, int to) {
        for (Location l : places) if (l.start() >= from && l.start() < to) return true;
        return false;
    }

    /** A weak word of fire from afar: targeting, aircraft, rockets, artillery (triggers.tsv). */
    private static boolean attackWord(Term.Trigger t) {
        return !t.strong() && t.control() == Term.Control.NONE
                && (t.subType() == SubEventType.SHELLING_ARTILLERY_MISSILE || t.subType() == SubEventType.AIR_DRONE_STRIKE);
    }

    /**
     * A weak killing word ("قتل", "مقتل": an armed clash; "مجزرة": an attack on civilians) of that kind only when
     * nothing else says how they died.
     */
    private static boolean killingWord(Term.Trigger t) {
        return !t.strong() && t.control() == Term.Control.NONE && !t.capture()
                && (t.subType() == SubEventType.ARMED_CLASH || t.subType() == SubEventType.ATTACK);
    }

    private static String keyOf(Term.Trigger t, boolean air, boolean suicide) {
        if (t.capture()) return "CAPTURE";
        if (t.subType() == null) return "LOSS";
        // "فجر انتحاري سيارة مفخخة عند حاجز": the car bomb is the suicide bomber's, one incident
        if (suicide && t.subType() == SubEventType.REMOTE_EXPLOSIVE) return SubEventType.SUICIDE_BOMB.name();
        // "قصف" in a sentence of aircraft is their bombing; a shell or a mortar round is fired from the ground
        if (air && t.subType() == SubEventType.SHELLING_ARTILLERY_MISSILE && !t.ground()) return SubEventType.AIR_DRONE_STRIKE.name();
        return t.subType().name();
    }

    private SubEventType subTypeOf(Group g, SentenceScan scan, List<String> actors) {
        // "قتل 18 جراء سقوط صاروخ على حي المغاير": a killing with only weak words and a projectile in its stretch
        // was fired, not fought at close range
        if (g.key.equals(SubEventType.ARMED_CLASH.name()) && !g.strong && fired(g)) {
            return lex.airContext.find(chars, scan.start, scan.end).isEmpty()
                    ? SubEventType.SHELLING_ARTILLERY_MISSILE : SubEventType.AIR_DRONE_STRIKE;
        }
        if ((g.key.equals("CAPTURE") || g.key.equals("LOSS")) && peaceful(g, scan)) return SubEventType.NON_VIOLENT_TRANSFER;
        if (!g.key.equals("CAPTURE")) return SubEventType.valueOf(g.key);
        String taker = claimActor(scan, g.triggers.get(0), actors);
        return taker != null && lex.actors.isGovernment(taker)
                ? SubEventType.GOVERNMENT_REGAINS_TERRITORY : SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY;
    }

    /** A projectile word (projectiles.tsv) in one of the group's stretches. */
    private boolean fired(Group g) {
        for (int[] r : g.ranges) if (!lex.projectiles.find(chars, r[0], r[1]).isEmpty()) return true;
        return false;
    }

    private void addClaims(SentenceScan scan, TermMatcher.Match<Term> tm, Term.Trigger t, Group g, List<Location> gp,
                           List<String> actors, DateRange date, int objectsEnd) {
        String actor = claimActor(scan, tm, actors);
        if (actor == null) return;
        List<Location> objects = new ArrayList<>();
        for (Location l : gp) {
            // "بين بلدات نوى وجاسم" locates the object; it is not itself taken.
            boolean locator = l.relation() != null && l.relation().startsWith("between");
            if (!locator && l.start() >= tm.start() && l.start() < objectsEnd && g.covers(l.start())) objects.add(l);
        }
        if (objects.isEmpty()) {
            objects = new ArrayList<>(gp);
            objects.removeIf(l -> l.relation() != null && l.relation().startsWith("between"));
        }
        // A governorate says little about who holds what once a place inside it is named.
        if (objects.stream().anyMatch(l -> !EventDraft.ADMIN.contains(l.anchor().kind()))) {
            objects.removeIf(l -> EventDraft.ADMIN.contains(l.anchor().kind()));
        }
        for (Location l : objects) {
            // This sentence's claims are the list's tail (sentences are read in order): only they can repeat.
            boolean known = false;
            for (int i = claims.size() - 1; i >= 0 && !known && claims.get(i).charStart() == scan.start; i--) {
                ControlClaim c = claims.get(i);
                known = c.actorId().equals(actor) && c.place().placeId().equals(l.anchor().id()) && c.gained() == (t.control() == Term.Control.GAIN);
            }
            if (known) continue;
            claims.add(new ControlClaim(EventDraft.toPlace(l), actor, t.control() == Term.Control.GAIN, date,
                    scan.sentence(), scan.start, scan.end));
        }
    }

    /**
     * Presence ({@link PresenceReader}): "مواقع للنظام في محيط السخنة" gives a claim that the regime holds al-Sukhnah,
     * dated like the sentence's event: a state, stored as a gain (the control model's "latest claim decides" reads it
     * as "holds from then on").
     * <p>Not from: headings; text after a suppress cue (statements, warnings, accusations, purposes); posts after a
     * control change in the sentence (the posts were taken: "سيطر التنظيم على حواجز لقوات النظام") or at a place the
     * sentence says changed hands; former posts ("مواقع النظام السابقة"); civilians; coarse places (regions, districts).
     * A habit ("يهاجم في كل ليلة مواقع للنظام في محيط السخنة") makes no incident, but it does say who holds the
     * positions, so it gives a claim, dated like the report's recent days.
     */
    private void addPresenceClaims(ReportLayout.Sentence s, SentenceScan scan, PresenceReader presence, List<Group> groups,
                                   Map<Group, DateRange> groupDates, Map<DateMention, DateRange> dates, List<Integer> backgrounds,
                                   int attemptAt) {
        if (presence == null) return;
        // nor in what a statement, an accusation or a condemnation says
        int stop = Math.min(firstCue(scan, Term.CueEffect.SUPPRESS, s.end()), firstCue(scan, Term.CueEffect.BLAME, s.end()));
        List<Location> sentencePlaces = placesIn(s.start(), Math.min(s.end(), stop));
        if (sentencePlaces.isEmpty()) return;
        int changeAt = Integer.MAX_VALUE;
        for (TermMatcher.Match<Term> m : scan.matches) {
            Term.Trigger t = trigger(m);
            if (t != null && t.control() != Term.Control.NONE && m.start() < attemptAt) {
                changeAt = m.start();
                break;
            }
        }
        // places this sentence says changed hands: that claim, not the positions, tells who holds them
        Set<String> taken = new HashSet<>();
        for (int i = claims.size() - 1; i >= 0 && claims.get(i).charStart() == scan.start; i--) taken.add(claims.get(i).place().placeId());
        Set<String> added = new HashSet<>();
        for (PresenceReader.Found f : presence.find(sentencePlaces, stop, changeAt)) {
            String actor = actorOf(f.owner());
            if (lex.actors.get(actor).kind() == Actors.Kind.CIVILIAN) continue;
            DateRange date = presenceDate(f.postStart(), groups, groupDates, dates, backgrounds, s.paragraph());
            for (Location l : f.places()) {
                String id = l.anchor().id();
                if (EventDraft.COARSE.contains(l.anchor().kind()) || taken.contains(id) || !added.add(actor + "|" + id)) continue;
                claims.add(new ControlClaim(EventDraft.toPlace(l), actor, true, date, scan.sentence(), scan.start, scan.end));
            }
        }
    }

    private DateRange presenceDate(int pos, List<Group> groups, Map<Group, DateRange> groupDates, Map<DateMention, DateRange> dates,
                                   List<Integer> backgrounds, int paragraph) {
        for (Group g : groups) if (g.covers(pos)) return groupDates.get(g);
        if (!groups.isEmpty()) return groupDates.get(groups.get(0));
        for (Map.Entry<DateMention, DateRange> e : dates.entrySet()) {
            if (!inBackground(backgrounds, pos, e.getKey().start)) return e.getValue();
        }
        return inheritedDate(paragraph);
    }

    /** Who takes or leaves: the actor right after the verb (Arabic puts the subject after it), else the nearest one before. */
    private String claimActor(SentenceScan scan, TermMatcher.Match<Term> tm, List<String> fallback) {
        String before = null;
        Set<String> opponents = new HashSet<>(), named = new HashSet<>();
        for (TermMatcher.Match<Term> m : scan.matches) {
            String id = actorOf(m);
            // "هاجم التنظيم مواقع للنظام ... وسيطر عليها": the posts' owner is what was taken from, not who took
            if (id == null || postOwners.contains(m.start()) || notParties.covers(m.start())) continue;
            // "سيطر التنظيم على القريتين بعد معارك مع قوات النظام": the side fought "with" took nothing; nor the side
            // driven "out of it" ("بعد طرد تنظيم داعش منها")
            if (OPPONENT_WORDS.contains(wordBefore(m.start())) || drivenOut(m)) {
                opponents.add(id);
                continue;
            }
            named.add(id);
            if (m.start() < tm.start()) before = id;
            else if (scan.wordDistance(tm.end(), m.start()) <= CLAIM_SUBJECT_AFTER_WORDS) return id;
            else break;
        }
        if (before != null) return before;
        for (String id : fallback) if (named.contains(id) || !opponents.contains(id)) return id;
        return null;
    }

    /** Words after an actor that say it was driven out: "طرد تنظيم داعش منها"، "طرد عناصر التنظيم من البلدة". */
    private static final Set<String> OUT_OF = Set.of("منها", "منه", "من");

    /** The actor's name is followed right away by "out of" after a verb or noun of driving out (طرد). */
    private boolean drivenOut(TermMatcher.Match<Term> actor) {
        String after = wordAfter(actor.end());
        if (!OUT_OF.contains(after)) return false;
        String before = wordBefore(actor.start());
        String w = ArabicNormalizer.normalize(before);
        return (w.startsWith("و") ? w.substring(1) : w).startsWith("طرد");
    }

    /** The whitespace-separated word that starts right after {@code pos} (spaces skipped), or "". */
    private String wordAfter(int pos) {
        int start = pos;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '،' && text.charAt(end) != '.') end++;
        return text.substring(start, end);
    }

    /** The word before the side fought against: "معارك مع قوات النظام", "هجوم ضد التنظيم". */
    private static final Set<String> OPPONENT_WORDS = Set.of("مع", "ضد");

    private List<String> actorsIn(SentenceScan scan, Group g, Suppressed suppressed, int[] holding, boolean onlyGroup) {
        Set<String> ids = new LinkedHashSet<>();
        // The end of the last name found holding a place or owning what was struck: a shorter name inside it ("الأسد"
        // in "حواجز تابعة لقوات الأسد") is the same side.
        int ownedUntil = -1;
        for (TermMatcher.Match<Term> m : scan.matches) {
            if (suppressed.covers(m.start()) || (onlyGroup && !g.covers(m.start()))) continue;
            String id = actorOf(m);
            if (id == null || m.start() < ownedUntil) continue;
            if (holderOrOwner(scan, holding, m.start())) {
                ownedUntil = m.end();
                continue;
            }
            ids.add(id);
        }
        // Civilians are the ones acted upon, never the initiator (ACLED puts them as actor 2).
        List<String> out = new ArrayList<>(ids);
        List<String> victims = new ArrayList<>();
        out.removeIf(id -> lex.actors.get(id).kind() == Actors.Kind.CIVILIAN && victims.add(id));
        out.addAll(victims);
        return out;
    }

    /** A word of holding, a word for the men ("تنظيم", "عناصر"), then the actor's name. */
    private static final int ACTOR_AFTER_HOLDING_WORDS = 2;

    /**
     * An actor named right after a word of holding, or as the owner of what was struck ("مواقع لتنظيم داعش"،
     * "تحركات لإرهابيي داعش": PresenceReader): the side that holds the place or owns the target.
     */
    private boolean holderOrOwner(SentenceScan scan, int[] holding, int start) {
        return holder(scan, holding, start, ACTOR_AFTER_HOLDING_WORDS) || postOwners.contains(start);
    }

    /**
     * Actors named right after a word of holding or a target noun in the group's stretch ("قرية قصر البريج التي يسيطر
     * عليها تنظيم داعش", "مواقع لتنظيم داعش"): they say who holds the place struck or owns what was struck, not who
     * struck it. They may be the side attacked (actor 2), never the initiator.
     */
    private List<String> holdersIn(SentenceScan scan, Group g, Suppressed suppressed, int[] holding) {
        Set<String> ids = new LinkedHashSet<>();
        if (holding.length == 0 && postOwners.isEmpty()) return new ArrayList<>();
        for (TermMatcher.Match<Term> m : scan.matches) {
            if (suppressed.covers(m.start()) || !g.covers(m.start()) || !holderOrOwner(scan, holding, m.start())) continue;
            String id = actorOf(m);
            if (id != null) ids.add(id);
        }
        return new ArrayList<>(ids);
    }

    /**
     * The initiator a weapon word names by itself when the text names none (implied_initiators.tsv: barrel bombs are
     * dropped by the Syrian government's helicopters and no one else's), from the group's stretches; else null.
     */
    private String impliedInitiator(Group g) {
        for (int[] r : g.ranges) {
            for (TermMatcher.Match<Term> m : lex.impliedInitiators.find(chars, r[0], r[1])) {
                for (Term t : m.payloads()) if (t instanceof Term.ImpliedInitiator i) return i.actorId();
            }
        }
        return null;
    }

    /**
     * "في هجوم لتنظيم داعش"، "غارات للطيران الروسي": an actor named right after an event word with ل did it, though the
     * sentence named the dead's side first ("قتل 7 عناصر من قوات النظام ... في هجوم لتنظيم داعش"). Only with ل: a
     * genitive without it may be the object ("استهداف قوات النظام": targeting them).
     */
    private List<String> agentFirst(List<String> actors, SentenceScan scan, Group g) {
        for (TermMatcher.Match<Term> tm : g.triggers) {
            // the strike's nationality ("بقصف تركي", "بغارات جوية تركية") is its hand, as "لقوات النظام" is
            for (int k = scan.firstMatchAtOrAfter(tm.end()); k < scan.matches.size() && scan.wordDistance(tm.end(), scan.matches.get(k).start()) <= 2; k++) {
                TermMatcher.Match<Term> m = scan.matches.get(k);
                if (m.payloads().get(0) instanceof Term.ActorAlias a && a.afterMeans() && actors.contains(a.actorId())) return first(actors, a.actorId());
            }
        }
        for (TermMatcher.Match<Term> tm : g.triggers) {
            int k = scan.firstMatchAtOrAfter(tm.end());
            for (; k < scan.matches.size(); k++) {
                TermMatcher.Match<Term> m = scan.matches.get(k);
                // the ل is inside the name's match, or just before it when the matcher peeled it as a clitic
                boolean peeled = m.start() > tm.end() && chars[m.start() - 1] == 'ل';
                int nameStart = peeled ? m.start() - 1 : m.start();
                if (!onlySpaces(tm.end(), nameStart)) break;
                String id = actorOf(m);
                if (id == null || chars[nameStart] != 'ل' || !actors.contains(id)) continue;
                return first(actors, id);
            }
        }
        return actors;
    }

    /** {@code actors} with {@code id} first. */
    private static List<String> first(List<String> actors, String id) {
        if (actors.get(0).equals(id)) return actors;
        List<String> out = new ArrayList<>(actors);
        out.remove(id);
        out.add(0, id);
        return out;
    }

    private boolean onlySpaces(int from, int to) {
        for (int i = from; i < to; i++) if (!Character.isWhitespace(chars[i])) return false;
        return true;
    }

    /**
     * For an event word with no actor in its own stretch ("عودة الطيران الروسي لشنّ ضربات جوية"), the actor
     * named last before it is the likeliest initiator; the others follow in sentence order.
     */
    private List<String> nearestFirst(List<String> actors, SentenceScan scan, int trigger) {
        String before = null;
        for (TermMatcher.Match<Term> m : scan.matches) {
            if (m.start() >= trigger) break;
            String id = actorOf(m);
            // only among the candidates: a place's holder or a target's owner named before is not the initiator
            if (id != null && lex.actors.get(id).kind() != Actors.Kind.CIVILIAN && actors.contains(id)) before = id;
        }
        if (before == null) return actors;
        List<String> out = new ArrayList<>(actors);
        out.remove(before);
        out.add(0, before);
        return out;
    }

    private String actorOf(TermMatcher.Match<Term> m) {
        List<Term> ts = m.payloads();
        for (int i = 0; i < ts.size(); i++) {
            if (ts.get(i) instanceof Term.ActorAlias a && (!a.needsTopic() || topics.contains(a.actorId()))) return a.actorId();
        }
        return null;
    }

    /**
     * The report's places lying within [from, to), in report order. The places come sorted by start
     * ({@link RuleBasedExtractor}), so a binary search finds the first and the walk stops at {@code to}:
     * the cost is the sentence's places, not the report's (a whole-report scan per sentence made
     * extraction quadratic in report size).
     */
    private List<Location> placesIn(int from, int to) {
        List<Location> out = new ArrayList<>();
        if (!placesSorted) {
            for (Location l : places) if (l.start() >= from && l.end() <= to) out.add(l);
            return out;
        }
        int lo = 0, hi = places.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (places.get(mid).start() < from) lo = mid + 1; else hi = mid;
        }
        for (int i = lo; i < places.size(); i++) {
            Location l = places.get(i);
            if (l.start() >= to) break;
            if (l.end() <= to) out.add(l);
        }
        return out;
    }

    private static boolean sortedByStart(List<Location> places) {
        for (int i = 1; i < places.size(); i++) if (places.get(i).start() < places.get(i - 1).start()) return false;
        return true;
    }

    private static double confidence(Group g, boolean ownPlaces, int actorCount) {
        double c = 0.4;
        if (g.strong) c += 0.25;
        if (ownPlaces) c += 0.2;
        if (actorCount >= 2) c += 0.1;
        else if (actorCount == 1) c += 0.05;
        return Math.min(1.0, c);
    }

    /** True when a past-perfect clause opens after the event word and before the date. */
    /** How many words after كان/كانت the قد of the past perfect may come ("وكانت غارة مماثلة على البلدة قد"). */
    private static final int PAST_PERFECT_WORDS = 6;

    /**
     * The sentence opens with كان/كانت (after و or nothing) and قد follows a few words on: "وكانت غارة مماثلة قد أودت
     * بحياة خمسة". A كان later in the sentence is a clause of background within it, read by {@link #inBackground}.
     */
    private boolean opensInThePastPerfect(ReportLayout.Sentence s, List<Integer> backgrounds) {
        if (backgrounds.isEmpty()) return false;
        int b = backgrounds.get(0);
        String lead = text.substring(s.start(), b).strip();
        if (!lead.isEmpty() && !lead.equals("و")) return false;
        String[] after = SPACES.split(text.substring(b, Math.min(s.end(), b + 120)));
        for (int i = 1; i < after.length && i <= PAST_PERFECT_WORDS; i++) if (after[i].equals("قد")) return true;
        return false;
    }

    /**
     * Whether a date after an event word is another's: a past-perfect clause's, or the start of a lasting state that
     * describes a place ("داريا المحاصرة منذ عام 2012": the siege's start, not the shelling's day; told as the
     * shelling's, a span of years made it history and dropped it). Only a "since": a day right after such a phrase
     * ("المحاذية لمناطق سيطرته فجر اليوم الخميس") is the incident's.
     */
    private boolean notTheIncidents(SentenceScan scan, List<Integer> backgrounds, int trigger, DateMention date) {
        return inBackground(backgrounds, trigger, date.start) || date.since && scan.describesAPlace(date.start, trigger)
                || !pastClauses.covers(trigger) && pastClauses.covers(date.start);
    }

    private static boolean inBackground(List<Integer> backgrounds, int trigger, int datePos) {
        for (int b : backgrounds) if (b > trigger && b <= datePos) return true;
        return false;
    }

    /** A control word inside a past-perfect clause takes that clause's own date, if it has one. */
    private static DateRange backgroundDate(List<Integer> backgrounds, Map<DateMention, DateRange> dates, int trigger, DateRange otherwise) {
        int opened = -1;
        for (int b : backgrounds) if (b < trigger) opened = b;
        if (opened < 0) return otherwise;
        for (Map.Entry<DateMention, DateRange> e : dates.entrySet()) if (e.getKey().start > opened) return e.getValue();
        return otherwise;
    }

    /** Two ascending lists of positions as one, in order. */
    private static List<Integer> merged(List<Integer> a, List<Integer> b) {
        if (b.isEmpty()) return a;
        if (a.isEmpty()) return b;
        List<Integer> out = new ArrayList<>(a);
        out.addAll(b);
        out.sort(null);
        return out;
    }

    /** How far back a habit's span may begin and still be fighting going on now (a month), not a way of waging war. */
    private static final int ONGOING_SPAN_DAYS = 31;

    /**
     * A habit ("يقصف النظام المدينة بانتظام") tells how a war is waged, not an incident. The same habit bounded by a
     * recent span ("ومنذ أكثر من أسبوعين يهاجم في كل ليلة مواقع للنظام في محيط تدمر", "منذ أيام") is fighting going on
     * at those places over those days: one incident dated by the span, as ACLED and the annotation guide code an
     * ongoing battle.
     */
    private static boolean habitOnly(SentenceScan scan, DateParser.Result dp) {
        if (firstCue(scan, Term.CueEffect.HABITUAL, -1) < 0) return false;
        for (DateMention d : dp.mentions()) {
            if (d.kind == DateMention.Kind.DAYS && d.fromOffset < 0 && d.fromOffset >= -ONGOING_SPAN_DAYS && d.toOffset >= -1) return false;
        }
        return true;
    }

    private static int firstCue(SentenceScan scan, Term.CueEffect effect, int otherwise) {
        for (int k = 0; k < scan.matches.size(); k++) if (hasCue(scan.matches.get(k), effect)) return scan.matches.get(k).start();
        return otherwise;
    }

    /**
     * Whether the match is a cue of this effect. Indexed loops here and below: these run for every match of every
     * sentence, and at the quick JIT tier (decision 038) each for-each made an iterator.
     */
    static boolean hasCue(TermMatcher.Match<Term> m, Term.CueEffect effect) {
        List<Term> ts = m.payloads();
        for (int i = 0; i < ts.size(); i++) if (ts.get(i) instanceof Term.Cue c && c.effect() == effect) return true;
        return false;
    }

    private static Term.Trigger trigger(TermMatcher.Match<Term> m) {
        List<Term> ts = m.payloads();
        for (int i = 0; i < ts.size(); i++) if (ts.get(i) instanceof Term.Trigger tr) return tr;
        return null;
    }
}
