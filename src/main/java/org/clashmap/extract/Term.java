package org.clashmap.extract;

/** What a lexicon phrase means; the payload of a {@link TermMatcher} match. */
sealed interface Term {
    /** An actor alias; {@code needsTopic} for aliases like "التنظيم" that need the actor named plainly first. */
    /** {@code afterMeans}: a nationality adjective, the actor only right after a strike or its means (SentenceScan). */
    record ActorAlias(String actorId, boolean needsTopic, boolean afterMeans) implements Term {}

    /**
     * An event word. {@code subType} null for control-only words; {@code capture} when the sub-type depends on the
     * actor; {@code ground}: fire only guns and launchers on the ground deliver (shells, mortars), never an air strike.
     */
    record Trigger(SubEventType subType, boolean capture, boolean strong, Control control, boolean ground) implements Term {}

    enum Control { NONE, GAIN, LOSS }

    record Cue(CueEffect effect) implements Term {}

    enum CueEffect {
        SUPPRESS, ATTEMPT, STATE, BREAKDOWN, NEGATION, FAKE, BACKGROUND, IGNORE, HABITUAL, ALTERNATIVE,
        /** after a negation, the toll is not known rather than nil ("دون معلومات عن إصابات") */
        UNCERTAIN,
        /**
         * the sentence gives statistics over a long period ("منذ بداية العام"): its numbers, up to a word opening a
         * new report in it ("فيما"، "بينما"), are no incident's toll, and its clause tells no incident (ReportReader)
         */
        CUMULATIVE,
        /**
         * a toll for the country ("قتل 45 شخصا في سوريا اليوم، بينهم 12 في حلب"): read as {@link #CUMULATIVE} when its
         * clause has no strong event word ("غارة على مدينة إدلب في سوريا اليوم" is one strike)
         */
        ROUNDUP,
        /**
         * an accusation or a condemnation ("اتهم ناشطون قوات النظام بقصف ..."، "أدان الائتلاف القصف الروسي على أريحا"):
         * a statement, no incident, unless the rest of the sentence tells the attack's dead ("... ما أدى إلى مقتل 5
         * مدنيين"، "... راح ضحيتها أكثر من 100 شخص"); then it names the culprit, as "حمل ... مسؤولية" does
         */
        BLAME,
        /**
         * a participle that describes a place or a force by a lasting state ("داريا المحاصرة منذ عام 2012", "الخاضعة
         * لسيطرة الفصائل منذ"): a date or a span after it is that state's, neither the incident's date nor a total
         * over the span (ReportReader reads a relative clause right after a place the same way)
         */
        QUALIFIER,
        /** "خلال", "على مدى": with a {@link #DURATION} word just after, a period of months or years */
        PERIOD,
        DURATION,
        /** a toll update ("ارتفعت حصيلة القتلى"): the sentence's numbers restate one total, the largest is kept */
        UPDATE,
        /**
         * an update told as coming later ("ثم ارتفعت الحصيلة إلى 6"، "وارتفع العدد لاحقا إلى 6"): the incident's own toll
         * rising, not a running total over other incidents (ReportReader.runningTotal)
         */
        LATER,
        /**
         * the places after it in its clause are where people fled to, live or come from, or where a road leads
         * ("نزوح العائلات باتجاه صدد", "يسكنون في دمشق", "الطرق المؤدية إلى حلب"): no incident's place; the words
         * and numbers around are read as usual
         */
        ASIDE,
        /**
         * the charge a victim was killed or taken on ("أعدم خمسة رجال بتهمة التعامل مع التحالف", "بحجة الانتماء إلى
         * داعش"): the actors named after it in its clause are what the victims were accused of, no party to the incident;
         * places and numbers around are read as usual
         */
        CHARGE,
        /**
         * without fighting ("دون قتال", "دون مقاومة"): a capture or a withdrawal in its clause is a non-violent
         * transfer of territory (ACLED's strategic development), not a battle
         */
        PEACEFUL,
        /**
         * a relative clause that says where a place lies ("البلدة الواقعة على أطراف حمص", "القرية التي تبعد 5 كم عن
         * المدينة"): right after a place, the places after it in its clause are reference points, not the incident's;
         * after anything else ("مواقع للنظام الواقعة شمال المحطة") they are where the incident is, and it does nothing
         */
        LOCATES,
        /**
         * an event word named only as a point in time of an incident already told ("منذ بدء الاشتباكات", "منذ اندلاع
         * المعارك"): the phrase takes the event word in, so it starts no new event; numbers around are read as usual
         */
        REFERS,
        /**
         * decision 072: a correction ("والصحيح أنهم 5"، "والصواب"): the figure after it replaces the one the report gave
         * before it, in the sentence or in the incident told before (see Tally.corrected)
         */
        CORRECTION,
        /** decision 072: a figure taken back ("وليس 3 كما ذكر سابقا"): the number right after it is no count */
        RETRACTED,
        /**
         * a toll of both sides ("مقتل 30 عنصرا من الطرفين"): the dead of fighting, so a sentence with only that toll adds
         * to the last battle told, not to a strike told after it
         */
        BOTH_SIDES,
        /**
         * the sentence counts incidents of a kind ("وهي الحادثة الثالثة من نوعها خلال شهر"، "وهو ثالث اغتيال في المدينة
         * خلال شهر"): a period right after it sums up incidents, not dead, so it is no statistic over the toll told
         * before it (CasualtyCounter.cumulative)
         */
        EVENT_COUNT,
        /**
         * the causative أسقط ("brought down", "dropped"): with an aircraft as its object the sentence tells a downing,
         * a clash (downings.tsv, {@link Downings})
         */
        DOWNING,
        /**
         * where the fire came from ("من مواقعها في جبل الأكراد"، "انطلاقا من"، "مصدرها"): the first place a few words
         * after it, and places joined to it by و, are no incident's place (ReportReader.origins)
         */
        ORIGIN,
        /**
         * a news outlet's word ("شبكة"، "موقع"، "قناة") after a word of telling or with a figure after the name ("أفادت شبكة
         * دير الزور 24"): the place right after it is part of the outlet's name, no place at all (ReportReader.origins)
         */
        OUTLET,
        /**
         * the wounds a death came of were received ("متأثرا بجروح أصيب بها الأسبوع الماضي"): the date right after it is the
         * incident's, not the day of the death told before it (ReportReader.dateOfTheWounds)
         */
        WOUNDED_ON,
        /** as {@link #ORIGIN}, with the place after من only: "قذائف أطلقها مسلحون من حي الوعر" */
        FIRED_FROM,
        /**
         * forces sent somewhere ("استقدمت قوات النظام مئات العناصر إلى مدينة محردة"، "أرسلت أرتالا إلى تدمر"): the place
         * after إلى a few words on, and places joined to it by و, are where they went, no incident's place
         * (ReportReader.origins)
         */
        DESTINATION,
        /**
         * a person's home town ("ابن مدينة تلبيسة"، "من أبناء مدينة دوما"، "ينحدر من قرية الهبيط"): the place it introduces,
         * and places joined to it by و, are no incident's place when the sentence names another (ReportReader.origins)
         */
        HOME,
        /**
         * "وهو"، "وهي"، "وهما": the person noun right after it names the one just told again ("ما أدى إلى مقتل سائقها، وهو
         * طبيب"), no one more (CasualtyCounter.casualtyForPerson)
         */
        APPOSITION,
        /**
         * forces "stationed" or "entrenched" somewhere ("قصفت قوات النظام المتمركزة في قرية جبورين مدينة تلبيسة"): the place
         * it introduces is where the fire came from when a finer place follows it in its clause as the target; "استهدفت
         * الفصائل قوات النظام المتمركزة في قرية X" struck X (ReportReader.origins)
         */
        DEPLOYED,
        /**
         * one who tells ("مراسل"، "ناشط"، "مكتب"): the place after في or من a few words on is where that one is, no
         * incident's place when the sentence names another (ReportReader.origins)
         */
        SPEAKER,
        /**
         * a bomb seized or a bombing foiled ("ضبطت سيارة مفخخة"، "أحبطت الوحدات تفجير شاحنة مفخخة"): a bomb word a few
         * words after it in its clause did not go off (ReportReader.foiled)
         */
        FOILS,
        /**
         * a denial or a doubt ("نفت"، "لم يؤكد"): with a word of death a few words after it, or "the news" (doubts.tsv), the
         * dead of the incident told are unknown (ReportReader.unconfirmedDead)
         */
        UNCONFIRMED,
        /**
         * a release ("أفرج النظام عن 25 معتقلا"، "أطلقت سراح"): an arrest or abduction word after it in the sentence tells
         * the detention the release ends, no incident of the news (ReportReader.suppressed)
         */
        RELEASE,
        /** a longer phrase that only keeps a shorter cue inside it from matching ("في وقت سابق من اليوم" is news) */
        NONE
    }

