package org.clashmap.extract;

import java.util.Objects;

import org.clashmap.geodesy.Geodesy;
import org.clashmap.gazetteer.Location;
import org.clashmap.gazetteer.PlaceKind;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An event being built; later sentences about the same incident are merged into it. */
final class EventDraft {
    /** Place kinds too coarse to pin an incident when something finer is named with them. */
    static final Set<PlaceKind> COARSE = EnumSet.of(PlaceKind.COUNTRY, PlaceKind.GOVERNORATE, PlaceKind.DISTRICT,
            PlaceKind.SUBDISTRICT, PlaceKind.REGION);
    static final Set<PlaceKind> ADMIN = EnumSet.of(PlaceKind.COUNTRY, PlaceKind.GOVERNORATE);
    /** Regions' radii are rough (a centroid and a size): a town this far outside one still lies in it. */
    private static final double CONTAINS_SLACK_KM = 10;
    private static final int MAX_COMPARED = 64;
    /** Governorates named together that make an event a round-up (see {@link #acrossGovernorates}). */
    private static final int MIN_GOVERNORATES_OF_A_ROUNDUP = 3;

    SubEventType subType;
    final Set<String> actors = new LinkedHashSet<>();
    /** Actors named only as holders of a place ("التي يسيطر عليها داعش") or owners of what was struck ("مواقع لداعش"): the side attacked at most, never actor 1. */
    final Set<String> holders = new LinkedHashSet<>();
    final List<Location> places = new ArrayList<>();
    DateRange date;
    boolean dateExplicit;
    final Tally tally = new Tally();
    /** The dead the text gives for one place in particular (its own clause), by place; see ReportReader.countsByPlace. */
    final java.util.Map<Location, Integer> ownKilled = new java.util.IdentityHashMap<>();
    /**
     * Places whose own count is a part of a total told before it ("بينهم 15 في مدينة حلب"): the rest of the total fell
     * elsewhere, at a place of the event without a count of its own or outside the places named.
     */
    final Set<Location> partsOfTotal = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Told by words of killing alone ("وقتل في جبلة وحدها 73 شخصا"): no word of fighting, weapon or aircraft. */
    boolean killingOnly;
    /** Its sentence opens in the past perfect ("وكانت غارة مماثلة قد أودت بحياة خمسة"): an incident before the news. */
    boolean pastPerfect;
    /**
     * How many of the places were told when the toll was (the first ones), or -1 for all: a place a later sentence adds
     * without a toll of its own ("استهدفت الطائرات أيضا بلدة آفس القريبة") is no place the dead were counted at.
     */
    private int placesOfToll = -1;
    final int sentenceStart;
    final int sentenceEnd;
    final int sentenceIndex;
    final int paragraph;
    double confidence;
    int lastSentenceIndex;
    /** Paragraph of the last sentence merged in: later sentences reach back from there. */
    int lastParagraph;

    EventDraft(SubEventType subType, int sentenceStart, int sentenceEnd, int sentenceIndex, int paragraph) {
        this.subType = subType;
        this.sentenceStart = sentenceStart;
        this.sentenceEnd = sentenceEnd;
        this.sentenceIndex = sentenceIndex;
        this.lastSentenceIndex = sentenceIndex;
        this.paragraph = paragraph;
        this.lastParagraph = paragraph;
    }

    /** Only governorates (or the country): places that locate nothing an analyst can map. */
    boolean allPlacesAdmin() {
        return places.stream().allMatch(l -> ADMIN.contains(l.anchor().kind()));
    }

    /** Only named regions, districts or governorates (a town's countryside is told as news of its own). */
    boolean allPlacesCoarse() {
        return places.stream().allMatch(l -> COARSE.contains(l.anchor().kind()));
    }

    /** A region, district or governorate, or a town's countryside ("الريف الغربي لمدينة الرقة"): it pins nothing. */
    static boolean coarse(Location l) {
        return COARSE.contains(l.anchor().kind()) || l.relation() != null && l.relation().endsWith("countryside");
    }

    /**
     * True when each of these places lies inside one of ours: a region or countryside named again lies in the
     * governorate of one of our places ("دخول المدينة الواقعة في ريف دير الزور الشرقي" after the town); a town or
     * village lies inside a governorate or region of ours ("42 killed in Idlib province" then "in the village of
     * Zardana"), or within a town of ours. A village 80 km from our town in the same governorate is elsewhere.
     */
    boolean contains(List<Location> others) {
        for (Location o : others) {
            boolean inside = places.stream().anyMatch(p -> sameGovernorate(p, o)
                    && (coarse(o) || ADMIN.contains(p.anchor().kind())
                        || Geodesy.km(p.lat(), p.lon(), o.lat(), o.lon()) <= p.precisionKm() + CONTAINS_SLACK_KM));
            if (!inside) return false;
        }
        return !others.isEmpty();
    }

