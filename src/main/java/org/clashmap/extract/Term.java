package org.clashmap.extract;

/** What a lexicon phrase means; the payload of a {@link TermMatcher} match. */
sealed interface Term {
    /** An actor alias; {@code needsTopic} for aliases like "التنظيم" that need the actor named plainly first. */
    record ActorAlias(String actorId, boolean needsTopic) implements Term {}

    /** An event word. {@code subType} null for control-only words; {@code capture} when the sub-type depends on the actor. */
    record Trigger(SubEventType subType, boolean capture, boolean strong, Control control) implements Term {}

    enum Control { NONE, GAIN, LOSS }

    record Cue(CueEffect effect) implements Term {}

    enum CueEffect { SUPPRESS, ATTEMPT, STATE, BREAKDOWN, NEGATION, FAKE, BACKGROUND, IGNORE, HABITUAL, CUMULATIVE, ALTERNATIVE }

    record Casualty(boolean killed, boolean weak) implements Term {}

    /** A number word; value null for "some" (عدد من). */
    record NumberWord(Integer value) implements Term {}

    record Month(int month) implements Term {}

    record Weekday(int isoDay) implements Term {}

    /** A day range relative to today. */
    record RelativeDays(int from, int to, TimePrecision precision) implements Term {}

    /** A calendar month relative to today's ("الشهر الماضي"). */
    record RelativeMonth(int offset, Part part) implements Term {}

    /** "مطلع / منتصف / أواخر" before a month or year. */
    record DatePart(Part part) implements Term {}

    enum Part { ALL, EARLY, MID, LATE }

    /** "منذ": the range runs on to today. */
    record Since() implements Term {}

    /** "غداة": the day after the date just mentioned, so the event is the day before it. */
    record DayAfter() implements Term {}

    /** Makes a shelling word an air strike. */
    record AirContext() implements Term {}

    /** A word of {@code extract/presence.tsv}: an actor's positions at a place say who holds it. */
    record Presence(PresenceRole role) implements Term {}

    enum PresenceRole { POST, QUALIFIER, LINK, AT, FORMER }
}
