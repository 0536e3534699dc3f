using TestimonyNlp.Claims.Dates;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Building;

/// <summary>
/// What a claim takes from the entities in and around its evidence: the weapon and the actor (from the evidence,
/// else from the event being told) and the most specific site; the date comes from <see cref="ClaimDates"/>.
/// </summary>
internal static class ClaimContext
{
    /// <summary>Words of shooting that tie a harm to the guns named before it: "they shot him", "a bullet".</summary>
    private static readonly string[] ShootingWords = ["shot", "shots", "shoot", "shoots", "shooting", "fired", "firing",
        "bullet", "bullets", "gunshot", "gunshots", "gunfire", "sniper", "snipers", "gun", "guns"];

    /// <summary>How many speaker turns back a named munition is carried across a time of day: the answer before
    /// and the turns between. Out of fold, gold carries it 51 times of 54 within three turns, 24 of 33 further back
    /// (models/README.md, "Claim weapons"). Turns are counted as answers (<see cref="DocumentLayout.Answer"/>): the
    /// witness's turns that follow one another with no question between (cues of a subtitle file) are one.</summary>
    private const int MunitionCarryTurns = 3;

    /// <summary>Times of a day (<see cref="OnlyTimeOfDay"/>).</summary>
    private static readonly string[] TimesOfDay = ["morning", "evening", "afternoon", "night", "noon", "midday", "midnight",
        "dawn", "dusk"];

    /// <summary>Words that point at a time of day without moving to another day: "the", "that same", "early", "around".</summary>
    private static readonly string[] TimeOfDayPointers = ["the", "that", "this", "same", "in", "at", "around", "about",
        "early", "late", "one"];

    /// <summary>The words of a question's pointer back to the day being told (<see cref="IsThatDay"/>).</summary>
    private static readonly string[] ThatDayWords = ["that", "the", "same", "day"];

    /// <summary>Words that make the weapon after them the time of what follows: "after the strike", "since the shelling".</summary>
    private static readonly string[] TimeAfterWords = ["after", "since"];

    /// <summary>Words that may stand between "after" and the weapon: "after the", "after that".</summary>
    private static readonly string[] Determiners = ["the", "a", "an", "that", "this", "those", "these"];

    /// <summary>Verbs of shooting someone: "they shot him", "shooting at the people".</summary>
    private static readonly string[] ShootingVerbs = ["shot", "shoot", "shoots", "shooting"];

    /// <summary>The weapon category of a claim: that of <see cref="Nearest"/>'s WEAPON mention, except that a death or
    /// a wound whose evidence names no weapon but tells a shooting ("they shot him at his door") was done with small
    /// arms, whatever was named before it; and damage takes no mine named outside its evidence (mines are laid for
    /// people, and what is burned or shelled after them was not mined).</summary>
    public static WeaponCategory? Weapon(DocumentLayout layout, Harm harm, int firstSentence, int start, int end)
    {
        var weapon = Nearest(layout, EntityType.Weapon, harm, firstSentence, start, end);
        var inEvidence = weapon is not null && weapon.Start >= start && weapon.End <= end;
        if (!inEvidence && harm == Harm.PropertyDamage && weapon?.Category == WeaponCategory.Landmine)
        {
            return null;
        }

        return !inEvidence && harm is Harm.Killed or Harm.Injured && HasWord(layout, start, end, ShootingVerbs)
            ? WeaponCategory.SmallArms
            : weapon?.Category;
    }

