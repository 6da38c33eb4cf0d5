package org.clashmap.gazetteer;

import org.clashmap.geodesy.Geodesy;

import org.clashmap.text.ArabicNormalizer;
import org.clashmap.text.NormalizedText;
import org.clashmap.text.Token;
import org.clashmap.text.Tokenizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the place names of one text. Every candidate of every mention is scored from what the
 * text says around it (see {@link #raw}); scores become probabilities per mention, and a second
 * and third pass add closeness to what the other mentions resolved to. Ordinary words that are
 * also names count only with a trigger word or a resolved place close by in the same sentence.
 */
final class Resolution {
    /** Weights of the evidence, in log-odds-like units. */
    static final double W_SENTENCE_ADMIN = 2.5, W_FAMILY_ADMIN = 1.8, W_OTHER_ADMIN = -1.0, W_DOC_ADMIN = 1.0,
            W_PART = 0.8, W_TRIGGER = 1.5, W_TRIGGER_MISMATCH = -0.7, W_DERIVED = -0.4,
            W_NEAR_SENTENCE = 2.5, W_NEAR_DOC = 1.0, NEAR_SCALE_KM = 40, CONTEXT_NEAR_KM = 30,
            BIG_AREA_KM = 30;

    /** A mention while it is being resolved. */
    /**
     * How many mentions on either side a mention is compared with. A report has a few dozen, so
     * this changes nothing there; it keeps a pathological text (a 1 MB line naming Aleppo 40,000
     * times) linear instead of quadratic: scoring every pair took over ten minutes.
     */
    static final int WINDOW = 200;

    /** A governorate named right after a place still vouches for a candidate this close to its settlements (its edge). */
    static final double GOVERNORATE_EDGE_KM = 15;
    /**
     * "قرية المنصورة غرب مدينة الرقة": a place described by its direction from a town lies in the town's wide
     * surroundings, mostly within 50 km, the far ones a report places so within about 100 ("القريتين جنوب شرق مدينة
     * حمص", 85 km; "منبج شمال شرق مدينة حلب", 80 km); a namesake farther off (the Mansoura by Aleppo, 180 km) is not
     * the one meant.
     */
    static final double DIRECTION_ANCHOR_KM = 100;
    /** Heights this small (precision) are local: a hill is named with the towns around it. */
    static final double SMALL_HEIGHT_KM = 5;
    /** A small height farther than this from every settlement its sentence names is not the listed one. */
    static final double TERRAIN_NEAR_KM = 60;

    static final class M {
        int idx, normStart, normEnd, tok, sentence;
        String key;
        Place[] cands;
        boolean[] derived;
        Set<PlaceKind> trigger;
        int triggerTok = -1;
        double[] prob;
        int best;
        boolean needsContext;
        /** A word of the Arabic dictionary too (and not a district or governorate capital): a place only with a sign. */
        boolean dictionaryWord;
        /** In an adjective's slot (after a noun, agreeing in the article): only a feature or relation word makes it a place. */
        boolean adjective;
        /** The clitics peeled off the mention's word (و، ب، ل ...). */
        String prefix;
        /** The mention is itself a feature word (المدينة، القرية، المنطقة): it names a kind of place, not one. */
        boolean featureWord;
        /** Why the mention is a place here, or null when the text gives no reason to read it as one. */
        String evidence;
        /** admin1 this mention names (a governorate or a countryside quarter), or null. */
        String adminSignal;
        String partSignal;

        Place bestPlace() {
            return cands[best];
        }
    }

    private final SyriaGazetteer g;
    private final NormalizedText nt;
    private final List<Token> tokens;
    private final int[] breaks;
    private final List<M> ms = new ArrayList<>();
    private final List<Place> extraAnchors;
    private final Map<String, Integer> docAdmin = new HashMap<>();
    /** Mentions that name a governorate or a countryside quarter: few, so scoring iterates only these. */
    private final List<M> adminMentions = new ArrayList<>();
    private int docAdminTotal;

    Resolution(SyriaGazetteer g, String text, List<Place> extraAnchors) {
        this.g = g;
        this.nt = ArabicNormalizer.normalizeWithOffsets(text);
        this.tokens = Tokenizer.tokenize(nt);
        this.breaks = sentenceBreaks(nt.chars(), nt.length());
        this.extraAnchors = extraAnchors;
        for (NameIndex.Hit h : g.index.scan(Arrays.copyOf(nt.chars(), nt.length()))) {
            if (endsInPreposition(h)) continue;
            M m = mention(h);
            m.idx = ms.size();
            ms.add(m);
        }
        for (int i = 0; i < ms.size(); i++) attachTrigger(i);
        for (M m : ms) {
            if (m.adminSignal != null) {
                adminMentions.add(m);
                docAdmin.merge(m.adminSignal, 1, Integer::sum);
                docAdminTotal++;
            }
        }
        for (int pass = 0; pass < 3; pass++) score(pass);
        for (M m : ms) m.evidence = evidence(m);
    }

    /**
     * "إنخل": a name written with one hamza where the word of the dictionary it spells after normalising has another
     * (أنخل, "I sift") is not that word: the writer told them apart. Only hamzas written on both sides count; a bare
     * alif may stand for either (decision 072).
     */
    private boolean writtenUnlikeTheWord(M m) {
        Set<Character> spelt = g.lex.dictionaryFirstLetters.get(m.key);
        if (spelt == null) return false;
        char first = nt.original().charAt(nt.originalStart(m.normStart));
        return isHamzaAlif(first) && !spelt.contains(first) && spelt.stream().allMatch(Resolution::isHamzaAlif);
    }

    private static boolean isHamzaAlif(char c) {
        return c == '\u0623' || c == '\u0625' || c == '\u0622';
    }

    /**
     * Whether the writer ended the name with ة: the words of grammar that normalisation makes look like a village end
     * with the pronoun ه ("عليه", "مقتله"), so "قرية مقتلة" as written is the village, not "his killing".
     */
    private boolean writtenWithTaMarbuta(M m) {
        return nt.original().charAt(nt.originalEnd(m.normEnd) - 1) == '\u0629';
    }

    /**
     * "وقلعة التل على المدينة": normalisation spells the preposition على like the name علي, so the village "تل علي" is
     * found across a name and the preposition after it. A name of several words whose last word is a place preposition
     * as written (with ى: "على", "إلى", "حتى") ends before it; the writer of "علي" in a name writes ي.
     */
    private boolean endsInPreposition(NameIndex.Hit h) {
        // the written ى first: every hit of every resolved line passes here, and few end in it
        if (nt.original().charAt(nt.originalEnd(h.normEnd()) - 1) != '\u0649') return false;
        int lastSpace = -1;
        char[] c = nt.chars();
        for (int i = h.normEnd() - 1; i > h.normStart(); i--) if (c[i] == ' ') { lastSpace = i; break; }
        if (lastSpace < 0) return false;
        String last = new String(c, lastSpace + 1, h.normEnd() - lastSpace - 1);
        return g.lex.placePrepositions.contains(last);
    }

    private M mention(NameIndex.Hit h) {
        M m = new M();
        m.normStart = h.normStart();
        m.normEnd = h.normEnd();
        m.key = NameIndex.keyOfNormalised(nt.chars(), m.normStart, m.normEnd);
        int[] e = h.entries();
        m.cands = new Place[e.length];
        m.derived = new boolean[e.length];
        boolean allDerived = true;
        for (int i = 0; i < e.length; i++) {
            m.cands[i] = g.places.get(e[i] >> 1);
            m.derived[i] = (e[i] & 1) == 1;
            allDerived &= m.derived[i];
        }
        m.tok = tokenAt(m.normStart);
        m.sentence = sentenceOf(m.normStart);
        // A short name reached by peeling a preposition (بجروح → جروح "wounds") is too often a word.
        String prefix = nt.text().substring(tokens.get(m.tok).normStart(), m.normStart);
        boolean prepositionPeeled = prefix.indexOf('ب') >= 0 || prefix.indexOf('ل') >= 0 || prefix.indexOf('ك') >= 0;
        // A preposition is never a place, whatever the spelling makes of it (على → علي → the village العلي).
        // "وعلى قرية": the conjunction is peeled before the preposition is recognised.
        String word = tokens.get(m.tok).text();
        String bare = prefix.length() < word.length() ? word.substring(prefix.length()) : word;
        int facts = g.lex.wordFacts(m.key);
        m.featureWord = Lexicons.isFeatureWord(facts) || g.lex.placePrepositions.contains(word) || g.lex.placePrepositions.contains(bare)
                || (g.lex.functionWords.contains(word) || g.lex.functionWords.contains(bare)) && !writtenWithTaMarbuta(m)
                || g.lex.foreignNames.contains(word) || g.lex.foreignNames.contains(bare) || servantOfGod(m);
        m.prefix = prefix;
        m.dictionaryWord = Lexicons.isDictionaryWord(facts) && Arrays.stream(m.cands).noneMatch(p -> p.capitalLevel() == 1 || p.capitalLevel() == 2)
                && !writtenUnlikeTheWord(m);
        // computed for every mention: an ordinary word in an adjective's slot needs a feature or relation word,
        // not just a place nearby
        m.adjective = inAdjectivePosition(m) && (Lexicons.isDictionaryWord(facts) || indefiniteNisba(m));
        m.needsContext = m.featureWord || Lexicons.isOrdinaryWord(facts) || (allDerived || prepositionPeeled) && m.key.length() <= 4
                || m.adjective;
        for (int i = 0; i < e.length; i++) {
            Place p = m.cands[i];
            if (p.kind() == PlaceKind.GOVERNORATE) {
                m.adminSignal = p.admin1();
                m.partSignal = directionBefore(m.tok); // جنوب دمشق, شمال حمص
            }
            if (g.countrysideQuarters[e[i] >> 1]) {
                m.adminSignal = p.admin1();
                m.partSignal = p.id().substring(p.id().lastIndexOf('_') + 1);
            }
        }
        return m;
    }

    private boolean isDictionaryWord(String key) {
        return g.lex.isDictionaryWord(key);
    }

    /** See {@link Lexicons#isFeatureWord}. */
    private boolean isFeatureWord(String key) {
        return g.lex.isFeatureWord(key);
    }

    /**
     * Arabic puts an adjective right after its noun and makes it agree in definiteness: "الطائرات الحربية",
     * "الدرر الشامية", "قوات كردية". A name in that slot (after a plain word, with no preposition or feature word
     * between, and agreeing with it: both with the article, or both without and the name shaped like a nisba
     * adjective in -ي/-ية) and known to the dictionary is read as an adjective unless something else marks it as a
     * place ("استهدفت المدفعية الزبداني" keeps its object: الزبداني is no dictionary word). Apposition after a
     * title noun ("العاصمة دمشق") does not agree in the article and is not caught.
     */
    private boolean inAdjectivePosition(M m) {
        Token own = tokens.get(m.tok);
        if (m.normStart != own.normStart() || m.tok == 0) return false; // a clitic (و، ب، ل) opens a new phrase
        Token prev = tokens.get(m.tok - 1);
        if (sentenceOf(prev.normStart()) != m.sentence || hasGap(prev, own)) return false;
        String pw = prev.text();
        if (pw.length() < 3) return false;
        // the word before is itself a name (mentions are built in text order): two names side by side
        if (!ms.isEmpty() && ms.get(ms.size() - 1).normEnd >= prev.normEnd()) return false;
        // agreement first, the lexicons' lookups (the word before peeled of its clitics) only for a name that agrees
        if (!agrees(own.text(), pw)) return false;
        return triggerOf(pw) == null && !isFeatureWord(pw) && !g.lex.directions.containsKey(pw) && !g.lex.vicinity.containsKey(pw);
    }

    /** The word {@code own} agrees in definiteness with the word {@code before} it as an adjective does with its noun. */
    private static boolean agrees(String own, String before) {
        boolean ownDefinite = own.startsWith("ال"), prevDefinite = before.startsWith("ال");
        if (ownDefinite && prevDefinite) return true;
        if (ownDefinite || prevDefinite) return false;
        // nisba adjectives in -ي/-ية, and feminine adjectives agreeing with a feminine or plural noun ("تحركات جديدة")
        return own.endsWith("يه") || own.endsWith("ي") || own.endsWith("ه") && (before.endsWith("ات") || before.endsWith("ه"));
    }

    /**
     * "خسائر بشرية" (human losses): an indefinite word ending in ية right after an indefinite noun is an adjective of
     * relation (nisba), whether or not the dictionary lists its feminine form; the village بشرية is not meant.
     */
    private boolean indefiniteNisba(M m) {
        String own = tokens.get(m.tok).text();
        return !own.startsWith("ال") && own.endsWith("يه") && !tokens.get(m.tok - 1).text().startsWith("ال");
    }

    /**
     * "عدوان جوي"، "عدوان صاروخي"، "عدوانا إسرائيليا": a word of the dictionary right after which stands an indefinite
     * adjective of relation (a nisba: -ي، -ية، -يا; no article, no direction, no place) is the common noun that
     * adjective qualifies, not the village of that name (decision 072: عدوان of Daraa in "نوى وعدوان صاروخي").
     */
    private boolean nounWithItsNisba(M m) {
        int next = lastTok(m) + 1;
        if (lastTok(m) != m.tok || next >= tokens.size() || sentenceOf(tokens.get(next).normStart()) != m.sentence
                || hasGap(tokens.get(m.tok), tokens.get(next))) return false;
        String w = tokens.get(next).text();
        if (w.length() < 4 || w.startsWith("ال") || w.charAt(0) == 'و') return false;
        if (!(w.endsWith("ي") || w.endsWith("يه") || w.endsWith("يا"))) return false;
        for (String f : Tokenizer.peelings(w)) if (g.lex.directions.containsKey(f)) return false;
        for (M o : ms) if (o.tok == next) return false; // a place right after it: a list or a locator
        return true;
    }

    /** True when punctuation (a comma, a bracket, a quote) stands between two tokens. */
    private boolean hasGap(Token a, Token b) {
        for (int i = a.normEnd(); i < b.normStart(); i++) if (nt.text().charAt(i) != ' ') return true;
        return false;
    }

    /** "north", "southeast", ... when a direction word stands just before token {@code tok}, else null. */
    private String directionBefore(int tok) {
        Double bearing = null;
        if (tok >= 2) bearing = g.lex.directions.get(tokens.get(tok - 2).text() + " " + tokens.get(tok - 1).text());
        if (bearing == null && tok >= 1) {
            for (String f : Tokenizer.peelings(tokens.get(tok - 1).text())) {
                bearing = g.lex.directions.get(f);
                if (bearing != null) break;
            }
        }
        return bearing == null ? null : RelativePositions.compass(bearing).replace("-", "");
    }

    /** The trigger word just before a mention; in a list (بلدات نوى وجاسم) later names inherit it. */
    private void attachTrigger(int i) {
        M m = ms.get(i);
        int prev = m.tok - 1;
        if (prev < 0) return;
        Set<PlaceKind> kinds = triggerOf(tokens.get(prev).text());
        if (kinds != null && sentenceOf(tokens.get(prev).normStart()) == m.sentence) {
            Set<PlaceKind> area = g.lex.areaTriggers.get(triggerForm(tokens.get(prev).text()));
            m.trigger = area != null && !listFollows(i) ? area : kinds;
            m.triggerTok = prev;
            return;
        }
        boolean coordinated = m.normStart > tokens.get(m.tok).normStart() && tokens.get(m.tok).text().charAt(0) == 'و';
        if (coordinated && i > 0) {
            M before = ms.get(i - 1);
            if (before.trigger != null && tokenAt(before.normEnd - 1) == prev && !opensAClause(before, m)) m.trigger = before.trigger;
        }
        // "طريق أثريا - خناصر": a road's second town, after a dash, is announced by the road word as the first is
        if (m.trigger == null && i > 0) {
            M before = ms.get(i - 1);
            if (before.trigger != null && dashOnly(before.normEnd, m.normStart)) m.trigger = before.trigger;
        }
    }

    /** Only a dash (-, – or —) and spaces between two positions of the normalised text. */
    private boolean dashOnly(int from, int to) {
        if (to <= from) return false;
        boolean dash = false;
        for (int k = from; k < to; k++) {
            char c = nt.chars()[k];
            if (c == '-' || c == '\u2013' || c == '\u2014') dash = true;
            else if (!Character.isWhitespace(c)) return false;
        }
        return dash;
    }

    /** The next mention continues a list with و right after this one ("بلدات نوى وجاسم"). */
    private boolean listFollows(int i) {
        if (i + 1 >= ms.size()) return false;
        M m = ms.get(i), next = ms.get(i + 1);
        return next.tok == tokenAt(m.normEnd - 1) + 1 && tokens.get(next.tok).text().charAt(0) == 'و';
    }

    /** The form of {@code word} the trigger lexicon knows (clitics peeled), or null. */
    private String triggerForm(String word) {
        for (String form : Tokenizer.peelings(word)) {
            // With the article the word is an ordinary noun followed by an adjective
            // (المنطقة الشمالية, "the northern region"); a name follows the bare noun (منطقة حميمة).
            if (form.startsWith("ال")) return null;
            if (g.lex.triggers.containsKey(form)) return form;
        }
        return null;
    }

    private Set<PlaceKind> triggerOf(String word) {
        String form = triggerForm(word);
        return form == null ? null : g.lex.triggers.get(form);
    }

    private void score(int pass) {
        for (M m : ms) {
            double[] raw = new double[m.cands.length];
            for (int c = 0; c < raw.length; c++) raw[c] = raw(m, c, pass);
            m.prob = softmax(raw);
            int best = 0;
            for (int c = 1; c < raw.length; c++) if (m.prob[c] > m.prob[best]) best = c;
            m.best = best;
        }
    }

    /** The evidence for candidate {@code c} of mention {@code m}. */
    private double raw(M m, int c, int pass) {
        return raw(m, c, pass, null);
    }

    /** As {@link #raw(M, int, int)}, adding to {@code why} (when not null) each piece of context that moved the score. */
    private double raw(M m, int c, int pass, List<String> why) {
        Place p = m.cands[c];
        Double prior = g.lex.kindPrior.get(p.kind()); // not getOrDefault(kind, 0.0): that boxes a Double per candidate and pass
        // A district's or sub-district's population is its whole area's, no sign that the news means the area: "كفربطنا"
        // is the town, not the sub-district of 120,000 named after it (the town's OCHA row has no population at all).
        boolean area = p.kind() == PlaceKind.DISTRICT || p.kind() == PlaceKind.SUBDISTRICT;
        double s = (prior == null ? 0.0 : prior) + capitalBonus(p.capitalLevel())
                + (area ? 0 : 0.25 * Math.log10(1 + p.population()));
        if (why != null) why.add(String.format(java.util.Locale.ROOT, "prior %.2f (%s, population %d)", s, p.kind(), p.population()));
        if (m.derived[c]) {
            s += W_DERIVED;
            if (why != null) why.add("article added or dropped " + W_DERIVED);
        }
        String sentenceAdmin = null;
        boolean sentenceHasAdmin = false;
        // indexed over the window (no sub-list and iterator per candidate and pass)
        for (int k = firstAdminAtOrAfter(m.idx - WINDOW), end = firstAdminAtOrAfter(m.idx + WINDOW + 1); k < end; k++) {
            M o = adminMentions.get(k);
            if (o == m || o.sentence != m.sentence) continue;
            sentenceHasAdmin = true;
            if (o.adminSignal.equals(p.admin1())) sentenceAdmin = o.adminSignal;
            else if (sentenceAdmin == null && sameFamily(o.adminSignal, p.admin1())) sentenceAdmin = "family";
            if (o.partSignal != null && o.adminSignal.equals(p.admin1()) && inPart(p, o.adminSignal, o.partSignal)) {
                s += W_PART;
                if (why != null) why.add("in the " + o.partSignal + " part named by " + text(o) + " +" + W_PART);
            }
        }
        if (sentenceAdmin != null) {
            double w = "family".equals(sentenceAdmin) ? W_FAMILY_ADMIN : W_SENTENCE_ADMIN;
            s += w;
            if (why != null) why.add("its governorate is named in the sentence +" + w);
        } else if (sentenceHasAdmin) {
            s += W_OTHER_ADMIN;
            if (why != null) why.add("the sentence names another governorate " + W_OTHER_ADMIN);
        }
        if (docAdminTotal > 0) {
            int own = p.admin1().equals(m.adminSignal) ? 1 : 0;
            int total = docAdminTotal - (m.adminSignal != null ? 1 : 0);
            if (total > 0) {
                double w = W_DOC_ADMIN * (docAdmin.getOrDefault(p.admin1(), 0) - own) / total;
                s += w;
                if (why != null && w != 0) why.add(String.format(java.util.Locale.ROOT, "share of the report's governorate mentions +%.2f", w));
            }
        }
        if (m.trigger != null) {
            boolean fits = m.trigger.contains(p.kind());
            s += fits ? W_TRIGGER : W_TRIGGER_MISMATCH;
            if (why != null) why.add("feature word " + tokens.get(m.triggerTok < 0 ? m.tok : m.triggerTok).text()
                    + (fits ? " fits +" + W_TRIGGER : " does not fit " + W_TRIGGER_MISMATCH));
        }
        if (pass > 0) {
            double n = nearness(m, p);
            s += n;
            if (why != null && n > 0.05) why.add(String.format(java.util.Locale.ROOT, "near other places of the report +%.2f", n));
        }
        return s;
    }

    /** The mention's words as normalised. */
    private String text(M m) {
        return nt.text().substring(m.normStart, m.normEnd);
    }

    /** The mentions within {@link #WINDOW} of {@code m}, in text order. */
    private List<M> near(M m) {
        return ms.subList(Math.max(0, m.idx - WINDOW), Math.min(ms.size(), m.idx + WINDOW + 1));
    }

    /** Index of the first admin mention at or after mention {@code idx} (adminMentions is in text order: binary search). */
    private int firstAdminAtOrAfter(int idx) {
        int lo = 0, hi = adminMentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (adminMentions.get(mid).idx < idx) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private double nearness(M m, Place p) {
        double inSentence = 0, inDoc = 0;
        for (int k = Math.max(0, m.idx - WINDOW), end = Math.min(ms.size(), m.idx + WINDOW + 1); k < end; k++) {
            M o = ms.get(k);
            if (o == m || o.key.equals(m.key) || o.prob == null) continue;
            Place b = o.bestPlace();
            if (b.precisionKm() > BIG_AREA_KM || b == p) continue;
            double conf = o.prob[o.best];
            // Closeness is judged against the sizes of both places: a desert region is "near" at 60 km.
            double w = conf * Math.exp(-Geodesy.approxKm(p.lat(), p.lon(), b.lat(), b.lon()) / (NEAR_SCALE_KM + p.precisionKm() + b.precisionKm()));
            if (o.sentence == m.sentence) inSentence = Math.max(inSentence, w);
            else inDoc = Math.max(inDoc, w);
        }
        for (int k = 0; k < extraAnchors.size(); k++) { // indexed: no iterator per candidate and pass
            Place a = extraAnchors.get(k);
            inSentence = Math.max(inSentence, Math.exp(-Geodesy.approxKm(p.lat(), p.lon(), a.lat(), a.lon()) / NEAR_SCALE_KM));
        }
        return W_NEAR_SENTENCE * inSentence + W_NEAR_DOC * inDoc;
    }

    private static double capitalBonus(int level) {
        return switch (level) {
            case 1 -> 1.5;
            case 2 -> 1.0;
            case 3 -> 0.5;
            default -> 0;
        };
    }

    /** Damascus city (SY01) and its countryside (SY03) are named together so often that they count as kin. */
    private static boolean sameFamily(String a, String b) {
        return (a.equals("SY01") || a.equals("SY03")) && (b.equals("SY01") || b.equals("SY03"));
    }

    private boolean inPart(Place p, String admin1, String part) {
        Place gov = g.capitals.getOrDefault(admin1, g.governorates.get(admin1));
        if (gov == null) return false;
        boolean ok = true;
        if (part.contains("north")) ok &= p.lat() >= gov.lat();
        if (part.contains("south")) ok &= p.lat() < gov.lat();
        if (part.contains("east")) ok &= p.lon() >= gov.lon();
        if (part.contains("west")) ok &= p.lon() < gov.lon();
        return ok;
    }

    private static double[] softmax(double[] raw) {
        // A loop, not a stream: the same Math.max in the same order, without a stream pipeline per mention and pass
        double max = raw.length == 0 ? 0 : raw[0];
        for (int i = 1; i < raw.length; i++) max = Math.max(max, raw[i]);
        double sum = 0;
        double[] out = new double[raw.length];
        for (int i = 0; i < raw.length; i++) sum += out[i] = Math.exp(raw[i] - max);
        for (int i = 0; i < raw.length; i++) out[i] /= sum;
        return out;
    }

    /** Probability that the mention means a place at the winner's position (twins of one point add up). */
    private double confidence(M m) {
        Place b = m.bestPlace();
        double conf = 0;
        for (int c = 0; c < m.cands.length; c++) {
            if (Geodesy.approxKm(b.lat(), b.lon(), m.cands[c].lat(), m.cands[c].lon()) <= Math.max(5, b.precisionKm())) conf += m.prob[c];
        }
        return Math.min(1, conf);
    }

    /** True when the mention is a place here (see {@link #evidence}). */
    boolean counts(M m) {
        return m.evidence != null;
    }

    /**
     * The place-or-not decision, separate from which place: the reason the text gives to read the mention as a
     * place, or null. A feature word (المدينة، المنطقة) is never a place by itself, not even after another one
     * ("أحياء المدينة" is the city's neighbourhoods), so the few villages named like one are only found by lookup.
     * A name that is also an ordinary word, or stands where an adjective would, needs a sign from the text: a
     * feature word before it, a relation word before it (شرق، محيط، قرب), a governorate or countryside right
     * after it ("... بريف حماة"), or another place within 30 km in the same sentence that needs no such sign.
     * Any other name counts as it stands.
     */
    private String evidence(M m) {
        // "أحياء المدينة", "مناطق البلدة": the city's, the town's; a village named المدينة is not worth that noise.
        if (m.featureWord && !namedAfterFeatureWord(m)) return null;
        if (abroad(m)) return null;
        if (unlistedNamesake(m)) return null;
        if (afterPersonTitle(m)) return null;
        // ("على محور برج 45": a label keeps its number after a feature word too)
        if (m.needsContext && labelledByNumber(m) || m.trigger == null && m.needsContext && inConstruct(m)) return null;
        if ((m.trigger == null || m.triggerTok != m.tok - 1) && (m.needsContext || m.dictionaryWord) && nounWithItsNisba(m)) return null;
        if (m.trigger != null && missingQuarter(m)) return null;
        if (m.trigger != null) return "feature word before it";
        // "بمحيط المقبرة": the cemetery the report speaks of, not the village named "the cemetery"
        if (isSiteNoun(m)) return null;
        if (anaphoricDual(m)) return null;
        // "في الأشهر الأولى للثورة": with the clitic ل a word of the dictionary is the word, even when a district's
        // capital bears it as a name (الثورة near al-Tabqa, الباب).
        if (m.prefix.contains("ل") && isDictionaryWord(m.key) && !relationBefore(m)) return null;
        if (!m.needsContext && !m.dictionaryWord) return "a name that is not an ordinary word";
        if (relationBefore(m)) return "relation word before it";
        // "الطائرات الحربية في ريف حماة", "(الخوذ البيضاء) في إدلب": places around do not make an adjective a place
        if (m.adjective) return null;
        if (!m.needsContext && prepositionBefore(m)) return "a word of the dictionary after a preposition of place";
        if (!m.needsContext && distanceBefore(m)) return "a distance before it";
        if (listedAfterPlace(m)) return "in a list after a place";
        M next = m.idx + 1 < ms.size() ? ms.get(m.idx + 1) : null;
        if (next != null && next.adminSignal != null && next.sentence == m.sentence && next.tok - lastTok(m) <= 2
                && !next.needsContext) {
            return "governorate or countryside after it";
        }
        Place b = m.bestPlace();
        for (M o : near(m)) {
            if (o == m || o.sentence != m.sentence || o.needsContext || o.dictionaryWord || o.key.equals(m.key)) continue;
            // A governorate or the country is no neighbour ("المطلة على البحر" beside محافظة اللاذقية), nor a
            // person's name ("ويدعى الشيخ عبد الرحمن" beside "يبلغ من العمر").
            if (tooWideToVouch(o.bestPlace()) || afterPersonTitle(o)) continue;
            if (Geodesy.approxKm(b.lat(), b.lon(), o.bestPlace().lat(), o.bestPlace().lon()) <= CONTEXT_NEAR_KM) return "place within 30 km in the sentence";
        }
        return null;
    }

    /**
     * "مدينة التل": a feature word right after another of a kind its place has (a city called "the hill") is the
     * town's or city's name; "أحياء المدينة", "مناطق المدينة" (the city's quarters, areas) are not, as only a
     * village is called المدينة. Only for feature words: a preposition or a word of grammar never becomes a name.
     */
    private boolean namedAfterFeatureWord(M m) {
        if (m.trigger == null || m.triggerTok != m.tok - 1 || !isFeatureWord(m.key)) return false;
        String word = tokens.get(m.tok).text();
        if (g.lex.placePrepositions.contains(word) || g.lex.functionWords.contains(word)) return false;
        // a town or city: "مناطق المدينة" (the city's areas) does not name the village المدينة
        PlaceKind k = m.bestPlace().kind();
        return (k == PlaceKind.CITY || k == PlaceKind.TOWN) && m.trigger.contains(k);
    }

    /**
     * A name the text ties to another place that none of its candidates agrees with is a namesake the gazetteer
     * does not hold: "تل السمن بريف الرقة" is not the Tall Samen of al-Hasakah, 170 km away, nor "تلة الشيخ يوسف
     * بالقرب من قرية نقارين" the village of that name in Idlib. When some candidates agree, the others are ruled
     * out. A small hill or peak far from every town its sentence names is the same ("تل كردي" among the heights
     * around al-Qaryatayn is not the hill by Douma, 90 km off): the country has thousands of unlisted hills.
     */
    private boolean unlistedNamesake(M m) {
        if (m.adminSignal != null || m.bestPlace().precisionKm() > BIG_AREA_KM) return false;
        Anchor anchor = anchorAfter(m);
        if (anchor != null) {
            boolean[] agree = new boolean[m.cands.length];
            boolean any = false;
            for (int c = 0; c < agree.length; c++) any |= agree[c] = agrees(m.cands[c], anchor);
            if (!any) return true;
            if (!agree[m.best]) keepOnly(m, agree);
            return false;
        }
        return farTerrain(m);
    }

    /** The place a name is tied to by the words right after it, and how far from it the name may lie. */
    private record Anchor(M place, String admin1, double km) {}

    private Anchor anchorAfter(M m) {
        int t = lastTok(m) + 1;
        if (t >= tokens.size() || sentenceOf(tokens.get(t).normStart()) != m.sentence || hasGap(tokens.get(t - 1), tokens.get(t))) {
            return null;
        }
        Anchor anchor = anchorAt(m, t);
        if (anchor == null && unknownWordAfter(m, t)) anchor = anchorAt(m, t + 1);
        return anchor;
    }

    /**
     * "بلدة جديدة الفضل بريف دمشق": a one-word name, then a word with the article that no place starts with, is often
     * the first word of a longer name the gazetteer does not hold (or a name with its adjective: "X المحاصرة بريف
     * Y"); the anchor after that word ties it all the same. Only a word with the article, which qualifies what is
     * before it: a word without ("باتجاه ريف دمشق", "نحو") may lead elsewhere. Not across a comma, nor a word of
     * place or direction.
     */
    private boolean unknownWordAfter(M m, int t) {
        if (lastTok(m) != m.tok || t + 1 >= tokens.size() || hasGap(tokens.get(t), tokens.get(t + 1))) return false;
        String w = tokens.get(t).text();
        if (w.length() < 4 || !w.startsWith("ال") || g.lex.functionWords.contains(w) || isFeatureWord(w)) return false;
        M next = nextPlaceFrom(m, t);
        return next == null || next.tok > t;
    }

    /** The anchor the words from token {@code t} tie mention {@code m} to, or null. */
    private Anchor anchorAt(M m, int t) {
        // "X بريف الرقة", "X في ريف حلب", "X في محافظة إدلب": the governorate or its countryside right after it
        M next = nextPlaceFrom(m, t);
        // ("في تل أبيض والحسكة" is a list: with و the governorate is the next item, not where the town lies)
        // ("X في مدينة حمص" names the city, not its governorate: anchor_links.tsv ties X to the city below)
        if (next != null && next.adminSignal != null && !next.needsContext && next.tok - t <= 2 && !next.prefix.startsWith("و")
                && onlyGlue(t, next.tok) && !cityWordBetween(t, next.tok)) {
            return new Anchor(next, next.adminSignal, GOVERNORATE_EDGE_KM);
        }
        Anchor byDirection = anchorByDirection(m, t);
        if (byDirection != null) return byDirection;
        for (Lexicons.AnchorLink link : g.lex.anchorLinks) {
            if (!wordsAt(t, link.words())) continue;
            int a = t + link.words().size(), last = a;
            if (a < tokens.size() && !link.joinedL() && triggerOf(tokens.get(a).text()) != null) last++; // "قرب مدينة Y"
            // "مدينة إدلب" may be one name, the feature word included, also when the link ends on it ("في مدينة Y")
            boolean endsOnFeatureWord = a - 1 > t && triggerOf(tokens.get(a - 1).text()) != null;
            M anchor = nextPlaceFrom(m, endsOnFeatureWord ? a - 1 : a);
            if (anchor == null || anchor.tok > last || anchor.sentence != m.sentence || anchor.needsContext) return null;
            if (link.joinedL() && !nt.text().startsWith("ل", tokens.get(a).normStart())) return null;
            return new Anchor(anchor, null, link.km());
        }
        return null;
    }

    /**
     * "X غرب مدينة الرقة", "X شرق دمشق", "X شمال غرب حماة": a direction right after the name, then a place (after a
     * feature word or not), ties the name to it as the links of anchor_links.tsv do. A governorate's name after the
     * direction ties it to the governorate ("المعامل شرق دمشق" is in Damascus or its countryside), unless a city word
     * says the city is meant; a town or city ties it to within {@link #DIRECTION_ANCHOR_KM}.
     */
    private Anchor anchorByDirection(M m, int t) {
        int words = directionWordsAt(t);
        if (words == 0) return null;
        int after = t + words, last = after;
        if (after < tokens.size() && triggerOf(tokens.get(after).text()) != null) last++; // "غرب مدينة Y"
        M anchor = nextPlaceFrom(m, after);
        if (anchor == null || anchor.tok > last || anchor.sentence != m.sentence || anchor.needsContext
                || hasGap(tokens.get(after - 1), tokens.get(after))) return null;
        if (anchor.adminSignal != null && !cityWordBetween(after, anchor.tok + 1)) {
            return new Anchor(anchor, anchor.adminSignal, GOVERNORATE_EDGE_KM);
        }
        return new Anchor(anchor, null, DIRECTION_ANCHOR_KM);
    }

    /** How many tokens from {@code t} make a direction (directions.tsv: "غرب", "شمال غرب"), 0 when none do. */
    private int directionWordsAt(int t) {
        if (t + 1 < tokens.size() && !hasGap(tokens.get(t), tokens.get(t + 1))
                && g.lex.directions.containsKey(tokens.get(t).text() + " " + tokens.get(t + 1).text())) return 2;
        return g.lex.directions.containsKey(tokens.get(t).text()) ? 1 : 0;
    }

    /** The first mention after {@code m} that starts at or after token {@code tok} and is not a feature word. */
    private M nextPlaceFrom(M m, int tok) {
        for (int i = m.idx + 1; i < ms.size() && i <= m.idx + 4; i++) {
            M o = ms.get(i);
            if (o.tok >= tok && !o.featureWord) return o;
        }
        return null;
    }

    /** A word announcing a city among tokens [from, to) ("في مدينة حمص"). */
    private boolean cityWordBetween(int from, int to) {
        for (int t = from; t < to; t++) {
            Set<PlaceKind> k = triggerOf(tokens.get(t).text());
            if (k != null && k.contains(PlaceKind.CITY)) return true;
        }
        return false;
    }

    /** Tokens {@code from} (inclusive) to {@code to} (exclusive) are only في or feature words (محافظة، ريف). */
    private boolean onlyGlue(int from, int to) {
        for (int t = from; t < to; t++) {
            if (hasGap(tokens.get(t), tokens.get(t + 1))) return false;
            String w = tokens.get(t).text();
            if (!w.equals("في") && triggerOf(w) == null) return false;
        }
        return true;
    }

    private boolean wordsAt(int t, List<String> words) {
        if (t + words.size() > tokens.size()) return false;
        for (int i = 0; i < words.size(); i++) {
            Token tok = tokens.get(t + i);
            if (!tok.text().equals(words.get(i)) || i > 0 && hasGap(tokens.get(t + i - 1), tok)) return false;
        }
        return true;
    }

    private boolean agrees(Place c, Anchor anchor) {
        if (anchor.admin1() != null) {
            return c.admin1().equals(anchor.admin1()) || sameFamily(c.admin1(), anchor.admin1())
                    || g.kmToGovernorate(c, anchor.admin1()) <= anchor.km();
        }
        for (Place a : anchor.place().cands) { // any reading of the anchor: its own name may be ambiguous
            if (Geodesy.approxKm(c.lat(), c.lon(), a.lat(), a.lon()) <= anchor.km() + c.precisionKm() + a.precisionKm()) return true;
        }
        return false;
    }

    /** Rules out the candidates that do not agree: their probability goes to the others. */
    private static void keepOnly(M m, boolean[] agree) {
        double sum = 0;
        for (int c = 0; c < agree.length; c++) if (agree[c]) sum += m.prob[c];
        int best = -1;
        for (int c = 0; c < agree.length; c++) {
            m.prob[c] = agree[c] ? (sum > 0 ? m.prob[c] / sum : 1.0 / agree.length) : 0;
            if (agree[c] && (best < 0 || m.prob[c] > m.prob[best])) best = c;
        }
        m.best = best;
    }

    /** A small hill or peak with no candidate near any town, village or quarter its sentence names (see above). */
    private boolean farTerrain(M m) {
        Place b = m.bestPlace();
        if (b.kind() != PlaceKind.HILL && b.kind() != PlaceKind.MOUNTAIN || b.precisionKm() > SMALL_HEIGHT_KM) return false;
        boolean settlement = false;
        for (M o : near(m)) {
            // a settlement for sure: a name that is no word, or a word with its feature word ("بلدة مهين")
            if (o == m || o.sentence != m.sentence || o.needsContext || o.featureWord || o.dictionaryWord && o.trigger == null) continue;
            Place p = o.bestPlace();
            PlaceKind k = p.kind();
            if (k != PlaceKind.CITY && k != PlaceKind.TOWN && k != PlaceKind.VILLAGE && k != PlaceKind.NEIGHBOURHOOD) continue;
            settlement = true;
            for (Place c : m.cands) {
                if (Geodesy.approxKm(c.lat(), c.lon(), p.lat(), p.lon()) <= TERRAIN_NEAR_KM + p.precisionKm()) return false;
            }
        }
        return settlement;
    }

    /**
     * "في قريتي تل أعور والفريكة ... سيطرة قوات الأسد على القريتين": the dual of a feature word (القريتين "the two
     * villages", البلدتين) after the same dual in construct (قريتي، بلدتي) earlier in the sentence points back to
     * them; it is not the town al-Qaryatayn.
     */
    private boolean anaphoricDual(M m) {
        String k = m.key.startsWith("ال") ? m.key.substring(2) : m.key;
        if (k.length() < 5 || !k.endsWith("تين")) return false;
        String stem = k.substring(0, k.length() - 3);
        if (!g.lex.triggers.containsKey(ArabicNormalizer.normalize(stem + "ة"))) return false;
        String construct = stem + "تي";
        for (int t = m.tok - 1; t >= 0 && sentenceOf(tokens.get(t).normStart()) == m.sentence; t--) {
            if (Tokenizer.peelings(tokens.get(t).text()).contains(construct)) return true;
        }
        return false;
    }

    /**
     * "حي المغاير جنوب مدينة حلب": a quarter of a city named in the sentence, which the gazetteer does not hold; the
     * village of that name 95 km away is not it. A quarter's word whose candidates hold no quarter, with a city, a
     * town or a quarter of the sentence far from the best of them, is no place here (the city still is).
     */
    private boolean missingQuarter(M m) {
        if (!m.trigger.equals(Set.of(PlaceKind.NEIGHBOURHOOD))) return false;
        for (Place c : m.cands) if (c.kind() == PlaceKind.NEIGHBOURHOOD || c.kind() == PlaceKind.CAMP) return false;
        Place b = m.bestPlace();
        for (M o : near(m)) { // the mentions around it, as the other sentence checks: never the whole report
            if (o == m || o.sentence != m.sentence || o.needsContext) continue;
            // a city, a town, or what lies in one ("حي المغاير في حلب القديمة"): the quarter is there, not 95 km away
            Place p = o.bestPlace();
            PlaceKind k = p.kind();
            boolean urban = k == PlaceKind.CITY || k == PlaceKind.TOWN || k == PlaceKind.NEIGHBOURHOOD;
            if (urban && Geodesy.approxKm(b.lat(), b.lon(), p.lat(), p.lon()) > CONTEXT_NEAR_KM + p.precisionKm()) return true;
        }
        return false;
    }

    /**
     * "رامي عبد الرحمن": عبد before a name of God is part of a man's name, not the village عبد; and the word right
     * before such a name is the man's first name (رامي), not the village الرامي.
     */
    private boolean servantOfGod(M m) {
        String k = m.key.startsWith("ال") ? m.key.substring(2) : m.key;
        if (k.equals("عبد")) return m.tok + 1 < tokens.size() && g.lex.divineNames.contains(tokens.get(m.tok + 1).text());
        int after = lastTok(m) + 1;
        // the name of God first: one lookup, where peeling the word between is four strings, for every mention
        return m.trigger == null && after + 1 < tokens.size() && g.lex.divineNames.contains(tokens.get(after + 1).text())
                && sentenceOf(tokens.get(after).normStart()) == m.sentence
                && Tokenizer.peelings(tokens.get(after).text()).contains("عبد");
    }

    /**
     * A noun for a kind of site with its article (site_nouns.tsv), clitics (و، ب) aside; or without it, as the first
     * noun of a construct whose second names the site ("في محيط سجن غويران": the prison of Ghweiran, not the village
     * المزرعة of Suwayda that is also called السجن; decision 072).
     */
    private boolean isSiteNoun(M m) {
        if (lastTok(m) != m.tok) return false;
        for (String k : Tokenizer.peelings(tokens.get(m.tok).text())) {
            if (g.lex.siteNouns.contains(k) || !k.startsWith("ال") && g.lex.siteNouns.contains("ال" + k) && namesFollow(m)) return true;
        }
        return false;
    }

    /** A word right after the mention in its sentence, with nothing but a space between (the second noun of a construct). */
    private boolean namesFollow(M m) {
        int next = m.tok + 1;
        return next < tokens.size() && sentenceOf(tokens.get(next).normStart()) == m.sentence && !hasGap(tokens.get(m.tok), tokens.get(next));
    }

    /** "برج 45", "النقطة 16": a word with a number right after it is a label of a military point, not a village. */
    private boolean labelledByNumber(M m) {
        int next = lastTok(m) + 1;
        if (next >= tokens.size() || hasGap(tokens.get(next - 1), tokens.get(next))) return false;
        String w = tokens.get(next).text();
        return !w.isEmpty() && w.chars().allMatch(Character::isDigit);
    }

    /**
     * "بين اخوة الصف الواحد": an indefinite ordinary word followed by a word with the article is the first noun of a
     * construct ("brothers of the row"), not a village; the names that are such constructs ("عين العرب", "تل
     * الضمان") are matched whole, so the word after them is never their own.
     */
    private boolean inConstruct(M m) {
        if (lastTok(m) != m.tok || tokens.get(m.tok).text().startsWith("ال") || m.prefix.length() > 0) return false;
        int next = m.tok + 1;
        if (next >= tokens.size() || sentenceOf(tokens.get(next).normStart()) != m.sentence
                || hasGap(tokens.get(m.tok), tokens.get(next))) return false;
        String w = tokens.get(next).text();
        if (!w.startsWith("ال") || w.length() < 4 || isFeatureWord(w)) return false;
        if (g.lex.directions.containsKey(w.substring(2)) || g.lex.directions.containsKey(w)) return false;
        for (M o : ms) if (o.tok == next) return false; // a place after it: a list or a locator, not a construct
        return true;
    }

    private static boolean tooWideToVouch(Place p) {
        return p.kind() == PlaceKind.COUNTRY || p.kind() == PlaceKind.GOVERNORATE || p.kind() == PlaceKind.REGION;
    }

    /**
     * "مدينة الرمادي العراقية": the word right after the name is a neighbouring country's adjective; "مدينة الرمادي غرب
     * العراق", "بلدة عرسال في لبنان": a direction or في, then a foreign country or city (foreign_names.tsv).
     */
    private boolean abroad(M m) {
        int next = lastTok(m) + 1;
        if (next >= tokens.size()) return false;
        Token t = tokens.get(next);
        if (sentenceOf(t.normStart()) != m.sentence || hasGap(tokens.get(next - 1), t)) return false;
        if (g.lex.nationalities.contains(t.text())) return true;
        if (next + 1 >= tokens.size() || hasGap(t, tokens.get(next + 1))) return false;
        String w = t.text();
        boolean pointer = w.equals("في") || g.lex.directions.containsKey(w);
        return pointer && g.lex.foreignNames.contains(tokens.get(next + 1).text());
    }

    /** "القائد أبو عمر", "الشيخ يوسف": a title before the name makes it a person's. Only for names that need a sign. */
    private boolean afterPersonTitle(M m) {
        // The title as written, never with its article dropped: "قوات الأسد" names an owner, but a noun with the article
        // is never the first term of a construct, so in "قوات النظام حي المزة" النظام governs nothing after it.
        return m.trigger == null && wordBeforeIn(m, g.lex.personTitles, false);
    }

    /** The word right before the mention, in its sentence with nothing but a space between, is one of these. */
    private boolean wordBeforeIn(M m, Set<String> words) {
        return wordBeforeIn(m, words, true);
    }

    /** As {@link #wordBeforeIn(M, Set)}; {@code articleDropped}: also the word without its article. */
    private boolean wordBeforeIn(M m, Set<String> words, boolean articleDropped) {
        if (m.tok == 0) return false;
        Token prev = tokens.get(m.tok - 1);
        if (sentenceOf(prev.normStart()) != m.sentence || hasGap(prev, tokens.get(m.tok))) return false;
        List<String> forms = Tokenizer.peelings(prev.text());
        for (String f : forms) {
            if (!articleDropped && forms.contains("ال" + f)) continue;
            if (words.contains(f)) return true;
        }
        return false;
    }

    /**
     * A preposition of place right before the name, as a word of its own ("في العين"). A clitic is no sign for a
     * dictionary word: "للثورة" is "of the revolution", "بواسطة" "by means of".
     */
    private boolean prepositionBefore(M m) {
        return m.prefix.isEmpty() && m.normStart == tokens.get(m.tok).normStart() && wordBeforeIn(m, g.lex.placeSigns);
    }

    /** "على بعد 17 كيلومتراً عن السخنة", "20 كم من X": a distance, then عن or من, right before the name. */
    private boolean distanceBefore(M m) {
        if (!m.prefix.isEmpty() || m.tok < 2 || !wordBeforeIn(m, g.lex.placePrepositions)) return false;
        for (int t = m.tok - 2; t >= Math.max(0, m.tok - 3); t--) {
            if (sentenceOf(tokens.get(t).normStart()) != m.sentence) return false;
            if (g.lex.unitsKm.containsKey(tokens.get(t).text())) return true;
        }
        return false;
    }

    /** "قرى X وY": the name follows a place that counts, joined by و or a comma. */
    private boolean listedAfterPlace(M m) {
        if (m.idx == 0) return false;
        M before = ms.get(m.idx - 1);
        if (before.evidence == null || before.sentence != m.sentence || lastTok(before) != m.tok - 1) return false;
        if (opensAClause(before, m)) return false;
        return m.prefix.startsWith("و") || hasComma(before.normEnd, m.normStart);
    }

    /**
     * "في مدينة القامشلي، وتبنى تنظيم داعش التفجير"، "قرب بلدة أورم الجوز، ودمر دبابتين": after a comma و opens a clause
     * as often as it adds a place; a word there with a plain word right after it (the verb's subject or object) is no
     * next item of the list before it, and inherits neither its feature word nor its evidence (decision 068).
     */
    private boolean opensAClause(M before, M m) {
        return m.prefix.startsWith("و") && hasComma(before.normEnd, m.normStart) && plainWordAfter(m);
    }

    /**
     * The word right after the mention, in its clause, is a plain word: not a place, nor a word that may follow a
     * list's item (a preposition or a clitic ب، ل، ف، و, a direction, a vicinity or feature word, a word of grammar).
     */
    private boolean plainWordAfter(M m) {
        int t = lastTok(m) + 1;
        if (t >= tokens.size() || hasGap(tokens.get(t - 1), tokens.get(t))) return false;
        M next = m.idx + 1 < ms.size() ? ms.get(m.idx + 1) : null;
        if (next != null && next.tok == t) return false;
        String w = tokens.get(t).text();
        if (w.isEmpty() || "وبلف".indexOf(w.charAt(0)) >= 0 || Character.isDigit(w.charAt(0))) return false;
        return !g.lex.placePrepositions.contains(w) && !g.lex.directions.containsKey(w) && !g.lex.vicinity.containsKey(w)
                && !g.lex.functionWords.contains(w) && triggerOf(w) == null;
    }

    private boolean hasComma(int from, int to) {
        for (int i = from; i < to; i++) if (nt.text().charAt(i) == '،' || nt.text().charAt(i) == ',') return true;
        return false;
    }

    private boolean relationBefore(M m) {
        if (m.tok == 0) return false;
        if (tokens.get(m.tok - 1).text().equals("بين")) return true; // "بين نوى وجاسم": between two places
        for (String f : Tokenizer.peelings(tokens.get(m.tok - 1).text())) {
            if (g.lex.directions.containsKey(f) || g.lex.vicinity.containsKey(f)) return true;
        }
        return false;
    }

    private int lastTok(M m) {
        return lastTok(tokens, m);
    }

    /** The last token the mention covers (a name may span several words). */
    static int lastTok(List<Token> tokens, M m) {
        int t = m.tok;
        while (t + 1 < tokens.size() && tokens.get(t + 1).normStart() < m.normEnd) t++;
        return t;
    }

    List<Candidate> ranked(M m) {
        return ranked(m, false);
    }

    /** Candidates best first; with {@code explain}, each carries the context that moved its score. */
    List<Candidate> ranked(M m, boolean explain) {
        Integer[] order = new Integer[m.cands.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -m.prob[i]));
        List<Candidate> out = new ArrayList<>(order.length);
        for (int i : order) {
            List<String> why = null;
            if (explain) raw(m, i, 2, why = new ArrayList<>());
            out.add(new Candidate(m.cands[i], m.prob[i], why == null ? List.of() : why));
        }
        return out;
    }

    /**
     * The mention a looked-up name stands for: the first one inside the name's span that is not a feature word
     * ("مدينة الزبداني" stands for الزبداني, "حي الراشدين بحلب" for الراشدين), or null when none lies there.
     */
    M head(int normFrom, int normTo) {
        M first = null;
        for (M m : ms) {
            if (m.normEnd <= normFrom || m.normStart >= normTo) continue; // overlapping: "بمحافظة إدلب" is one name
            if (!m.featureWord && !relationWord(m)) return m;
            if (first == null) first = m;
        }
        return first;
    }

    private boolean relationWord(M m) {
        return g.lex.directions.containsKey(m.key) || g.lex.vicinity.containsKey(m.key);
    }

    /** The normalised text this resolution read. */
    String normalizedText() {
        return nt.text();
    }

    /** Why the mention is a place here, or null (see {@link #evidence(M)}). */
    static String evidenceOf(M m) {
        return m.evidence;
    }

    /** Ranked candidates of the first mention with this key (any mention when key is null), or null. */
    List<Candidate> rankedFor(String key) {
        for (M m : ms) if (key == null || m.key.equals(key)) return ranked(m);
        return null;
    }

    List<Location> locations() {
        List<Location> out = new ArrayList<>();
        RelativePositions rel = new RelativePositions(g.lex, tokens, nt);
        for (int i = 0; i < ms.size(); i++) {
            M m = ms.get(i);
            if (!counts(m)) continue;
            List<Candidate> ranked = ranked(m);
            List<Candidate> alternatives = ranked.subList(1, ranked.size());
            M next = i + 1 < ms.size() ? ms.get(i + 1) : null;
            out.add(rel.locate(m, next, confidence(m), alternatives));
        }
        return out;
    }

    private int tokenAt(int normPos) {
        int lo = 0, hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = tokens.get(mid);
            if (normPos < t.normStart()) hi = mid - 1;
            else if (normPos >= t.normEnd()) lo = mid + 1;
            else return mid;
        }
        return Math.max(0, lo);
    }

    private static int[] sentenceBreaks(char[] s, int length) {
        int[] b = new int[16];
        int n = 0;
        for (int i = 0; i < length; i++) {
            char c = s[i];
            if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n') {
                if (n == b.length) b = Arrays.copyOf(b, n * 2);
                b[n++] = i;
            }
        }
        return Arrays.copyOf(b, n);
    }

    int sentenceOf(int normPos) {
        int idx = Arrays.binarySearch(breaks, normPos);
        return idx >= 0 ? idx : -idx - 1;
    }
}