    private static boolean sameGovernorate(Location a, Location b) {
        return !a.anchor().admin1().isEmpty() && a.anchor().admin1().equals(b.anchor().admin1());
    }

    boolean sharesPlace(List<Location> others) {
        Set<String> ours = new LinkedHashSet<>();
        for (Location p : places) ours.add(p.anchor().id());
        return others.stream().anyMatch(o -> ours.contains(o.anchor().id()));
    }

    /**
     * The first mention of {@code l}'s place in this incident (the one its event shows: later mentions of a place are
     * kept for their positions only), or null.
     */
    private Location sameAs(Location l) {
        for (Location p : places) if (p.anchor().id().equals(l.anchor().id()) && Objects.equals(p.relation(), l.relation())) return p;
        return null;
    }

    /** Merges a later sentence about the same incident into this one. */
    void absorb(EventDraft later) {
        if (placesOfToll < 0 && tally.totalKilled() != null && later.tally.totalKilled() == null) placesOfToll = places.size();
        for (Location l : later.places) {
            if (places.stream().noneMatch(p -> p.anchor().id().equals(l.anchor().id()) && p.start() == l.start())) places.add(l);
        }
        actors.addAll(later.actors);
        holders.addAll(later.holders);
        later.ownKilled.forEach((l, n) -> {
            Location ours = sameAs(l);
            if (ours == null) return;
            ownKilled.put(ours, n);
            if (later.partsOfTotal.contains(l)) partsOfTotal.add(ours);
        });
        // "وقتل في جبلة وحدها 73 شخصا" after a bombing of Jableh and Tartus: the later toll is that place's own
        Integer laterKilled = later.tally.totalKilled();
        if (later.places.size() == 1 && places.size() > 1 && laterKilled != null && later.ownKilled.isEmpty()) {
            Location ours = sameAs(later.places.get(0));
            if (ours != null) ownKilled.putIfAbsent(ours, laterKilled);
        }
        tally.mergeMax(later.tally);
        if (later.dateExplicit && later.date.isKnown()) {
            if (!dateExplicit || !date.isKnown()) {
                // a later span that holds the incident's day already known ("اشتباكات تدور منذ عدة أيام") says no more
                // of when it was
                if (!date.isKnown() || !holds(later.date, date)) date = later.date;
                dateExplicit = true;
            } else if (overlaps(date, later.date)) {
                date = intersection(date, later.date);
            }
        }
        confidence = Math.max(confidence, later.confidence);
        lastSentenceIndex = later.lastSentenceIndex;
        lastParagraph = later.lastParagraph;
        dropCoarsePlaces();
    }

    /**
     * Only governorates or their capitals, in three governorates or more ("في محافظات حماة وحلب وحمص والرقة",
     * "في دير الزور والحسكة والرقة"): a round-up of many incidents across the country, placed nowhere in particular.
     * One incident does not span three governorates; an analyst needs the towns it struck.
     */
    boolean acrossGovernorates() {
        Set<String> admin1 = new java.util.HashSet<>();
        for (Location l : places) {
            var p = l.anchor();
            if (p.kind() != PlaceKind.GOVERNORATE && p.capitalLevel() != 1) return false;
            admin1.add(p.admin1());
        }
        return admin1.size() >= MIN_GOVERNORATES_OF_A_ROUNDUP;
    }

    /**
     * A region, district, governorate or countryside named beside a town or village of the same incident only
     * locates it ("في بلدة معرة مصرين بريف إدلب"): the incident is at the town. Kept only when nothing finer is named.
     */
    void dropCoarsePlaces() {
        boolean hasFine = places.stream().anyMatch(l -> !ADMIN.contains(l.anchor().kind()));
        if (hasFine) places.removeIf(l -> ADMIN.contains(l.anchor().kind()));
        List<Location> fine = places.stream().filter(l -> !coarse(l)).toList();
        if (fine.isEmpty() || fine.size() == places.size()) return;
        Set<String> fineAdmin1 = new java.util.HashSet<>();
        for (Location l : fine) fineAdmin1.add(l.anchor().admin1());
        places.removeIf(wide -> aroundAFinerPlace(wide, fine, fineAdmin1));
    }