    /// <summary>The first entity of <paramref name="type"/> in the evidence (of weapons, the most specific), else the
    /// nearest before it in the same turn or the event being told (for the actor of an arrest or a disappearance,
    /// anywhere before it), else the first after it before the next DATE mention (an actor, or past it in the first
    /// sentence of an answer to "Who ...?" soon after: <see cref="ActorCues.AnswersWhoDidIt"/>). Of weapons before
    /// the evidence, a barrel, cluster, chemical or incendiary munition of the event being told wins over a nearer,
    /// less specific one ("the planes dropped barrels ... the planes came back ... my son died" is a barrel bomb). An actor outside the
    /// evidence named in doubt, denial or as others' word (<see cref="ActorCues.IsDoubted"/>, <see cref="ActorCues.IsNamedAsHearsay"/>), or in a question of
    /// presence or its answer (<see cref="ActorCues.IsPresenceAsked"/>), is passed over, and so is one after it in the
    /// interviewer's question of the side itself (<see cref="ActorCues.IsAskedAside"/>) or in a later answer to a
    /// question not of who did it (<see cref="ActorCues.IsAnsweredAside"/>); one
    /// of an earlier turn is carried to evidence that names a weapon only when named with a weapon of its category
    /// (<see cref="TiedToEvidenceWeapon"/>), and one of a death, a wound or damage named alone with a weapon of the
    /// claim's category is carried past a DATE too (<see cref="NamedWithClaimWeapon"/>). Guns named outside the evidence are its weapon only when the evidence, or
    /// the sentence before it in the same answer, tells a shot (<see cref="TellsShooting"/>). An actor named as the side a
    /// person belongs to ("my brother was in the Free Army", <see cref="ActorCues.IsMembership"/>), or as what an attack
    /// hit or was aimed at ("it hit a pickup of the army", <see cref="ActorCues.IsTargeted"/>), or as the side a person
    /// is accused of serving ("accusing him of helping the army", <see cref="ActorCues.IsAccused"/>), is passed over
    /// wherever it is named, the evidence included. A death, a wound or
    /// damage told as "they" doing it by hand and left without an actor takes the last one named before it
    /// (<see cref="ActorCues.TellsHandDoneHarm"/>), else the side a witness names alone in answer to "Who ...?" within
    /// the next four answers (<see cref="ActorCues.AnswersWhoByName"/>), else one a witness names in answer to "Who ...?"
    /// by ruling the others out (<see cref="ActorCues.AnswersWhoByExclusion"/>: "Only the militia keeps mortars on that ridge."), else
    /// one the witness reports claiming the attack itself (<see cref="ActorCues.ClaimsTheAttack"/>: "The army said on
    /// its channel that they hit a base."), and takes none from outside its evidence when
    /// the witness says the attacker is not known (<see cref="ActorCues.IsAttackerUnknown"/>) or its evidence is a council's
    /// count (<see cref="ActorCues.CitesCouncil"/>: "The local council put on its page that five died."; a disappearance
    /// too, "the council put up a list of the missing"), none named in an answer
    /// to "Who ...?" that opens by not knowing (<see cref="ActorCues.IsNamedUnknowing"/>), and none of an earlier turn
    /// when its evidence dates it by the calendar (<see cref="DatesByCalendar"/>). Such a death, wound or damage takes
    /// no weapon of an earlier turn either, nor then one named after it ("Q: And your house? A: In March my cousin went
    /// back, the roof is down."): out of fold, of such claims given a weapon of an earlier answer, gold gives none far
    /// more often than that weapon (models/README.md, "Claim weapons"). A death, a wound or damage told beside two sides
    /// fighting each other (<see cref="ActorCues.IsFightingParty"/>: "there was shooting between the army and the
    /// dissidents") takes no actor when such a side is named in its evidence, none named before such a side, and, when
    /// such a side is the last named before it, none named after it either.</summary>
    public static EntityMention? Nearest(DocumentLayout layout, EntityType type, Harm harm, int firstSentence, int start, int end)
    {
        var context = ContextOf(type, harm);

        // The event being told began at the last DATE mention before the evidence, or with the testimony; a named
        // munition is carried further, to the last DATE that names more than a time of day (WeaponEventStart), and
        // an explosive one past an interviewer's "that day" to the answer (AsksThatDayBetween).
        var eventStart = layout.EventStart(start) is var found && found != int.MaxValue ? found : 0;
        var munitionEventStart = type == EntityType.Weapon ? WeaponEventStart(layout, start, askedDay: false) : eventStart;
        var askedDayEventStart = type == EntityType.Weapon ? WeaponEventStart(layout, start, askedDay: true) : eventStart;

        var evidenceTurn = layout.Turn(layout.SentenceOf(end - 1));
        var entities = layout.Document.Entities;
        EntityMention? before = null;
        EntityMention? inside = null;
        EntityMention? after = null;
        EntityMention? munition = null;
        EntityMention? lastActor = null;
        EntityMention? answeredByName = null;
        EntityMention? answeredByExclusion = null;
        EntityMention? claimedBy = null;
        int? evidenceWeapons = null;
        int? claimWeapon = null;
        var weighsSides = false;

        // "There was shooting between the army and the dissidents, and a bullet hit the girl": a death, a wound or damage
        // told beside two sides fighting each other is neither's, and a side named further from it is no surer.
        var caughtBetween = type == EntityType.Actor && harm is Harm.Killed or Harm.Injured or Harm.PropertyDamage;
        var foughtInEvidence = false;
        var foughtBefore = false;

        // "Q: Is there anything else? A: In December a mine took my neighbour's leg.": a harm the evidence dates by
        // the calendar is an event of its own, and a side or a weapon named in an earlier turn was named of another.
        var datedApart = type is EntityType.Actor or EntityType.Weapon && harm is Harm.Killed or Harm.Injured or Harm.PropertyDamage
                         && DatesByCalendar(layout, start, end);
        var weaponPassedOver = false;
        for (var index = 0; index < entities.Count; index++)
        {
            var entity = entities[index];
            if (entity.Type != type || layout.SentenceOfEntity(index) < 0)
            {
                continue;
            }

            if (entity.Start >= start && entity.End <= end)
            {
                if (type == EntityType.Actor && harm == Harm.Displaced && ActorCues.IsFlightAside(layout, entity))
                {
                    continue;
                }

                if (type == EntityType.Weapon && context == Context.Evidence && IsNotWhatTookPeople(layout, entity))
                {
                    continue;
                }

                if (caughtBetween && layout.TraitsOfActor(index).HasFlag(ActorTraits.FightingParty))
                {
                    foughtInEvidence = true;
                    continue;
                }

                if (type == EntityType.Actor && layout.TraitsOfActor(index).HasFlag(ActorTraits.VictimsSide))
                {
                    // "he is in the army now", "they said you are with Hamas", "a drone hit a car of the army": the
                    // victim's side, not the attacker.
                    continue;
                }

                if (inside is null || WeaponRank(entity) < WeaponRank(inside))
                {
                    inside = entity;
                }

                continue;
            }

            if (inside is not null)
            {
                continue;
            }

            if (entity.End <= start && context != Context.Evidence)
            {
                if (type == EntityType.Actor && IsPassedOver(layout, index, harm))
                {
                    continue;
                }

                if (caughtBetween && layout.TraitsOfActor(index).HasFlag(ActorTraits.FightingParty))
                {
                    before = null;
                    lastActor = null;
                    foughtBefore = true;
                    continue;
                }

                var sentence = layout.SentenceOfEntity(index);
                var sameTurn = layout.Turn(sentence) == layout.Turn(firstSentence);
                if (datedApart && !sameTurn)
                {
                    weaponPassedOver |= type == EntityType.Weapon;
                    continue;
                }

                lastActor = entity;
                foughtBefore = false;
                if (context == Context.Testimony
                    || ((sameTurn || firstSentence - sentence <= ClaimBuilder.Defaults.LookbackSentences || entity.Start >= eventStart
                            || (entity.Start >= munitionEventStart && IsNamedMunition(entity)
                                && layout.Answer(firstSentence) - layout.Answer(sentence) <= MunitionCarryTurns)
                            || (entity.Start >= askedDayEventStart && IsExplosiveMunition(entity) && AsksThatDayBetween(layout, entity.End, start) && !NamesDate(layout, start, end)))
                        && (type != EntityType.Actor || sameTurn || TiedToEvidenceWeapon(layout, sentence, start, end, ref evidenceWeapons)))
                    || (type == EntityType.Actor && harm is Harm.Killed or Harm.Injured or Harm.PropertyDamage
                        && NamedWithClaimWeapon(layout, entity, sentence, harm, firstSentence, start, end, ref claimWeapon)))
                {
                    before = entity;
                }

                if (type == EntityType.Weapon && entity.Start >= eventStart && WeaponRank(entity) == 0)
                {
                    munition = entity;
                }
            }
            else if (entity.Start >= end)
            {
                if (after is null && !weighsSides && context != Context.Evidence
                    && (entity.Start < layout.NextDateStart(end) || (type == EntityType.Actor && ActorCues.AnswersWhoDidIt(layout, entity, evidenceTurn)))
                    && !(type == EntityType.Actor && (IsPassedOver(layout, index, harm) || ActorCues.IsAskedAside(layout, entity)
                                                      || ActorCues.IsAnsweredAside(layout, entity, evidenceTurn))))
                {
                    if (type == EntityType.Actor && harm is Harm.Killed or Harm.Injured or Harm.PropertyDamage
                        && (ActorCues.NamesAnotherSide(layout, entity) || layout.TraitsOfActor(index).HasFlag(ActorTraits.FightingParty)))
                    {
                        // "The coalition or the Iraqi planes, who knows": the first side named after the harm is weighed
                        // against another, and a side named further on is no surer.
                        weighsSides = true;
                    }
                    else
                    {
                        // Named only after the harm, before another event is dated: "... my son died. It was the army's shell."
                        after = entity;
                    }
                }

                if (answeredByName is null && type == EntityType.Actor && harm is Harm.Killed or Harm.Injured or Harm.PropertyDamage
                    && ActorCues.AnswersWhoByName(layout, entity, evidenceTurn) && !IsPassedOver(layout, index, harm))
                {
                    answeredByName = entity;
                }

                if (claimedBy is null && type == EntityType.Actor && harm is Harm.Killed or Harm.Injured or Harm.PropertyDamage
                    && ActorCues.ClaimsTheAttack(layout, entity, evidenceTurn) && !IsPassedOver(layout, index, harm))
                {
                    claimedBy = entity;
                }

                if (answeredByExclusion is null && type == EntityType.Actor && harm is Harm.Killed or Harm.Injured or Harm.PropertyDamage
                    && ActorCues.AnswersWhoByExclusion(layout, entity, evidenceTurn) && !IsPassedOver(layout, index, harm))
                {
                    answeredByExclusion = entity;
                }
            }
        }

        if (inside is null && before is not null && munition is not null && WeaponRank(before) > 0)
        {
            before = munition;
        }

        if (foughtInEvidence && inside is null)
        {
            return null;
        }

        if (weaponPassedOver && before is null)
        {
            // "Q: And your house? A: In March my cousin went back; the roof is down. I don't know, the planes or the
            // tanks.": a harm dated apart from the attacks of earlier answers takes no weapon named after it either.
            after = null;
        }

        // "Q: Who was shooting at whom? A: Both. The army was in the school.": after a harm told beside two sides
        // fighting, a side named after it is where the sides stood.
        var outside = before ?? (foughtBefore ? null : after);
        if (type == EntityType.Actor && inside is null && outside is null && harm is Harm.Killed or Harm.Injured or Harm.PropertyDamage
            && ActorCues.TellsHandDoneHarm(layout, start, end))
        {
            // "they shot him by the door", "they burned the granary": "they" are the men of the side last named.
            outside = lastActor;
        }

        if (type == EntityType.Actor && inside is null && answeredByName is not null)
        {
            // "Q: Who were the attackers? A: Codeco.", a few answers after the harm told: the interviewer came back to
            // it, and the side named alone wins over one carried from before or named on the way.
            outside = answeredByName;
        }

        if (type == EntityType.Actor && inside is null && outside is null && answeredByExclusion is not null)
        {
            // "Q: Who fired? A: Only the militia keeps mortars on that ridge.": the witness rules every other side out. It argues
            // from who could, so a side told before as doing the harm still stands.
            outside = answeredByExclusion;
        }

        if (type == EntityType.Actor && inside is null && outside is null && claimedBy is not null)
        {
            // "The rebels said on their channel that they hit the post.": the side's own word of the attack.
            outside = claimedBy;
        }

        if (type == EntityType.Actor && inside is null && outside is not null && harm is Harm.Killed or Harm.Injured or Harm.PropertyDamage
            && (ActorCues.IsAttackerUnknown(layout, firstSentence, layout.SentenceOf(end - 1)) || ActorCues.CitesCouncil(layout, start, end)))
        {
            // "I don't know who fired": the side named around the harm is not held to be its attacker; nor is it when the
            // evidence is a council's count ("the local council put on its page that five died").
            return null;
        }

        if (type == EntityType.Actor && inside is null && outside is not null && harm == Harm.Missing && ActorCues.CitesCouncil(layout, start, end))
        {
            // "The village council read out eleven names of the missing": a count of the disappeared published by a
            // council names no taker, though "nobody knows where he is" (of where the man is) does not drop the side.
            return null;
        }

        if (inside is null && outside?.Category == WeaponCategory.SmallArms && !TellsShooting(layout, start, end))
        {
            // Guns fire through a whole attack, but a death, a wound or a burning told without a shot is not
            // held to be theirs: "they were shooting with Kalashnikovs ... they burned the granary" has no weapon.
            return null;
        }

        return inside ?? outside;
    }