    /**
     * A word about casualties; {@code weak} words ("سقط") count a number only when nothing else does. A word that
     * is its own number has a {@code count}: 2 for a dual ("قتيلان", "شهيدين"), 1 for a killing of "him" or "her"
     * ("وقتله", "إعدامه"); 0 for the rest.
     */
    /**
     * {@code count}: a word that counts its dead itself (2 for a dual, 1 for "him"); {@code pronoun}: it counts them
     * through a pronoun ("مقتله", "مقتلهما"), so it names people the text may have counted already.
     */
    record Casualty(Role role, boolean weak, int count, boolean pronoun) implements Term {
        boolean killed() {
            return role == Role.KILLED;
        }
    }

    /**
     * KILLED, WOUNDED: count a number next to them. LOSSES: human losses without saying dead or wounded
     * ("خسائر بشرية"). NONE: says nobody was hurt ("أضرار مادية" only). THINGS: a number just before it counts
     * things, not people ("30 برميلاً", "9 غارات", "17 كم"). AGENT: the means or hand of a killing. UNIT: see below.
     */
    enum Role { KILLED, WOUNDED, LOSSES, NONE, THINGS, AGENT,
        /** a military unit's noun: a number right after it is the unit's name ("قائد اللواء 47"), no count of people */
        UNIT,
        /** "برتبة": the rank named right after it is the person just counted ("ضابط برتبة عقيد"), no one more */
        RANK,
        /** "أسر"، "أسرى": a number it governs counts captives, not dead ("أسرت الفصائل 6 عناصر وقتلت آخرين") */
        CAPTURED,
        /** how a killing was done ("رميا بالرصاص"، "ذبحا"): between a verb and its victims it parts neither */
        MANNER }