    /**
     * A district, sub-district or region (a countryside quarter, a plain) with a town or village of the event inside
     * it. A named area elsewhere ("منطقة حميمة" beside al-Sukhnah, 95 km away) is a place of its own.
     */
    private static boolean aroundAFinerPlace(Location wide, List<Location> fine, Set<String> fineAdmin1) {
        if (!coarse(wide)) return false;
        // A countryside quarter ("ريف دير الزور الشرقي") reaches to the governorate's edge: its whole governorate counts.
        // So does a governorate capital's countryside ("الريف الشمالي الشرقي لمدينة حلب"): the governorate's is meant.
        boolean capitalsCountryside = !COARSE.contains(wide.anchor().kind()) && wide.anchor().capitalLevel() == 1;
        if (wide.anchor().id().startsWith("cur:rif_") || capitalsCountryside) return fineAdmin1.contains(wide.anchor().admin1());
        // a pathological event naming thousands of towns: any of them is reason enough (keeps this linear)
        if (fine.size() > MAX_COMPARED) return true;
        for (Location l : fine) {
            if (Geodesy.km(wide.lat(), wide.lon(), l.lat(), l.lon()) <= wide.precisionKm() + CONTAINS_SLACK_KM) return true;
        }
        return false;
    }

    static boolean overlaps(DateRange a, DateRange b) {
        if (!a.isKnown() || !b.isKnown()) return true;
        return !a.to().isBefore(b.from()) && !b.to().isBefore(a.from());
    }

    /** {@code outer} holds every day of {@code inner} (both known). */
    private static boolean holds(DateRange outer, DateRange inner) {
        return !outer.from().isAfter(inner.from()) && !outer.to().isBefore(inner.to());
    }

    static DateRange intersection(DateRange a, DateRange b) {
        var from = a.from().isAfter(b.from()) ? a.from() : b.from();
        var to = a.to().isBefore(b.to()) ? a.to() : b.to();
        return new DateRange(from, to, DateMention.precisionForSpan(from, to, TimePrecision.DAY));
    }

    Event toEvent(String text, Actors lexicon) {
        List<EventActor> list = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>(actors);
        for (String side : tally.killed.keySet()) if (!side.isEmpty()) ids.add(side);
        // Civilians are acted upon: after the armed actors, whatever order the text named them in (ACLED's actor 2).
        List<String> civilians = ids.stream().filter(id -> lexicon.get(id) != null && lexicon.get(id).kind() == Actors.Kind.CIVILIAN).toList();
        if (civilians.size() < ids.size()) {
            ids.removeAll(civilians);
            ids.addAll(civilians);
        }
        // Civilians alone are the target, never the initiator: actor 1 stays empty. So is a place's holder, named
        // after the armed actors and before the civilians.
        boolean onlyCivilians = ids.stream().allMatch(id -> lexicon.get(id) != null && lexicon.get(id).kind() == Actors.Kind.CIVILIAN);
        String first = onlyCivilians ? null : initiator(ids, lexicon);
        if (!holders.isEmpty()) {
            List<String> ordered = new ArrayList<>(ids);
            List<String> held = holders.stream().filter(h -> !ordered.contains(h)).toList();
            ordered.addAll(ordered.size() - civilians.size(), held);
            ids = new LinkedHashSet<>(ordered);
        }
        String second = null;
        for (String id : ids) {
            // actor 2 is the first actor on the other side: an ally of actor 1 is associated with it (Alliances)
            if (second == null && !id.equals(first) && (first == null || !Alliances.allied(first, id))) second = id;
        }
        for (String id : ids) {
            ActorRole role = id.equals(first) ? ActorRole.ACTOR1 : id.equals(second) ? ActorRole.ACTOR2 : ActorRole.ASSOCIATED;
            list.add(new EventActor(id, role, tally.killed.get(id)));
        }
        list.sort(java.util.Comparator.comparing(EventActor::role));
        List<EventPlace> eps = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        // The places' own counts are the text's too: when they add up to more than the toll read for the whole event
        // (a count told in a clause the event's word did not reach), the event's toll is their sum, so that the
        // exports' rows always add up to the event's toll.
        Integer total = tally.totalKilled();
        int sumOwn = ownKilled.values().stream().mapToInt(Integer::intValue).sum();
        if (!ownKilled.isEmpty() && (total == null || sumOwn > total)) total = sumOwn;
        // "قتل 28 مدنيا في محافظة حلب، بينهم 15 في مدينة حلب": every place has its part, so the rest of an area's total
        // fell at places not named; on the first place it would count the whole area's dead there again
        if (!partsOfTotal.isEmpty() && total != null && sumOwn < total && ownKilledAtEveryPlace()) total = sumOwn;
        for (Location l : tollFirst()) {
            if (seen.add(l.anchor().id() + "|" + l.relation())) eps.add(toPlace(l).withFatalities(ownKilled.get(l)));
        }
        return new Event(subType.type, subType, list, eps, date, total, tally.totalWounded(),
                text.substring(sentenceStart, sentenceEnd), sentenceStart, sentenceEnd, confidence);
    }