    /// <summary>True when the evidence from <paramref name="start"/> to <paramref name="end"/> holds a DATE mention
    /// that places its event by the calendar (<see cref="NamesCalendarTime"/>): "In December ...", "in 2021", "last
    /// spring", "on the 3rd of August". Out of fold, of deaths, wounds and damage given a side named in an earlier turn,
    /// those whose evidence dates itself so were right 17 times and without an actor in gold 33 (models/README.md,
    /// "Claim actors").</summary>
    private static bool DatesByCalendar(DocumentLayout layout, int start, int end)
    {
        var dates = layout.Dates;
        for (var i = 0; i < dates.Count && dates[i].Entity.Start < end; i++)
        {
            if (dates[i].Entity.Start >= start && layout.TraitsOfDate(i).HasFlag(DateTraits.Calendar))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a date's words name a month, a season, a year, a feast or a numeric date ("December", "the
    /// autumn of 2016", "last week", "Eid") and nothing that counts from or points back at the event told before it
    /// ("after", "before", "next", "that", "same", "those": "two days after", "the next morning", "that week").</summary>
    internal static bool NamesCalendarTime(string text)
    {
        Span<DateToken> tokens = stackalloc DateToken[DateResolver.Defaults.MaxTokens];
        var count = DateTokenizer.Tokenize(text, tokens);
        var calendar = false;
        foreach (var token in tokens[..count])
        {
            switch (token.Kind)
            {
                case DateWord.After or DateWord.Before or DateWord.Next or DateWord.Previous or DateWord.That:
                    return false;
                case DateWord.Month or DateWord.HijriMonth or DateWord.SolarMonth or DateWord.EthiopianMonth or DateWord.Season
                    or DateWord.NumericDate or DateWord.Last or DateWord.Eid or DateWord.Christmas or DateWord.Feast:
                    calendar = true;
                    break;
                case DateWord.Number when token.Extra == 4:
                    // a year: "in 2021"
                    calendar = true;
                    break;
            }
        }

        return calendar;
    }

    /// <summary>True for an actor named outside the evidence that no claim takes from there: one doubted, one whose
    /// presence is asked about, or the victims' side (<see cref="ActorCues.IsVictimsSide"/>); and, for a death, a wound
    /// or damage, one named in an answer to "Who ...?" that opens by saying it is not known
    /// (<see cref="ActorCues.IsNamedUnknowing"/>). <paramref name="actor"/> is the mention's index in the document's
    /// entities; what it says is read once per document (<see cref="DocumentLayout.TraitsOfActor"/>).</summary>
    private static bool IsPassedOver(DocumentLayout layout, int actor, Harm harm)
    {
        var traits = layout.TraitsOfActor(actor);
        return (traits & (ActorTraits.DoubtedOrAsked | ActorTraits.VictimsSide)) != 0
            || (harm is Harm.Killed or Harm.Injured or Harm.PropertyDamage && traits.HasFlag(ActorTraits.NamedUnknowing));
    }

    /// <summary>
    /// Where the event whose weapon a harm at <paramref name="start"/> takes began: at the last DATE mention before it
    /// that names more than a time of day, or with the testimony. "In the morning", "that night", "at noon" go on
    /// telling the day of the attack named before them ("the planes came ... In the evening we buried him"): out of
    /// fold, of deaths, wounds and damage naming no weapon whose last weapon before them (a munition, not guns or a
    /// mine) was named in an earlier answer across one DATE, gold carries it 128 times, gives none 77 and another 23;
    /// across a time of day alone, carried about 90 times and none about 35 (models/README.md, "Claim weapons"). A
    /// time of day the interviewer asks about ("How many were killed that night?") still ends it: the answer is a toll
    /// told apart (gold carried the munition 6 times of 15 there, 75 of 87 after a time the witness tells). With
    /// <paramref name="askedDay"/>, an interviewer's "that day" does not end it either (<see cref="AsksThatDayBetween"/>).
    /// </summary>
    private static int WeaponEventStart(DocumentLayout layout, int start, bool askedDay)
    {
        // The dates told before the harm, then the last of them that ends the event, walked back from the harm.
        var dates = layout.Dates;
        var told = 0;
        while (told < dates.Count && dates[told].Entity.End <= start)
        {
            told++;
        }

        for (var index = told - 1; index >= 0; index--)
        {
            var entity = dates[index].Entity;
            var sentence = layout.SentenceOf(entity.Start);
            var witness = sentence >= 0 && layout.IsSpeech(sentence);
            var traits = layout.TraitsOfDate(index);
            if (!(witness && traits.HasFlag(DateTraits.TimeOfDay)) && !(askedDay && sentence >= 0 && !witness && traits.HasFlag(DateTraits.ThatDay)))
            {
                return entity.Start;
            }
        }

        return 0;
    }

    /// <summary>
    /// True for a weapon in the evidence of an arrest, a disappearance or a flight that did not take the people: one
    /// named after "after" or "since", the attack the flight followed, told as its time ("After the drone, we went to
    /// Shire"), or a mine, which takes no one away ("they came to the mine and took him" is a gold mine; "they put
    /// mines on the road, so we went by the hills" is the way not taken). Gold leaves such claims without a weapon:
    /// in the train labels 12 flights of 14 told after a weapon, and no arrest, disappearance or flight is given a
    /// mine (models/README.md, "Claim weapons").
    /// </summary>
    private static bool IsNotWhatTookPeople(DocumentLayout layout, EntityMention weapon)
    {
        if (weapon.Category == WeaponCategory.Landmine)
        {
            return true;
        }

        // Back over "the", "a", "that" and one other word ("after the second strike") to "after" or "since".
        var document = layout.Document;
        var tokens = document.Tokens;
        var first = layout.TokenAt(weapon.Start);
        var other = 0;
        for (var i = first - 1; i >= 0 && i >= first - 4; i--)
        {
            var word = tokens[i].Span(document.Text);
            if (WordList.Contains(word, TimeAfterWords))
            {
                return true;
            }

            if (!WordList.Contains(word, Determiners) && (++other > 1 || !char.IsLetter(word[0])))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True for a weapon of a category other than an unspecified explosion: "a bomb", "an explosion" told
    /// before a time of day is as often another blast as the one that killed (out of fold 1 carried right of 7).</summary>
    private static bool IsNamedMunition(EntityMention weapon) =>
        weapon.Category is { } category && category != WeaponCategory.ExplosiveUnspecified;

    /// <summary>True when every word of the DATE mention is a time of day or a word that only points at one ("the",
    /// "that", "same", "early" ...): "the morning", "that night", "around midnight"; not "the next morning" or "that
    /// day", which may be another day.</summary>
    internal static bool OnlyTimeOfDay(DocumentLayout layout, EntityMention date)
    {
        var document = layout.Document;
        var tokens = document.Tokens;
        var any = false;
        for (var i = layout.TokenAt(date.Start); i < tokens.Count && tokens[i].Start < date.End; i++)
        {
            var word = tokens[i].Span(document.Text);
            if (WordList.Contains(word, TimesOfDay))
            {
                any = true;
            }
            else if (!WordList.Contains(word, TimeOfDayPointers))
            {
                return false;
            }
        }

        return any;
    }

    /// <summary>True for a named munition that is not guns or a mine: what an interviewer's "that day" carries
    /// (<see cref="AsksThatDayBetween"/>); guns fire through a whole day and are tied to a harm by a shot.</summary>
    private static bool IsExplosiveMunition(EntityMention weapon) =>
        IsNamedMunition(weapon) && weapon.Category is not (WeaponCategory.SmallArms or WeaponCategory.Landmine);

    /// <summary>
    /// True when an interviewer's question between <paramref name="from"/> and <paramref name="to"/> points back at
    /// the day being told (<see cref="IsThatDay"/>: "How many were killed that day?", "Were people hurt that day?"):
    /// the answer tells the same attack, so a munition named for that day, however many turns back, is carried to
    /// it. Out of fold, of deaths, wounds and damage naming no weapon whose last munition before them lies across
    /// such a question alone (times of the day aside), gold carries it 14 times, leaves none 6 and gives another 1
    /// (models/README.md, "Claim weapons").
    /// </summary>
    private static bool AsksThatDayBetween(DocumentLayout layout, int from, int to)
    {
        var dates = layout.Dates;
        for (var index = 0; index < dates.Count; index++)
        {
            var entity = dates[index].Entity;
            if (entity.Start >= from && entity.End <= to && layout.SentenceOf(entity.Start) is >= 0 and var sentence
                && !layout.IsSpeech(sentence) && layout.TraitsOfDate(index).HasFlag(DateTraits.ThatDay))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the DATE mention only points back at a day told: "that day", "that same day", "the same
    /// day"; not "the day" or "one day", which may be any.</summary>
    internal static bool IsThatDay(DocumentLayout layout, EntityMention date)
    {
        var document = layout.Document;
        var tokens = document.Tokens;
        var day = false;
        var pointer = false;
        for (var i = layout.TokenAt(date.Start); i < tokens.Count && tokens[i].Start < date.End; i++)
        {
            var word = tokens[i].Span(document.Text);
            if (!WordList.Contains(word, ThatDayWords))
            {
                return false;
            }

            day |= word.Equals("day", StringComparison.OrdinalIgnoreCase);
            pointer |= word.Equals("that", StringComparison.OrdinalIgnoreCase) || word.Equals("same", StringComparison.OrdinalIgnoreCase);
        }

        return day && pointer;
    }

    /// <summary>True when a DATE mention lies between <paramref name="start"/> and <paramref name="end"/>: evidence
    /// that dates itself ("eleven wounded that day", a register's entry) is a count told on its own, and is not
    /// given the munition of an earlier answer across a question (out of fold, carrying it there too made one weapon
    /// right, and split one count of wounds in two, one a false claim).</summary>
    private static bool NamesDate(DocumentLayout layout, int start, int end) => layout.NextDateStart(start) < end;

    /// <summary>True when the evidence between <paramref name="start"/> and <paramref name="end"/>, or the sentence
    /// before it in the same answer, tells of shooting (<see cref="ShootingWords"/>).</summary>
    private static bool TellsShooting(DocumentLayout layout, int start, int end)
    {
        var sentence = layout.SentenceOf(start);
        // The sentence before, in the same answer, tells the shot a short evidence leaves out: "A bullet in the chest. He died."
        var from = sentence > 0 && layout.Turn(sentence - 1) == layout.Turn(sentence) ? layout.Document.Sentences[sentence - 1].Start : start;
        return HasWord(layout, from, end, ShootingWords);
    }

    /// <summary>True when a token between <paramref name="start"/> and <paramref name="end"/> is one of
    /// <paramref name="words"/>.</summary>
    private static bool HasWord(DocumentLayout layout, int start, int end, string[] words)
    {
        var document = layout.Document;
        var tokens = document.Tokens;
        var sentence = layout.SentenceOf(start);
        for (var i = sentence >= 0 ? document.Sentences[sentence].FirstToken : 0; i < tokens.Count && tokens[i].Start < end; i++)
        {
            if (tokens[i].Start >= start && WordList.Contains(tokens[i].Span(document.Text), words))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an actor named in <paramref name="sentence"/>, an earlier turn, may be carried to evidence that names
    /// the weapon but no actor: only when that sentence names a weapon of the same category ("the regime's helicopters
    /// dropped barrels ... a barrel fell on the bakery"), or no weapon but an attack told with a verb ("the regime
    /// shelled our street ... a shell killed Salim"). A witness who tells how a harm was done tells who did it beside
    /// it; an actor named with other weapons, or in passing, in another answer belongs to something else told
    /// ("Hezbollah snipers around the centre ... a drone fired at the truck"). Evidence naming no weapon ties
    /// anything.
    /// </summary>
    private static bool TiedToEvidenceWeapon(DocumentLayout layout, int sentence, int start, int end, ref int? evidenceWeapons)
    {
        evidenceWeapons ??= WeaponCategories(layout, start, end);
        if (evidenceWeapons == 0)
        {
            return true;
        }

        var bounds = layout.Document.Sentences[sentence];
        var named = WeaponCategories(layout, bounds.Start, bounds.End);
        return (named & evidenceWeapons) != 0 || (named == 0 && ActorCues.TellsAttack(layout, sentence));
    }

    /// <summary>
    /// Whether <paramref name="actor"/>, named in <paramref name="sentence"/> before the event being told (past a DATE,
    /// in an earlier turn), is carried to the claim anyway: when that sentence names a weapon of the claim's own
    /// category and no other side ("the army's artillery fired on the town all week ... On the 3rd a shell fell on
    /// the school"). A witness who names the side with the weapon tells the same attacker's attack dated again; a new
    /// date alone often starts another event, and the side of another weapon, or one of two sides named together, is
    /// not held to be its attacker. Mines and planted bombs (IED, LANDMINE) are laid unseen and are not carried so:
    /// out of fold they made none right and 6 wrong. Out of fold the rule made 47 claims right, 20 wrong and 11 another
    /// wrong actor (models/README.md, "Claim actors", rule 10).
    /// </summary>
    private static bool NamedWithClaimWeapon(DocumentLayout layout, EntityMention actor, int sentence, Harm harm, int firstSentence, int start, int end, ref int? claimWeapon)
    {
        claimWeapon ??= Weapon(layout, harm, firstSentence, start, end) is { } category and not (WeaponCategory.Ied or WeaponCategory.Landmine)
            ? 1 << ((int)category + 1)
            : 0;
        if (claimWeapon == 0)
        {
            return false;
        }

        var bounds = layout.Document.Sentences[sentence];
        foreach (var other in layout.EntitiesWithin(bounds.Start, bounds.End))
        {
            if (other.Type == EntityType.Actor && other.Normalized != actor.Normalized)
            {
                return false;
            }
        }

        return (WeaponCategories(layout, bounds.Start, bounds.End) & claimWeapon) != 0;
    }

    /// <summary>The categories of the WEAPON mentions between <paramref name="start"/> and <paramref name="end"/>, one
    /// bit each (an uncategorised weapon its own bit).</summary>
    private static int WeaponCategories(DocumentLayout layout, int start, int end)
    {
        var mask = 0;
        foreach (var entity in layout.EntitiesWithin(start, end))
        {
            if (entity.Type == EntityType.Weapon)
            {
                mask |= 1 << (entity.Category is { } category ? (int)category + 1 : 0);
            }
        }

        return mask;
    }

    /// <summary>Where a weapon or actor not named in the evidence is looked for.</summary>
    private enum Context
    {
        /// <summary>Only the evidence.</summary>
        Evidence,

        /// <summary>The evidence, else its turn or the event being told.</summary>
        Event,

        /// <summary>The evidence, else anywhere before it.</summary>
        Testimony,
    }

    /// <summary>
    /// An arrest, a disappearance or a flight is not done with the weapon of the attack told before it, so their
    /// weapon comes from the evidence alone (and not from one it followed or a mine there: <see cref="IsNotWhatTookPeople"/>); a flight is not attributed to the actor of what came before either.
    /// Those who take people are most often the side that holds the place, named once, maybe long before ("under
    /// Daesh ... in Ramadan they took eight men"), so an arrest or a disappearance takes its actor from anywhere
    /// before it. Other harms take both from the event being told (since the last DATE mention).
    /// </summary>
    private static Context ContextOf(EntityType type, Harm harm) => type == EntityType.Weapon
        ? harm is Harm.Detained or Harm.Displaced or Harm.Missing ? Context.Evidence : Context.Event
        : harm switch
        {
            Harm.Displaced => Context.Evidence,
            Harm.Detained or Harm.Missing => Context.Testimony,
            _ => Context.Event,
        };

    /// <summary>
    /// For weapons, how specific the category is (lower is more): what was dropped or fired ("the planes dropped a
    /// barrel", "a cluster bomb", "chlorine") over the means that delivered it ("air strike"), and anything over
    /// an unspecified explosion. Every other entity type ranks alike, so the first in the evidence wins.
    /// </summary>
    private static int WeaponRank(EntityMention entity) => entity.Category switch
    {
        null => 1,
        WeaponCategory.Chemical or WeaponCategory.ClusterMunition or WeaponCategory.Incendiary or WeaponCategory.BarrelBomb => 0,
        WeaponCategory.Airstrike => 2,
        WeaponCategory.ExplosiveUnspecified => 3,
        _ => 1,
    };

    /// <summary>
    /// The most specific place of the evidence, else the most recent place before it (of the places of its sentence,
    /// the most specific). A destination is never the site. A place named as where someone came from ranks below the
    /// evidence's other places ("a boy from Kafr Nabl" beside "the market of Maarat al-Numan") and is not carried
    /// over to a later harm; in a flight, which leaves the site, places on the way and where people ended up are not
    /// the site ("we left Yarmouk through Beit Sahm"). A bearing ("from the side of Harasta", "the Harasta road")
    /// ranks like an origin. The place of a hospital, clinic or prison ("died in the hospital of Harasta") ranks below
    /// the place carried over too, as where the wounded were taken, not where they were hurt (models/README.md, "Claim
    /// sites"); for a detention, where the captive is held, it ranks like an origin. Neither these, a hospital or
    /// clinic itself (where the wounded were taken), a place people moved towards, through or for ("drove towards
    /// Harasta") nor where someone is now ("my sister is in Beirut") or was while the harm happened elsewhere ("I was
    /// not there, I was in Hanano"), nor where people who talk of it are ("people in Beni say"), is carried over to a
    /// later harm: the story's site holds. A place people went back to ("we went back to Saqba") is no destination: it is carried over like any
    /// other, but a flight does not take it as the place left; and a sentence that opens with "from" ("From Douma.")
    /// names the witness's home, no origin. In a disappearance, where the family searched or the missing person is said
    /// to be or was seen ("we asked in Qayyarah", "some said he is in Hajin") ranks like a hospital
    /// (<see cref="PlaceCues.IsWhereSought"/>); so does a place of the evidence named after "to the" or "to a" ("we
    /// carried him to the Nasser hospital", <see cref="PlaceCues.FollowsToArticle"/>). A flight's evidence never takes a
    /// bearing ("we walked to Samarra side", "through the side of al-Alam") as the place left: it is where people went.
    /// A flight takes the place named as left in its evidence ("so we left Salah, we are living in al-Qahira"), else,
    /// over the places of its evidence, the place the question it answers asks about leaving or staying in ("Q: When
    /// did you leave Sirte? A: In May, when the brigades came from Misrata."), unless the answer names a place before
    /// the evidence. A place after "on the road to" or "by the road from" ("a mine exploded on the road to Harasta") is the
    /// road where the harm happened, not where people went: in the evidence it ranks below the evidence's other places
    /// and above the place carried over, and named in the witness's sentence right before the evidence it is carried
    /// over; a flight or a disappearance does not take it. Where the wounded were treated ("the doctors in Kyiv", "he had
    /// surgery in Ramtha") is a care place, where the armed men the fire came from sat ("from the army positions in
    /// Harasta") a bearing, and where a captive was let go ("they released him in Amiriya") ranks like a hospital in the
    /// evidence and is not carried over; a name a person goes by ("people call me Wad Elamin") or told after a kin word
    /// or a title ("the granddaughter of Abu Karim", "Hajji Mahmoud", <see cref="PlaceCues.IsPersonNamed"/>) is no
    /// site. A place of a witness's sentence that opens on "Before" ("Before that the army shelled Harasta for weeks")
    /// tells the background of an earlier time and is not carried over, unless it is a home
    /// (<see cref="PlaceCues.IsEarlierTimeTold"/>). "I am from Saqba", "we are from" or "you are from" names the
    /// witness's home, no origin, unless another place follows it in its sentence or the answer goes on to where
    /// people were taken (<see cref="PlaceCues.Of"/>). A place of the evidence that people went or came to ("the
    /// soldiers came at night to Harasta and shot him", <see cref="PlaceCues.IsArrivalTold"/>) is where the harm told
    /// with it happened: it ranks below the evidence's other places and roads and above its origins and the place
    /// carried over, unless the wounded or the dead went there or the sentence tells a search; a flight
    /// still does not take it.
    /// </summary>
    /// <param name="layout">The document.</param>
    /// <param name="harm">The claim's harm.</param>
    /// <param name="start">The start of the evidence.</param>
    /// <param name="end">The end of the evidence.</param>
    /// <param name="carryBefore">Places before the evidence are carried over only when they end at or before this
    /// offset (<see cref="CarriedSites"/>: a place of another event told in between is not carried).</param>
    public static string? Site(DocumentLayout layout, Harm harm, int start, int end, int carryBefore = int.MaxValue)
    {
        EntityMention? inside = null;
        EntityMention? left = null;
        EntityMention? road = null;
        EntityMention? origin = null;
        EntityMention? care = null;
        EntityMention? arrival = null;
        EntityMention? before = null;
        var entities = layout.Document.Entities;
        for (var index = 0; index < entities.Count; index++)
        {
            var entity = entities[index];
            if (entity.Type != EntityType.Place || layout.SentenceOfEntity(index) < 0 || PlaceCues.IsNameGiven(layout, entity)
                || PlaceCues.IsPersonNamed(layout, entity))
            {
                // "people call me Wad Elamin": a person's name the tagger read as a place.
                continue;
            }

            if (entity.Start >= start && entity.End <= end)
            {
                if (PlaceCues.IsReportSource(layout, entity) || PlaceCues.IsPlaceReleased(layout, entity))
                {
                    care = MoreSpecific(care, entity);
                    continue;
                }

                if (PlaceCues.FollowsToArticle(layout, entity))
                {
                    // "we carried him to the Nasser hospital", "we walked to the Tekeze": where the victims were taken
                    // or people went, not where the harm happened; ranked like a hospital.
                    care = MoreSpecific(care, entity);
                    continue;
                }

                if (harm != Harm.Displaced && PlaceCues.IsPersonOrigin(layout, entity))
                {
                    // "two men from Kafr Nabl who sold vegetables died": where the victims came from, not where they
                    // were hurt; ranked like a hospital. A flight's people from a place ("families from Saqba left")
                    // left it.
                    care = MoreSpecific(care, entity);
                    continue;
                }

                if (harm == Harm.Missing && PlaceCues.IsWhereSought(layout, entity))
                {
                    // "his wife asked in Qayyarah", "some said he is in Hajin": where the family searched or the
                    // missing person is said to be, not where they went missing; ranked like a hospital.
                    care = MoreSpecific(care, entity);
                    continue;
                }

                if (harm is not (Harm.Displaced or Harm.Missing) && PlaceCues.IsAlongRoad(layout, entity))
                {
                    // "a mine exploded on the road to Harasta": the road where the harm happened, named by a place it
                    // leads to; below the evidence's other places ("on the road to Harasta, near Arbin").
                    road = MoreSpecific(road, entity);
                    continue;
                }

                if (harm == Harm.Displaced && PlaceCues.IsPlaceLeft(layout, entity))
                {
                    // "So we left Salah, we are living in al-Qahira": the place the flight left is its site.
                    left ??= entity;
                    continue;
                }

                if (harm == Harm.Displaced && PlaceCues.FollowsJourneyTold(layout, entity))
                {
                    // "we walked to the camp, in Amiriya": where the flight ended, named after the way there; the place
                    // it left is the story's place carried over.
                    continue;
                }

                switch (PlaceCues.Of(layout, entity))
                {
                    case PlaceCue.Destination when harm != Harm.Displaced && PlaceCues.IsArrivalTold(layout, entity):
                        // "the soldiers came at night to Wadi Sela": where the people of the harm arrived; ranked
                        // above the place carried over.
                        arrival = MoreSpecific(arrival, entity);
                        break;
                    case PlaceCue.Destination:
                    case PlaceCue.Route or PlaceCue.Return or PlaceCue.Bearing when harm == Harm.Displaced:
                        break;
                    case PlaceCue.Origin or PlaceCue.Bearing when harm != Harm.Displaced:
                    case PlaceCue.Care when harm == Harm.Detained:
                        origin = MoreSpecific(origin, entity);
                        break;
                    case PlaceCue.Care:
                        care = MoreSpecific(care, entity);
                        break;
                    default:
                        inside = MoreSpecific(inside, entity);
                        break;
                }
            }
            else if (entity.End <= start && entity.End <= carryBefore
                && ((harm is not (Harm.Displaced or Harm.Missing) && RoadJustBefore(layout, entity, start))
                    || (PlaceCues.Of(layout, entity) is not (PlaceCue.Destination or PlaceCue.Origin or PlaceCue.Bearing or PlaceCue.Present or PlaceCue.Care)
                        && !PlaceCues.IsCare(entity) && !PlaceCues.FollowsMovementWord(layout, entity)
                        && !PlaceCues.IsEarlierTimeTold(layout, entity))))
            {
                // Of the places in the sentence that named the last place, the most specific: "From Pikha, in Achin".
                if (before is null || layout.SentenceOf(before.Start) != layout.SentenceOf(entity.Start)
                    || Specificity(entity) < Specificity(before))
                {
                    before = entity;
                }
            }
        }

        if (harm == Harm.Displaced && left is null && inside is not null && AskedPlaceLeft(layout, start) is { } asked)
        {
            // "Q: When did you leave Sirte? A: In May, when the brigades came from Misrata.": the answer tells how the
            // place asked about was left; the places it names are where people went or who came.
            return asked.Id;
        }

        return (left ?? inside ?? road ?? arrival ?? origin ?? before ?? care)?.Id;
    }

    /// <summary>The place named as left or stayed in ("When did you leave Axum?", "Did you stay in Rajo after that?") in
    /// the interviewer's question that the sentence at <paramref name="start"/> answers, when no place is named between
    /// the question and that sentence.</summary>
    private static EntityMention? AskedPlaceLeft(DocumentLayout layout, int start)
    {
        var document = layout.Document;
        var sentence = layout.SentenceOf(start);
        if (sentence < 1)
        {
            return null;
        }

        var question = sentence - 1;
        while (question >= 0 && document.RoleOf(document.Sentences[question]) != SpeakerRole.Interviewer)
        {
            question--;
        }

        if (question < 0)
        {
            return null;
        }

        var bounds = document.Sentences[question];
        EntityMention? asked = null;
        foreach (var entity in layout.EntitiesWithin(bounds.Start, start))
        {
            if (entity.Type != EntityType.Place)
            {
                continue;
            }

            if (entity.Start >= bounds.End)
            {
                // a place named in the answer before the evidence: the answer has moved on from the question.
                return null;
            }

            if (PlaceCues.IsPlaceLeft(layout, entity) || PlaceCues.IsPlaceStayedIn(layout, entity))
            {
                asked = entity;
            }
        }

        return asked;
    }

    /// <summary>True when <paramref name="place"/> follows "on the road to" in the witness's sentence right before the
    /// one at <paramref name="start"/>: "a drone hit a car on the road to Harasta. Two men died." Not when that one
    /// opens on another time ("They laid mines on the road to Gao. Later they burned the house."): the harm told then
    /// happened elsewhere.</summary>
    private static bool RoadJustBefore(DocumentLayout layout, EntityMention place, int start)
    {
        var sentence = layout.SentenceOf(place.Start);
        var evidence = layout.SentenceOf(start);
        if (sentence < 0 || sentence != evidence - 1
            || layout.Document.RoleOf(layout.Document.Sentences[sentence]) == SpeakerRole.Interviewer)
        {
            return false;
        }

        var document = layout.Document;
        var opening = document.Tokens[document.Sentences[evidence].FirstToken].Span(document.Text);
        return !WordList.Contains(opening, LaterOpenings) && PlaceCues.IsAlongRoad(layout, place);
    }

    /// <summary>First words of a sentence telling of another time than the one before it.</summary>
    private static readonly string[] LaterOpenings = ["later", "afterwards", "afterward"];

    /// <summary>The more specific of <paramref name="best"/> and <paramref name="candidate"/>, the earlier on a tie.</summary>
    private static EntityMention MoreSpecific(EntityMention? best, EntityMention candidate) =>
        best is null || Specificity(candidate) < Specificity(best) ? candidate : best;

    /// <summary>Lower is more specific; an ungeocoded local place counts as a neighbourhood.</summary>
    private static int Specificity(EntityMention place) => (int)(place.Geo?.Precision ?? SitePrecision.Neighbourhood);
}