    /**
     * A number word; value null for "some" (عدد من). {@code implied}: a noun that counts the people it names
     * ("طفلة" 1, "شقيقين" 2), a count only right after a casualty word ("مقتل طفلة").
     */
    record NumberWord(Integer value, boolean implied) implements Term {
        NumberWord(Integer value) {
            this(value, false);
        }
    }

    record Month(int month) implements Term {}

    /** A day of the month written as an ordinal ("الثامن"): a day only before "من" and a month (day_ordinals.tsv). */
    record DayOrdinal(int day) implements Term {}

    record Weekday(int isoDay) implements Term {}

    /** A day range relative to today. */
    record RelativeDays(int from, int to, TimePrecision precision) implements Term {}

    /**
     * A calendar month relative to today's ("الشهر الماضي"); {@code afterDayOnly}: a month only as the month of a day
     * told right before it ("في الثامن من الشهر"), else no date word at all (a bare "الشهر").
     */
    record RelativeMonth(int offset, Part part, boolean afterDayOnly) implements Term {}

    /** "مطلع / منتصف / أواخر" before a month or year. */
    record DatePart(Part part) implements Term {}

    enum Part { ALL, EARLY, MID, LATE }

    /** "منذ": the range runs on to today. */
    record Since() implements Term {}

    /** "غداة": the day after the date just mentioned, so the event is the day before it. */
    record DayAfter() implements Term {}

    /** "الماضي" after a weekday ("الثلاثاء الماضي"): the one before today's weekday, never today. */
    record Last() implements Term {}

    /** Makes a shelling word an air strike. */
    record AirContext() implements Term {}

    /** A word for what was fired (projectiles.tsv). */
    record Projectile() implements Term {}

    /** An aircraft that may be brought down, or a load it may drop (downings.tsv). */
    record Aircraft(boolean load) implements Term {}

    /** A weapon word only one actor uses (implied_initiators.tsv): that actor fired, when the text names no other. */
    record ImpliedInitiator(String actorId) implements Term {}

    /** A word of {@code extract/presence.tsv}: an actor's positions at a place say who holds it. */
    record Presence(PresenceRole role) implements Term {}

    enum PresenceRole { POST, TARGET, QUALIFIER, LINK, AT, FORMER, ORIGIN }
}