    /** Kinds of incident whose victims' side, named alone, did not strike: bombs and assassinations. */
    private static final Set<SubEventType> ONE_SIDED = java.util.EnumSet.of(SubEventType.REMOTE_EXPLOSIVE,
            SubEventType.SUICIDE_BOMB, SubEventType.ATTACK);

    /**
     * The first actor named, except that an air strike's initiator has an air force: only states fly over Syria, so a
     * faction named with a strike (the side whose positions were hit, a group told in another clause of the sentence)
     * is no initiator, and the strike's actor 1 stays unknown when no state is named. Drones flown by factions are
     * rare in the news and are read the same way.
     */
    private String initiator(Set<String> ids, Actors lexicon) {
        // "قتل قائد لواء شهداء اليرموك في انفجار سيارة مفخخة": a bomb or an assassination that kills the first side named
        // struck that side; who planted or fired is not told. Another armed side named beside it ("زرعها تنظيم داعش") did.
        String first = ids.iterator().next();
        if (ONE_SIDED.contains(subType) && tally.killed.containsKey(first)) {
            for (String id : ids) {
                Actors.Actor a = lexicon.get(id);
                boolean armed = a == null || a.kind() != Actors.Kind.CIVILIAN;
                if (armed && !tally.killed.containsKey(id)) return id;
            }
            return null;
        }
        if (subType != SubEventType.AIR_DRONE_STRIKE) return first;
        for (String id : ids) {
            Actors.Actor a = lexicon.get(id);
            if (a != null && (a.kind() == Actors.Kind.GOVERNMENT || a.kind() == Actors.Kind.STATE)) return id;
        }
        return null;
    }

    /**
     * The places with the one a toll belongs to first: a toll the text gives for several places together is carried
     * by the event's first place (FatalityShares), and the most specific of them is where the dead were counted
     * ("42 killed in Idlib province ... in the village of Zardana": the village). Other places keep text order.
     */
    private List<Location> tollFirst() {
        if (tally.totalKilled() == null || places.size() < 2) return places;
        Location lead = places.get(0);
        List<Location> counted = placesOfToll > 0 && placesOfToll < places.size() ? places.subList(0, placesOfToll) : places;
        for (Location l : counted) if (l.precisionKm() < lead.precisionKm()) lead = l;
        // when the places' own counts make up the whole toll, one of them leads, so no other place gets a 0 of the rest
        int sumOwn = ownKilled.values().stream().mapToInt(Integer::intValue).sum();
        if (!ownKilled.isEmpty() && sumOwn >= tally.totalKilled() && !ownKilled.containsKey(lead)) {
            for (Location l : places) {
                if (ownKilled.containsKey(l)) {
                    lead = l;
                    break;
                }
            }
        }
        // "قتل 30 شخصا في دوما وحرستا، بينهم 20 في دوما": the rest of the total are the dead of a place told without a
        // part of its own, not more dead of the place whose part the text gave
        if (sumOwn < tally.totalKilled() && partsOfTotal.contains(lead)) {
            for (Location l : counted) {
                if (!ownKilled.containsKey(l)) {
                    lead = l;
                    break;
                }
            }
        }
        List<Location> out = new ArrayList<>(places);
        out.remove(lead);
        out.add(0, lead);
        return out;
    }

    private boolean ownKilledAtEveryPlace() {
        for (Location l : places) if (!ownKilled.containsKey(l) && !ownKilledAtSamePlace(l)) return false;
        return true;
    }

    /** A later mention of a place whose first mention has its own count (the event shows the first one only). */
    private boolean ownKilledAtSamePlace(Location l) {
        Location first = sameAs(l);
        return first != null && ownKilled.containsKey(first);
    }

    static EventPlace toPlace(Location l) {
        return new EventPlace(l.anchor().id(), l.anchor().nameAr(), l.anchor().nameEn(), l.relation(), l.lat(), l.lon(),
                l.precisionKm(), l.confidence(), l.start(), l.end());
    }
}
