using System.Collections.Immutable;
using TestimonyNlp.Claims.Counts;
using TestimonyNlp.Claims.Dates;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Building;

/// <summary>
/// Turns what the classifier says about each sentence into structured claims: one claim per distinct harm
/// assertion, with its victims, weapon, actor, site, date, basis and evidence, taken from the document's entities.
/// Stateless and thread-safe; one instance serves every thread.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Evidence: consecutive sentences of one speaker turn asserting the same harm with the same basis form one
/// span, unless a sentence gives a toll of its own after one was given (each toll is an assertion), other than a toll
/// of the people already told of ("The four of them died.") or a larger toll told in a word of the harm right after
/// three or more victims listed one by one, their total ("... and one more from the Bahri family, died. Seven died.",
/// <see cref="TotalAfterList"/>), or, for damage, two sentences without a figure into the
/// run ("Five shops near it burned."), unless a sentence of damage opens on other property
/// ("And the shops on both sides ...") or on another place ("And in Homs, ..."), or, two sentences into the run, on someone's own property the run has not named
/// ("Our house, the roof was down."), and unless a flight's sentence opens on a crowd after the speaker's own party or
/// the other way ("Everybody went to the border. Me, with my wife, ..."), and unless a sentence of any harm but a flight
/// opens on a span of time gone by ("Three days later his own flat ...") or names a weapon as one more attack ("the roof
/// came down the same week, another shell") (<see cref="RunCuts"/>); one sentence
/// asserting no harm between two of them, in the same turn, stays in the span. An interviewer's, interpreter's or
/// transcriber's sentence is never evidence. A sentence with two harms gives two claims, except that an injury told
/// only in sentences of a detention, and a flight told only in sentences of a killing, an injury, a detention or a
/// disappearance, are folded into that claim (<see cref="MentionMerge.FoldedIn"/>); damage told in the sentence of a
/// killing stays a claim of its own. An injury claim, once merged, told only in sentences of a killing that name no
/// wound, limb or survival ("they shot him in the stomach") is the fatal wound and no claim (<see cref="MentionMerge.FatalWound"/>);
/// a killing told only in sentences whose death is doubted, restated or denied ("Maybe two died later in the hospital",
/// "I said eleven people died", "Nobody was killed") is no claim either (<see cref="MentionMerge.UnassertedDeath"/>), nor
/// is a detention of one person undone in its telling, a taking only meant or a stop ended by a release with no holding
/// told ("They asked me questions, one hour. Then they gave me my card and said go.") (<see cref="TakingUndone"/>), nor
/// an injury of one person whose death is told right after it ("A piece hit her in the hip. She died after four
/// days.") or the wounded told dying ("Two of the wounded died the next day") (<see cref="WoundThatKilled"/>), nor a
/// death of fighters the witness sets aside as combat ("Soldiers died there. That is fighting, soldiers with
/// soldiers.") (<see cref="FightingSetAside"/>).</item>
/// <item>Repeated mentions: a later span with the same harm (for damage, not the speaker's own property with others':
/// one event's damage is one claim, with its own basis) merges into an earlier claim (as a further evidence span)
/// when nothing conflicts (weapon, site, overlapping dates, count, a date told between them away from the earlier one's, or any date told between them when
/// the earlier one has none, "again" or a span of time gone by ("one hour later") told between them, a crowd's flight
/// and the speaker's) and something ties them (a named victim, the site, dates given in both, or the count). A smaller count in the sentence right after a toll ("seventeen
/// bodies. Muhammad Hamouda, he was sixty-five, and his wife") names some of its victims and merges into it, as do the
/// dead of a killing's toll named a few sentences after it without a word of death, even after a question ("Seven were
/// dead." "Who were they?" "Karim, the baker, and his son."), or spoken of only as the dead already told ("The bodies
/// were already taken.") (<see cref="MentionMerge.CanMerge"/>).</item>
/// <item>Victims: the people count of the evidence whose cue is most reliable (a noun, a harm verb or a pronoun;
/// then a listed group or an apposition; then a determiner or an answer; a single relation last), of equals the
/// one nearest a word of the claim's harm, preferring words after the count, a toll nearer a word of the rival harm
/// (the dead for the wounded) last (<see cref="TollChoice"/>); munitions and distances ("three houses
/// from ours") are no toll, nor, for the wounded, people whose own clause says they were killed; a count in a sentence
/// opening with "Among" is a part and ranks last; one person counted by a noun ("I carried one woman") ranks with an
/// answer, after a figure set off by commas. A larger figure set off after a listed group or a single person is their
/// total ("my husband, his cousin and three others, five men"). Those who came for the victims ("four men came at
/// night and took my son") are no toll. A count of others adds who it goes with ("they took him with five other men":
/// 6; "me and Samir and about twenty others": 22; "he walked out with his wife": 2, but not the speaker who ran to help
/// "with my son": <see cref="Companions"/>). Floors and pieces are no count of damaged things, nor streets or blocks from a place (a distance),
/// nor people after "by" (who did it); "my boat and the boat of my cousin, both" is two damaged things. A sentence opening with a hedged second figure ("Fourteen died. Maybe
/// fifteen") widens the toll before it ("Maybe more" opens it) and stays in its claim. When no total covers them,
/// victims listed one by one are summed
/// (<see cref="VictimEnumeration"/>: "She died, and her son Hazem with her": 2); bystanders (sources, owners, the
/// object of another preposition, those who suffered the rival harm: <see cref="VictimRoles"/>) are not counted. Without a
/// count: the number of people named (a name that is part of another, "Elias" after "Elias Nsengiyumva", is that
/// person again, here and in a list), else 1 for a lone "he"/"him"/"she", or for the speaker's own injury or
/// detention. The speaker is added to a group they were held with ("they kept me in a room with eleven women": 12).
/// A flight the speaker went with counts its party (<see cref="FlightParty"/>): a total of people given for it ("Me, my
/// husband, the two boys, my mother-in-law. Six people."), else the groups joined by "and" or "with us" ("my wife and
/// me and our six": 8), the speaker added once unless listed ("I left with my two daughters": 3; "we left, my wife and
/// the five children": 7); a crowd they went with is counted alone ("with maybe forty people": 40). Named victims
/// are the PERSON mentions of the evidence that are neither informants ("Ali told me") nor owners ("the house of
/// Ali", "Ali's son"; "the Haddad family" stays a victim). Armed men ("four men with masks", "they came at night, four
/// of them, and dragged him out") are no toll; a count saying "more" after a toll adds to it ("seven died, and one
/// more in the hospital": 8); other figures for the same toll after a word of hedging or reporting widen it ("the
/// channel said twelve, a journalist wrote fifteen": 12 to 15; <see cref="TollBounds"/>); a bare figure answering after a
/// name is an age. A run that counts only the people it names takes the toll told before the names: a figure alone
/// opening the answer or said twice ("Seven. My mother X. My brother Y and his wife Z died."), or for a killing a count
/// of people in a sentence of no harm ("They found four in the river. My cousin X and two boys."). A MISSING claim without a count takes one from the claims before it (<see cref="MissingCounts"/>).</item>
/// <item>Weapon and actor: the first in the evidence (of weapons, the most specific: a barrel, cluster, chemical or
/// incendiary munition over other kinds, those over an air strike, and that over an unspecified explosive), else the
/// nearest before it in the same turn (or the previous <see cref="Defaults.LookbackSentences"/> sentences) or since
/// the last DATE mention before the evidence (the event being told; of its weapons, a barrel, cluster, chemical or
/// incendiary munition over a nearer, less specific one), else the first after it before the next DATE mention (the
/// same event); guns named outside the evidence only when it, or the sentence before it in its answer, tells a shot
/// ("shot", "bullet", "fired"); a death or a wound whose evidence names no weapon but says someone was shot is small
/// arms, whatever was named before it, and damage takes no mine named outside its evidence. An arrest, a disappearance or a flight takes its weapon from the evidence alone, and a
/// flight its actor too; an arrest or a disappearance takes its actor from anywhere before it (the side holding the
/// place, often named once, long before). An actor outside the evidence named in doubt, denial or as others' word
/// ("maybe the Russians", "it was not the army", "people say the M23") is never taken (<see cref="ActorCues"/>), nor
/// anywhere one named as the side a person belongs to ("my brother was in the Free Army"), and
/// one of an earlier answer is taken for evidence naming a weapon only when named with a weapon of the same category,
/// or with an attack verb and no weapon ("the regime shelled our street").</item>
/// <item>Site: the most specific place of the evidence (building over street over neighbourhood over town; an
/// ungeocoded local place counts as a neighbourhood), else the last place before it, the most specific of its
/// sentence ("from Pikha, in Achin"); a destination ("took him to Herat") is never the site, a place someone came
/// from ("a boy from Kafr Nabl") only when the evidence names no other, and a flight's route ("through Beit Sahm")
/// or the place it ended ("left for Kharkiv", "to the house of my uncle in Saqba") never (<see cref="PlaceCues"/>). A claim
/// whose evidence names no place and tells the harm at the witness's own home ("a shell fell on our street") takes the
/// home the witness told before ("I lived in Irpin, on Tolstoho street") over the place carried over, and so do the
/// claims that carried the same mention (<see cref="OwnHome"/>).</item>
/// <item>Date: every DATE mention is resolved in text order, each against the one before
/// (<see cref="DateContext"/>, from the interview date); a claim takes the first resolved date of its evidence,
/// else the date of the current event (the last resolved date before its evidence), else a date given later in
/// the same turn.</item>
/// <item>Basis: the one with the greatest total basis confidence over the evidence sentences. Event: the weapon
/// category's wire name.</item>
/// <item>Confidence: the mean harm confidence of the evidence sentences times the mean basis confidence of the
/// sentences that gave the chosen basis (1 when there is no basis); a merged claim keeps the highest of its spans'
/// confidences.</item>
/// </list>
/// </remarks>
public sealed class ClaimBuilder
{
    private static readonly Harm[] AllHarms = Enum.GetValues<Harm>();

    private readonly EvidenceCounts _counts;
    private readonly FlightParty _party;
    private readonly TollChoice _tolls;

    /// <summary>A builder with its own count reader.</summary>
    public ClaimBuilder()
    {
        _counts = new EvidenceCounts();
        _party = new FlightParty(_counts);
        _tolls = new TollChoice(_counts);
    }

    /// <summary>Settings of the builder.</summary>
    public static class Defaults
    {
        /// <summary>Sentences looked back across turns for a weapon or actor not named in the evidence, beyond the event
        /// being told (since the last DATE mention); 0 adds none, which scores best on the training split.</summary>
        public const int LookbackSentences = 0;

        /// <summary>Sentences after the evidence of a claim without a count looked at for its toll.</summary>
        public const int TollReachAfter = 2;

        /// <summary>People a run must list one by one for a larger toll told right after it to be their total; one or two
        /// named before a crowd's toll are a claim of their own in gold (<see cref="TollAfterNamed"/>).</summary>
        public const int ListedBeforeTotal = 3;

        /// <summary>Sentences naming people that may stand between a toll told bare and the run of the harm it counts.</summary>
        public const int NamesBeforeToll = 2;
    }

    /// <summary>Builds the claims of <paramref name="document"/> and appends them to <paramref name="into"/>, with
    /// ids <c>c1</c>, <c>c2</c>, ... in text order of their first evidence span.</summary>
    /// <param name="document">A document with its sentences and entities.</param>
    /// <param name="sentences">One assessment per entry of <see cref="Document.Sentences"/>, in the same order.</param>
    /// <param name="into">Receives the claims.</param>
    /// <exception cref="ArgumentException">The number of assessments differs from the number of sentences.</exception>
    public void Build(Document document, ReadOnlySpan<SentenceAssessment> sentences, List<Claim> into)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(into);
        if (sentences.Length != document.Sentences.Count)
        {
            throw new ArgumentException("one assessment is needed per sentence of the document", nameof(sentences));
        }

        var layout = new DocumentLayout(document);
        var drafts = new List<ClaimDraft>();
        foreach (var harm in AllHarms)
        {
            CollectRuns(layout, sentences, harm, drafts);
        }

        for (var d = drafts.Count - 1; d >= 0; d--)
        {
            if (MentionMerge.FoldedIn(layout, sentences, drafts[d]))
            {
                drafts.RemoveAt(d);
            }
        }

        drafts.Sort(static (a, b) => a.First != b.First ? a.First.CompareTo(b.First) : a.Harm.CompareTo(b.Harm));
        var merged = new List<ClaimDraft>();
        foreach (var draft in drafts)
        {
            var target = SameHarmMerge(layout, merged, draft)
                ?? MentionMerge.HoldingOf(layout, merged, draft)
                ?? MentionMerge.NoNewsOf(layout, merged, draft)
                ?? MentionMerge.ToldOnOf(layout, merged, draft)
                ?? MentionMerge.BurialOf(layout, merged, draft)
                ?? MentionMerge.ChallengedTollOf(layout, merged, draft);
            if (target is null)
            {
                merged.Add(draft);
            }
            else
            {
                target.Absorb(draft);
            }
        }

        for (var m = merged.Count - 1; m >= 0; m--)
        {
            if (MentionMerge.FatalWound(layout, sentences, merged[m]) || MentionMerge.UnassertedDeath(layout, merged[m]) || TakingUndone.Undone(layout, merged[m])
                || WoundThatKilled.Fatal(layout, merged[m]) || FightingSetAside.SetAside(layout, merged[m]))
            {
                merged.RemoveAt(m);
            }
        }

        foreach (var draft in merged)
        {
            if (draft.Min is null && draft.Max is null && draft.Harm != Harm.PropertyDamage && PeopleBefore(layout, sentences, merged, draft) is { } before)
            {
                // "My two cousins were driving near Tal Tamr. The men at the checkpoint stopped them and took them.": the
                // people the evidence points back to are told in the sentence right before it
                (draft.Min, draft.Max) = before;
            }
        }

        foreach (var draft in merged)
        {
            if (draft.Min is null && draft.Max is null && draft.Harm != Harm.PropertyDamage && !CountsTimes(layout, draft)
                && (TollAfter(layout, merged, draft) ?? TollBefore(layout, merged, draft)) is { } beside)
            {
                // "They left with what they were wearing. I saw them go, eleven people in one pick-up.": the toll of a
                // claim told without one is given in the sentence right beside its evidence, in the same answer
                (draft.Min, draft.Max) = beside;
            }
        }

        foreach (var draft in merged)
        {
            var uncountedDamage = draft.Harm == Harm.PropertyDamage && draft.Min is null && draft.Max is null;
            var closedToll = draft.Harm != Harm.PropertyDamage && draft is { Min: { } least, Max: { } most } && least == most && least > 1;
            var next = layout.SentenceOf(draft.Last - 1) + 1;
            if (!(uncountedDamage || closedToll) || next >= document.Sentences.Count)
            {
                continue;
            }

            // the sentence tests first: whether the sentence is free scans every claim's evidence
            if (uncountedDamage && DamageCountAfter.Opening(layout, _tolls, next) is { } buildings && IsFreeBeside(layout, merged, next, next - 1))
            {
                // "Our house burned. Twenty-two houses in our section, I counted.": the sentence after numbers the buildings
                draft.Absorb(new ClaimDraft(draft.Harm, document.Sentences[next].Start, document.Sentences[next].End));
                (draft.Min, draft.Max) = (buildings.Min, buildings.Max);
            }
            else if (closedToll && (TollBounds.OpensTollBefore(layout, next) || TollBounds.RepeatsTollOpen(layout, next, draft.Min!.Value))
                     && IsFreeBeside(layout, merged, next, next - 1))
            {
                // "We found thirty-eight bodies near the mill. Maybe more, we lost count.", "We buried thirty. The imam wrote down
                // thirty and more.": the toll is a floor
                draft.Absorb(new ClaimDraft(draft.Harm, document.Sentences[next].Start, document.Sentences[next].End));
                draft.Max = null;
            }
        }

        MissingCounts.Fill(layout, _counts, merged);
        UnnumberedCrowd.Open(layout, _tolls, merged);
        ClaimDates.FollowTakings(merged);
        CarriedSites.StopAtOtherEvents(layout, merged);
        OwnHome.Carry(layout, merged);
        var number = 1;
        foreach (var draft in merged)
        {
            into.Add(draft.ToClaim("c" + number.ToString(System.Globalization.CultureInfo.InvariantCulture), layout));
            number++;
        }
    }

    private void CollectRuns(DocumentLayout layout, ReadOnlySpan<SentenceAssessment> sentences, Harm harm, List<ClaimDraft> into)
    {
        var start = -1;
        var runFloor = 0;
        var runCounted = false;
        var runApart = false;
        var runAnother = false;
        for (var i = 0; i <= sentences.Length; i++)
        {
            var asserts = i < sentences.Length && layout.IsSpeech(i) && sentences[i].Harms.Contains(harm);
            if (!asserts && start >= 0 && Bridges(layout, sentences, harm, start, i, runCounted))
            {
                continue;
            }

            // A killing's figure given by a source of its own (RunCuts.TryReadReportedFigure) after the witness's toll is
            // another claim in gold; one "people said" only when larger than the toll so far. A cut is undone for the total
            // told right after a list of victims (TotalAfterList), looked at only where the run would be cut.
            var anotherVictim = false;
            var continues = asserts && start >= 0 && layout.Turn(i) == layout.Turn(i - 1) && sentences[i].Basis == sentences[start].Basis
                && (!(harm is Harm.Killed && RunCuts.TryReadReportedFigure(layout, i, out var reported, out _, out var hearsay) && !SumsUp(layout, harm, i)
                    && _tolls.Choose(layout, harm, start, i) is var runToll && (hearsay ? runToll is null || (runToll is { Max: { } most } && reported > most) : runToll?.Min != reported))
                && !((runCounted || (harm == Harm.PropertyDamage && i - start >= RunCuts.Defaults.CountedDamageAfter)) && HasCount(layout, harm, i) && !RunCuts.IsAlternative(layout, i) && !SumsUp(layout, harm, i)
                     && !AddsMore(layout, harm, i))
                && !(harm == Harm.PropertyDamage && (RunCuts.OpensOtherProperty(layout, i) || RunCuts.OpensOwnProperty(layout, start, i)))
                && !(harm == Harm.Displaced && RunCuts.ChangesParty(layout, start, i))
                && !(harm == Harm.Injured && RunCuts.OwnWoundAfterCrowd(layout, start, i - 1, i))
                && !(harm != Harm.Displaced && (RunCuts.OpensLater(layout, i) || RunCuts.TellsAnotherAttack(layout, i)))
                && !(harm == Harm.Detained && HoldsOthers(layout, sentences, start, i))
                && !(harm == Harm.Injured && WoundOwnerChanges(layout, LastTelling(layout, start, i), i))
                && !(harm is Harm.Killed or Harm.Injured && TollAfterNamed(layout, harm, start, i))
                && !(anotherVictim = harm is Harm.Killed or Harm.Injured && (AnotherNamedVictim(layout, harm, start, i) || OpensOnAnotherGroup(layout, harm, start, i)))
                    || harm is Harm.Killed or Harm.Injured && TotalAfterList(layout, harm, start, i));

            // "Four were wounded. My nephew Salam, the glass in his face.": the speaker's own named after a crowd's toll
            // is a claim of its own, which no later merge joins back to the toll.
            var namedApart = continues && harm is Harm.Killed or Harm.Injured && NamedAfterToll(layout, harm, start, i);
            if (continues && !namedApart)
            {
                continue;
            }

            if (start >= 0)
            {
                var draft = MakeDraft(layout, sentences, harm, start, i);
                if (!asserts && harm != Harm.PropertyDamage && (FollowingNames.IsList(layout, _counts, sentences, i) || (FollowingNames.GoesOnWithPerson(layout, _counts, sentences, i) && ToldHarm(layout, harm, start, i)))
                    && WithNamesAfter(layout, sentences, harm, start, i) is { Min: { } named } withNames && named > (draft.Min ?? 0))
                {
                    // "They killed our neighbours that night. Karim Haddad and his wife Salma.": the people named or counted
                    // right after the harm are its victims, when they are more than the run counted (gold keeps that
                    // sentence in the evidence; out of fold, victims min +12 and max +10 of 4,106 matched claims).
                    draft = withNames;
                }

                if (harm is not (Harm.PropertyDamage or Harm.Displaced) && TollOpening(layout, sentences, harm, start, i, runFloor) is { } opening
                    && opening.Min > (draft.Min ?? 0))
                {
                    // "Nine. My mother X. My grandmother Y, ...": the toll told before the names of the dead is theirs, and the
                    // claim's evidence starts with it
                    var wider = MakeDraft(layout, sentences, harm, opening.Sentence, layout.SentenceOf(draft.Last - 1) + 1);
                    (wider.Min, wider.Max) = (opening.Min, opening.Max);
                    draft = wider;
                }

                draft.ApartFromToll = runApart;
                draft.AnotherVictim = runAnother;
                into.Add(draft);
                runFloor = layout.SentenceOf(draft.Last - 1) + 1;
                start = -1;
            }

            if (asserts)
            {
                start = i;
                runCounted = false;
                runApart = namedApart;
                runAnother = anotherVictim;
            }

            // A sentence that gives its own toll after a toll was given is another assertion ("eight were dead.
            // Gul Ahmad was dead, and Sher Mohammad"), even about the same event.
            runCounted |= asserts && HasCount(layout, harm, i);
        }
    }

    /// <summary>
    /// True when sentence <paramref name="gap"/>, which asserts no harm, lies inside a run of <paramref name="harm"/>
    /// begun at <paramref name="start"/>: the witness goes on in the same turn, and the next sentence asserts the harm
    /// again with the run's basis and without a toll of its own after one was given ("Seventeen people were killed. The
    /// elders counted them at the mosque. My cousin died there too."). Annotators keep such a sentence in the claim's evidence;
    /// cut there, the builder split one gold claim into two (cross-validated on train, claim F1 rose by 0.002).
    /// </summary>
    private bool Bridges(DocumentLayout layout, ReadOnlySpan<SentenceAssessment> sentences, Harm harm, int start, int gap, bool runCounted)
    {
        var next = gap + 1;
        return next < sentences.Length && sentences[gap].Harms == HarmSet.None
            && layout.IsSpeech(gap) && layout.IsSpeech(next)
            && layout.Turn(gap) == layout.Turn(gap - 1) && layout.Turn(next) == layout.Turn(gap)
            && sentences[next].Harms.Contains(harm) && sentences[next].Basis == sentences[start].Basis
            && !(runCounted && HasCount(layout, harm, next) && !SumsUp(layout, harm, next));
    }

    /// <summary>The claim of the run <paramref name="start"/> to <paramref name="names"/> with the people of sentence
    /// <paramref name="names"/> taken in. A list of names names the people of the run ("our neighbours. Karim and
    /// Salma." 2), unless it goes on from them ("And his son Rami, eight years." one more); a figure alone is the
    /// toll ("Many were hurt. Twelve people, maybe fifteen."), unless it repeats a figure of the sentence before it ("nineteen
    /// days. Nineteen.").</summary>
    private ClaimDraft? WithNamesAfter(DocumentLayout layout, ReadOnlySpan<SentenceAssessment> sentences, Harm harm, int start, int names)
    {
        var draft = MakeDraft(layout, sentences, harm, start, names + 1);
        var document = layout.Document;
        var tokens = document.SentenceTokens(names);
        if (FollowingNames.NamesPeople(layout, names))
        {
            if (!VictimEnumeration.Continues(document.Text, tokens))
            {
                var listed = VictimEnumeration.Read(_counts, layout, harm, names, names + 1);
                draft.Min = listed.Min;
                draft.Max = listed.Max;
            }

            return draft;
        }

        var alone = MakeDraft(layout, sentences, harm, names, names + 1);
        if (VictimEnumeration.Continues(document.Text, tokens) && alone.Min is not null && FollowingNames.GoesOn(document.Text, tokens))
        {
            // "And the grandfather.": one more of the list, not a toll of its own
            return draft;
        }

        if (alone.Min is null && FollowingNames.TryReadFigure(layout, names, out var bare, out var bareMax))
        {
            // "Injured, many. Ten, maybe more.": a bare figure the count reader reads as no people
            (alone.Min, alone.Max) = (bare, bareMax);
        }

        if (alone.Min is not { } figure || FollowingNames.Repeats(layout, names, figure))
        {
            return null;
        }

        draft.Min = alone.Min;
        draft.Max = alone.Max;
        return draft;
    }

    /// <summary>Words that make a toll after named victims count them too ("four died with him", "four in total"), or
    /// the names read at a burial ("Twenty-three names"): the sentences of the cuts that were wrong out of fold.</summary>
    private static readonly string[] TollWithNamed = ["with", "names", "total"];

    /// <summary>True when the run <paramref name="start"/> to <paramref name="next"/> names its victims without a toll, or
    /// with no more than a relation or a listed group ("My younger son Jawad was burned"), and sentence
    /// <paramref name="next"/> gives a larger toll of a crowd by a noun, a verb or an apposition, naming no one ("Babagana
    /// was standing in the food line. We found him, he was finished. I saw many dead, maybe twenty."): gold keeps the
    /// named victim and the toll of the crowd in claims of their own. Out of fold, with the merge of names into a toll
    /// and the bare figures, 3 more right and 4 fewer false KILLED claims, victims min +10 and max +9 of 4,155 matched
    /// (models/README.md, "Victim counts of the claim builder", seventh pass); the relation or group allowed, victims
    /// min and max +7 of 4,192 matched (eighth pass).</summary>
    private bool TollAfterNamed(DocumentLayout layout, Harm harm, int start, int next)
    {
        var document = layout.Document;
        if (FollowingNames.NamesPeople(layout, next) || RunCuts.IsAlternative(layout, next)
            || _tolls.OfSentence(layout, harm, next) is not { Min: >= 2, Cue: CountCue.Noun or CountCue.Verb or CountCue.Apposition } crowd
            || _tolls.Choose(layout, harm, start, next) is { } runToll && (runToll.Cue is not (CountCue.Single or CountCue.List) || runToll.Max is not { } people || people >= crowd.Min))
        {
            return false;
        }

        var tokens = document.SentenceTokens(next);
        for (var t = 0; t < tokens.Length; t++)
        {
            var word = tokens[t].Span(document.Text);
            if (WordList.Contains(word, TollWithNamed)
                || (word.Equals("more", StringComparison.OrdinalIgnoreCase) && t + 1 < tokens.Length && tokens[t + 1].Kind == TokenKind.Word
                    && !tokens[t + 1].Span(document.Text).Equals("than", StringComparison.OrdinalIgnoreCase)))
            {
                // "more people were lying there" adds to the named; "more than thirty", "maybe more" do not
                return false;
            }
        }

        // The named victims told with a word of the harm ("Guuleed ... died in the seat"), not a name alone between
        // the harm's sentences ("Old Shahin from the fifth floor.")
        return ToldHarm(layout, harm, start, next) && VictimRoles.NamedVictims(layout, harm, document.Sentences[start].Start, document.Sentences[next - 1].End).Length > 0;
    }

    /// <summary>True when the run <paramref name="start"/> to <paramref name="next"/> gave the toll of a crowd (two or more
    /// by a noun, a verb or an apposition, in a sentence naming no one) and sentence <paramref name="next"/> opens on the
    /// speaker's own ("my", "our") and names one person, without a count of their own nor a word of someone telling it
    /// ("Four were wounded. My nephew Salam, the glass in his face."): gold keeps that person in a claim of their own,
    /// where a list of the dead ("Nine. My uncle Mahmoud, Abu Samir."), a source ("My cousin says one of them was X") or
    /// names after a bare figure answering ("Maybe twenty.") are the toll's. Out of fold, with the relation allowed before a toll in <see cref="TollAfterNamed"/>,
    /// 11 more right KILLED and INJURED claims for 2 false, victims min and max +20 of 4,199 matched
    /// (models/README.md, "Victim counts of the claim builder", eighth pass).</summary>
    private bool NamedAfterToll(DocumentLayout layout, Harm harm, int start, int next)
    {
        var document = layout.Document;
        if (_tolls.Choose(layout, harm, start, next) is not { Min: >= 2, Cue: CountCue.Noun or CountCue.Verb or CountCue.Apposition } toll
            || FollowingNames.NamesPeople(layout, layout.SentenceOf(toll.Start)))
        {
            return false;
        }

        var sentence = document.Sentences[next];
        var named = VictimRoles.DistinctPeople(layout, VictimRoles.NamedVictims(layout, harm, sentence.Start, sentence.End));
        var own = _tolls.OfSentence(layout, harm, next);
        if (own is { } told ? told is not { Cue: CountCue.Single, Max: 1 } || named > 1 : named != 1)
        {
            return false;
        }

        var tokens = document.SentenceTokens(next);
        var first = AfterOpeningAnd(document, tokens);
        if (tokens.Length <= first || !WordList.Contains(tokens[first].Span(document.Text), SpeakersOwn))
        {
            return false;
        }

        foreach (var token in tokens)
        {
            if (WordList.Contains(token.Span(document.Text), InformantWords) || WordList.Contains(token.Span(document.Text), OneOfToll))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Words that tie a person named after the run's victims to them ("His father ... also died", "killed with
    /// him", "two more from the family"): gold keeps such a person in the run's claim.</summary>
    private static readonly string[] TiedToRun = ["also", "too", "his", "her", "him", "their", "them", "with", "more"];

    /// <summary>True when the run <paramref name="start"/> to <paramref name="next"/> names a victim and sentence
    /// <paramref name="next"/> tells the harm with a word of it of another person named, none of the run's, with no word
    /// tying them to it ("Rania died at the door. Hala Saeed was killed in the yard."): each named death told with its
    /// own telling is most often a claim of its own in gold. The draft it opens merges later only where a named victim is
    /// shared. Out of fold, with the merge refused for disjoint names, KILLED right / false 1,200 / 111 to 1,208 / 112
    /// and INJURED 881 / 87 to 885 / 91 (models/README.md, "Killings and woundings of other named people").</summary>
    private static bool AnotherNamedVictim(DocumentLayout layout, Harm harm, int start, int next)
    {
        var document = layout.Document;
        var sentence = document.Sentences[next];
        // "All died, only Faris lived": one named as spared is no other victim
        var later = VictimRoles.NamedVictims(layout, harm, sentence.Start, sentence.End)
            .RemoveAll(id => layout.Entity(id) is { } person && VictimRoles.NotHarmed(layout, harm, person.Start, person.End));
        if (later.Length == 0 || !ToldHarm(layout, harm, next, next + 1))
        {
            return false;
        }

        if (WordList.ContainsAny(document.SentenceTokens(next), document.Text, TiedToRun))
        {
            return false;
        }

        var earlier = VictimRoles.NamedVictims(layout, harm, document.Sentences[start].Start, document.Sentences[next - 1].End);
        return earlier.Length > 0 && !layout.SharesName(later, earlier);
    }

    /// <summary>Words after an opening "from" that name a household, a family or a street of its own ("From the Alizai
    /// family, three brothers ...", "And from us, the displaced, ...", "From our street I counted six").</summary>
    private static readonly string[] GroupOwners = ["the", "our", "us", "my", "his", "her", "their"];

    /// <summary>True when sentence <paramref name="next"/> opens on "From" a household, family or street (after an "And")
    /// and counts or names victims of its own, after a run that counted or named victims: "I saw many bodies in the road.
    /// From the Alizai family, three brothers, ..., all three died.", "Bouzo died in the ambulance. And from the house,
    /// three." Gold keeps that group in a claim of its own; out of fold every such opening inside a killing's run was a
    /// gold claim apart. Not when the next sentence is a total told alone (<see cref="IsTotalAlone"/>): the group is one
    /// more item of a list (models/README.md, "Victim counts of the claim builder").</summary>
    private bool OpensOnAnotherGroup(DocumentLayout layout, Harm harm, int start, int next)
    {
        var document = layout.Document;
        var tokens = document.SentenceTokens(next);
        var first = AfterOpeningAnd(document, tokens);
        // a capital: a sentence that opens so, not a line of a subtitle cue broken before "from the knee"
        if (first + 1 >= tokens.Length || !tokens[first].Span(document.Text).Equals("from", StringComparison.OrdinalIgnoreCase)
            || !char.IsUpper(document.Text[tokens[0].Start]) || !WordList.Contains(tokens[first + 1].Span(document.Text), GroupOwners))
        {
            return false;
        }

        var sentence = document.Sentences[next];
        var ownVictims = (_tolls.OfSentence(layout, harm, next) is { } own && own.Min >= 1)
            || HasBareFigure(document, tokens, first + 2)
            || !VictimRoles.NamedVictims(layout, harm, sentence.Start, sentence.End).IsEmpty;
        if (!ownVictims)
        {
            return false;
        }

        var run = (document.Sentences[start].Start, document.Sentences[next - 1].End);
        return (_tolls.Choose(layout, harm, start, next) is not null || !VictimRoles.NamedVictims(layout, harm, run.Start, run.End).IsEmpty)
            && !(next + 1 < document.Sentences.Count && layout.Turn(next + 1) == layout.Turn(next) && IsTotalAlone(document, next + 1));
    }

    /// <summary>The index of a sentence's first word past an opening "And" ("And from the house, three.", "And my
    /// nephew ..."): 1 after it, 0 otherwise.</summary>
    private static int AfterOpeningAnd(Document document, ReadOnlySpan<Token> tokens) =>
        tokens.Length > 1 && tokens[0].Span(document.Text).Equals("and", StringComparison.OrdinalIgnoreCase) ? 1 : 0;

    /// <summary>Words a total told alone may carry after its figure ("Nine people.", "Eleven in all.").</summary>
    private static readonly string[] TotalWords = ["people", "persons", "dead", "martyrs", "in", "all", "total", "together"];

    /// <summary>True when sentence <paramref name="sentence"/> is a figure alone, the total of a list told before it
    /// ("My father-in-law ... And from the Dakroub family four people, ... Nine people."): the list is one claim.</summary>
    private static bool IsTotalAlone(Document document, int sentence)
    {
        var tokens = document.SentenceTokens(sentence);
        var t = tokens.Length > 0 && tokens[0].Span(document.Text).Equals("so", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        if (!NumberReader.TryRead(document.Text, tokens, t, out var figure) || figure.Form == NumberForm.Collective)
        {
            return false;
        }

        for (t = figure.FirstToken + figure.TokenCount; t < tokens.Length; t++)
        {
            // a bracketed note after the figure ("Nine people. [crying]") is no word of the answer
            if (tokens[t].Kind is not (TokenKind.Punctuation or TokenKind.Note) && !WordList.Contains(tokens[t].Span(document.Text), TotalWords))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when a figure stands among the tokens from <paramref name="from"/> on ("And from the house, three.").</summary>
    private static bool HasBareFigure(Document document, ReadOnlySpan<Token> tokens, int from)
    {
        for (var t = from; t < tokens.Length; t++)
        {
            if (NumberReader.TryRead(document.Text, tokens, t, out var figure) && figure.Form != NumberForm.Collective && figure.Min >= 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words of someone else's figure ("the people say nine", "the news said"): a toll of its own, not the total of
    /// the witness's list.</summary>
    private static readonly string[] OthersFigure = ["say", "says", "said", "told", "tells", "news", "radio", "list", "heard", "more", "other", "others", "another"];

    /// <summary>True when the run <paramref name="start"/> to <paramref name="next"/> lists three or more victims one by
    /// one (names, relations, a listed group) with no figure of its own beyond them, and sentence <paramref name="next"/>
    /// gives a larger toll by a noun or a verb, naming no one and told as the witness's own ("Umm Turki and her daughters
    /// Sabah and Noura, and the old man Abu Turki. Nine people from that family died, nine."): the total of the list,
    /// which gold keeps in the list's claim.</summary>
    private bool TotalAfterList(DocumentLayout layout, Harm harm, int start, int next)
    {
        if (FollowingNames.NamesPeople(layout, next) || RunCuts.IsAlternative(layout, next)
            || _tolls.OfSentence(layout, harm, next) is not { Min: { } total, Cue: CountCue.Noun or CountCue.Verb } crowd)
        {
            return false;
        }

        if (_tolls.Choose(layout, harm, start, next) is { } runToll && runToll.Cue is not (CountCue.List or CountCue.Single))
        {
            return false;
        }

        var listed = VictimEnumeration.Read(_counts, layout, harm, start, next);
        var document = layout.Document;
        var people = Math.Max(listed.Items > 0 ? listed.Min : 0,
            VictimRoles.DistinctPeople(layout, VictimRoles.NamedVictims(layout, harm, document.Sentences[start].Start, document.Sentences[next - 1].End)));
        if (people < Defaults.ListedBeforeTotal || total <= people)
        {
            return false;
        }

        if (WordList.ContainsAny(document.SentenceTokens(next), document.Text, OthersFigure))
        {
            return false;
        }

        // The total told with a word of the harm ("Nine people from that family died"), not a household listed and
        // counted ("his wife, his sons and the two girls. Six people in two rooms.")
        return ToldHarm(layout, harm, next, next + 1);
    }

    /// <summary>True when a sentence of <paramref name="start"/> to <paramref name="end"/> (exclusive) tells
    /// <paramref name="harm"/> with a word of it ("died", "wounded"), not only by the classifiers' vote.</summary>
    private static bool ToldHarm(DocumentLayout layout, Harm harm, int start, int end)
    {
        var document = layout.Document;
        for (var s = start; s < end; s++)
        {
            if (EvidenceWords.NamesHarm(document.Text, document.SentenceTokens(s), harm))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The speaker's own, opening a sentence that names one person after a crowd's toll.</summary>
    private static readonly string[] SpeakersOwn = ["my", "our"];

    /// <summary>Words of someone telling the toll ("My cousin says one of them was X", "My cousin called me crying"):
    /// the person named is a source, not a victim apart (the false claims of the first form out of fold).</summary>
    private static readonly string[] InformantWords = ["says", "said", "told", "tells", "called"];

    /// <summary>Words that tie the person named to the toll before them ("My cousin Karim died there too."): one of its
    /// victims.</summary>
    private static readonly string[] OneOfToll = ["too", "also"];

    /// <summary>A sentence whose toll counts people already told of ("The four of them died.", "all three of them"):
    /// the total of the run, not another assertion.</summary>
    private bool SumsUp(DocumentLayout layout, Harm harm, int sentence) =>
        _tolls.OfSentence(layout, harm, sentence) is { Cue: CountCue.Pronoun };

    /// <summary>A sentence whose toll adds to the toll told before it ("Nine were dead in the pick-ups. One more died
    /// with us."): the same assertion, the toll summed (<see cref="TollBounds.AddMore"/>).</summary>
    private bool AddsMore(DocumentLayout layout, Harm harm, int sentence) =>
        harm is Harm.Killed or Harm.Injured && _tolls.OfSentence(layout, harm, sentence) is { } more && TollBounds.IsMore(layout, more);

    /// <summary>
    /// True when sentence <paramref name="holding"/> of a detention run begun at <paramref name="start"/> tells how long
    /// someone was held with a count other than the run's ("They took many young men from the market. She was in their
    /// prison for one year."): one of a group taken, held on their own, is a claim of their own in gold as often as not,
    /// the count <see cref="MentionMerge.HoldingOf"/> keeps two detentions apart by.
    /// </summary>
    private bool HoldsOthers(DocumentLayout layout, ReadOnlySpan<SentenceAssessment> sentences, int start, int holding) =>
        RunCuts.TellsHoldingTime(layout, holding, orReturn: true)
        && MentionMerge.CountsOthers(layout, MakeDraft(layout, sentences, Harm.Detained, start, holding), MakeDraft(layout, sentences, Harm.Detained, holding, holding + 1));

    private bool HasCount(DocumentLayout layout, Harm harm, int sentence) =>
        _tolls.OfSentence(layout, harm, sentence) is { } count && TollChoice.CueRank(count.Cue) <= 1;

    private ClaimDraft MakeDraft(DocumentLayout layout, ReadOnlySpan<SentenceAssessment> sentences, Harm harm, int first, int end)
    {
        var document = layout.Document;
        var spanStart = document.Sentences[first].Start;
        var spanEnd = document.Sentences[end - 1].End;

        var named = VictimRoles.NamedVictims(layout, harm, spanStart, spanEnd);
        var figures = new List<CountMention>();
        var count = _tolls.Choose(layout, harm, first, end, preferTotal: true, figures);
        int? min = count?.Min;
        int? max = count?.Max;
        if (count is null && harm is Harm.Killed && RunCuts.TryReadReportedFigure(layout, first, out var reportedMin, out var reportedMax, out _))
        {
            // "The government said on the radio one hundred and thirty-two": the count reader reads no bare figure after "said".
            (min, max) = (reportedMin, reportedMax);
        }
        if (count is { Min: { } low } toll && layout.SentenceOf(toll.Start) is var tollSentence && tollSentence + 1 < end
            && RunCuts.IsAlternative(layout, tollSentence + 1, out var otherMin, out var otherMax))
        {
            // "Fourteen died. Maybe fifteen, one died in the night." The bounds cover both figures; "Maybe more" opens them.
            if (otherMin is { } alternativeMin && otherMax is { } alternativeMax && toll.Max is { } high
                && alternativeMax <= TollBounds.Defaults.AlternativeRatio * high && alternativeMin * TollBounds.Defaults.AlternativeRatio >= low)
            {
                min = Math.Min(low, alternativeMin);
                max = Math.Max(high, alternativeMax);
            }
            else if (otherMin is null)
            {
                max = null;
            }
        }

        if (count is null && harm == Harm.PropertyDamage && NamesBoth(layout, first, end))
        {
            min = max = 2;
        }

        if (count is null && harm != Harm.PropertyDamage && VictimRoles.WithoutFamilies(layout, named) is { Length: > 0 } persons)
        {
            min = max = VictimRoles.DistinctPeople(layout, persons);
        }
        else if (count is null && harm != Harm.PropertyDamage && OnePerson(layout, harm, first, end))
        {
            min = max = 1;
        }
        else if (count is null && harm == Harm.Injured && WoundedBody.OfOnePerson(document, first, end))
        {
            // "a piece hit his leg": the one whose body is named
            min = max = 1;
        }

        if (harm is Harm.Killed or Harm.Injured && (count is null || count is { Min: 1, Max: 1 }) && OneAndOther.Told(layout, first, end))
        {
            // "One was already dead on the road; the other died in the ambulance"
            min = max = 2;
        }

        var enumerated = false;
        var listed = harm is not (Harm.PropertyDamage or Harm.Displaced) ? VictimEnumeration.Read(_counts, layout, harm, first, end) : null;
        if (listed is { Items: > 0 } && (!listed.HasTotal || listed.OverflowsTotal)
            && (count is not { } total || (total.Cue is not (CountCue.Single or CountCue.List) ? total.Max is { } most && listed.Min > most : listed.Min > (total.Min ?? 0))
                || VictimRoles.IsBystanderGroup(layout, harm, first, end, total)))
        {
            // No total covers everyone listed: "My uncle was killed in his shop, with his worker."
            min = listed.Min;
            max = listed.Max;
            enumerated = true;
        }
        else if (listed is { Items: > 1, HasTotal: false } && count is { Cue: CountCue.Noun or CountCue.Verb, Min: { } othersMin } others
                 && listed.Min > othersMin && document.Text.AsSpan(others.Start, others.End - others.Start).Contains(" other", StringComparison.OrdinalIgnoreCase))
        {
            // "His friend Orlando lost his foot. Five or six others were hurt.": the others and the people told before them
            min = listed.Min;
            max = others.Max is { } othersMax ? othersMax + (listed.Min - othersMin) : null;
            enumerated = true;
        }

        var additive = count is { } counted && EvidenceWords.IsAdditive(document.Text.AsSpan(counted.Start, counted.End - counted.Start));
        if (count is { Cue: not (CountCue.List or CountCue.Single) } figure && !enumerated && min is not null
            && figures.Count > 1)
        {
            if (TollBounds.AddMore(layout, figures) is { } sum && sum.Min > min)
            {
                // "seven died, and one more died in the hospital": the toll and the ones added to it
                (min, max) = sum;
                additive = false;
            }
            else
            {
                // "The channel said twelve. A journalist wrote fifteen.": the bounds cover every figure given for the toll
                (min, max) = TollBounds.Widen(layout, figures, figure, min, max);
            }
        }

        if (count is { } hedged && !enumerated && min is { } floor && min == hedged.Min && (max is not null || hedged.Max is null)
            && TollBounds.TryReadUpperAfter(layout, hedged, floor, out var upper)
            && (upper is { } bound ? max is null || bound > max : max is null || max == floor))
        {
            // "forty flats, more": the toll is a floor; "three died near the bakery, maybe four": its upper bound. A
            // range the witness gave stays closed by a "maybe more" after it ("nine or ten men, I counted from the
            // window, maybe more"), as the count reader keeps it.
            max = upper;
        }

        if (harm == Harm.PropertyDamage && count is { } animals && !enumerated && min == animals.Min
            && AnimalCountBesideDamage.Told(layout, animals, first, end))
        {
            // "The barn burned with the hay, two cows died.": the animals are a part of the damage, not its count
            min = max = null;
        }

        if (harm == Harm.PropertyDamage && count is { } buildings && !enumerated && min is { } least && least == buildings.Min
            && JoinedBuilding.Follows(layout, buildings))
        {
            // "eleven houses and the post office were damaged": the building joined to the count is one more
            min = least + 1;
            max = max is null ? null : max + 1;
        }

        if (harm == Harm.PropertyDamage && min == 1 && max == 1)
        {
            // "one house of mud just went down", "the house of Yerga was broken", "one car was melted": damage has a
            // count when several buildings or things are numbered (3 of the corpus's 1,406 gold damage claims count
            // one)
            min = max = null;
        }

        if (harm != Harm.PropertyDamage && count is { } joinedGroup && !enumerated && min is { } joinedTo && joinedTo == joinedGroup.Min
            && JoinedVictim.FollowsGroup(layout, harm, joinedGroup))
        {
            // "four guards were killed and one man who sold bread": the person joined after the group's harm is one more
            min = joinedTo + 1;
            max = max is null ? null : max + 1;
        }

        var weapon = ClaimContext.Weapon(layout, harm, first, spanStart, spanEnd);
        var actor = ClaimContext.Nearest(layout, EntityType.Actor, harm, first, spanStart, spanEnd);
        var site = ClaimContext.Site(layout, harm, spanStart, spanEnd);
        var (date, dateInEvidence, dateCountedOn) = ClaimDates.Choose(layout, spanStart, spanEnd, harm);

        // Basis: the one with the greatest total confidence over the evidence sentences.
        Span<float> votes = stackalloc float[4];
        Span<float> voteSums = stackalloc float[4];
        Span<int> voters = stackalloc int[4];
        float harmConfidence = 0;
        for (var i = first; i < end; i++)
        {
            harmConfidence += sentences[i].HarmConfidence;
            if (sentences[i].Basis is { } b)
            {
                votes[(int)b] += sentences[i].BasisConfidence + 1e-3f;
                voteSums[(int)b] += sentences[i].BasisConfidence;
                voters[(int)b]++;
            }
        }

        Basis? basis = null;
        var best = 0f;
        for (var b = 0; b < votes.Length; b++)
        {
            if (votes[b] > best)
            {
                best = votes[b];
                basis = (Basis)b;
            }
        }

        if (harm == Harm.Displaced && min is not null && count is null or { Cue: CountCue.List or CountCue.Single } && figures.Count == 0
            && UnnumberedKin.Holds(_counts, layout, first, end))
        {
            // "He left with his wife and the children", "my sister went to Aden with her children": who went, not how many
            min = max = null;
        }
        else if (harm == Harm.Displaced && min is null && FlightParty.Crowd(layout, first, end) is { } crowdFlight)
        {
            // "thousands, the road was one line of cars", "with thousands of others": a crowd told by a collective alone
            (min, max) = crowdFlight;
        }
        else if (harm == Harm.Displaced && min is null && FlightParty.Families(_counts, layout, first, end) is { } families)
        {
            // "Eleven families from La Esmeralda left": the families counted, as MARKUP.md counts a flight told by them
            (min, max) = families;
        }
        else if (harm == Harm.Displaced && basis == Model.Basis.Experienced && min is not null
            && _party.Count(layout, first, end, count, min.Value, max) is { } party)
        {
            // "Me, Nadiya, our son", "I left with my two daughters", "we left, my wife and the five children": the
            // speaker's party, the speaker counted once
            (min, max) = party;
        }
        else if (!enumerated && harm == Harm.Displaced && basis != Model.Basis.Experienced && count is { Cue: CountCue.Single or CountCue.List } goers
                 && min is not null && max == min && Companions.WithAfter(_counts, layout, harm, goers) is { } withThem)
        {
            // "Ivan and his wife left in May with their grandson": the ones
            // the flight told of others took along, and those joined before the count
            min = Companions.Count(_counts, layout, goers) + min + withThem;
            max = min;
        }
        else if (count is { } group && min is not null && !enumerated && basis == Model.Basis.Experienced && harm == Harm.Detained
            && EvidenceWords.WordBefore(layout, group.Start, "with"))
        {
            // "they kept me in a room with sixty men": the speaker is one more
            min++;
            max = max is null ? null : max + 1;
        }
        else if (!enumerated && harm != Harm.PropertyDamage && count is { } others
                 && (others.Cue is not (CountCue.List or CountCue.Single) || EvidenceWords.WordBefore(layout, others.Start, "with")
                     || (others.Cue == CountCue.Single && EvidenceWords.WordBefore(layout, others.Start, "and"))
                     || (others.Cue == CountCue.List && PronounAndBefore(layout, others.Start)))
                 && min is not null && !EvidenceCounts.IsSummedList(layout, others) && Companions.Count(_counts, layout, others) is > 0 and var companions)
        {
            // "they took him and five other men", "he died with six others", "he ran to the base with his wife": the
            // count leaves out those it goes with
            min += companions;
            max = max is null ? null : max + companions;
            additive = false;
        }
        else if (!enumerated && harm is not (Harm.PropertyDamage or Harm.Displaced) && count is { Cue: CountCue.Single } one && min == 1
                 && Companions.WithAfter(_counts, layout, harm, one) is { } joined)
        {
            // "they put my husband Faisal in the car, with my brother-in-law Mustafa": the one with him too
            min = max = 1 + joined;
        }

        if (harm == Harm.Killed && !enumerated && TollBounds.BareTollBefore(layout, first) is { } toldAgain && (min is null || min < toldAgain))
        {
            // "I said three died. It was four. / The last one died in the hospital.": the toll told again just before
            min = max = toldAgain;
        }

        if (harm == Harm.Missing && min is > 1 && figures.Count == 0 && (enumerated || count is null or { Cue: CountCue.Single })
            && MissingCounts.ToldOfOne(layout, first, end))
        {
            // "My nephew stayed in the town with his mother. Nobody can say where he is now.": one person is missing
            min = max = 1;
        }

        if (harm == Harm.Missing && !enumerated && count is { } takenToll && min is not null && MissingOfTaking.Count(layout, first, end, takenToll) is { } missing)
        {
            // "they took Wahid and other men, twenty-two from our family. We never saw him again.": the toll of the
            // taking, not of the missing
            min = max = missing;
        }

        if (harm == Harm.Injured && min is >= 1 && SpeakerWoundBeside(layout, harm, first, end, count, enumerated))
        {
            // "I was hit in the back by the glass, and my helper lost hearing in one ear": the speaker is one more
            min++;
            max = max is null ? null : max + 1;
        }

        if (harm == Harm.Detained && !enumerated && min is { } takenFloor && max == takenFloor && figures.Count == 0
            && count is null or { Cue: CountCue.List or CountCue.Single } && UnnumberedCrowd.TellsMenTaken(layout, first, end))
        {
            // "The guards took the men, the drivers too. My friend was led off.": the people told are some of the men taken
            max = null;
        }

        if (min is null && max is null && basis == Model.Basis.Experienced && harm is Harm.Injured or Harm.Detained)
        {
            // "a piece went into my leg": the speaker is the one person harmed
            min = max = 1;
        }
        else if (min is null && max is null && basis == Model.Basis.Experienced && harm == Harm.Displaced && FleesAlone(layout, first, end))
        {
            // "So I stayed in Rafah, alone", "The volunteers took me and the two goats in a van": the speaker went alone
            min = max = 1;
        }

        if (min is null && max is null && harm == Harm.Injured && SpeakerWound.ToldIn(layout, first, end))
        {
            // "I had cuts on my arm from glass": the speaker's own wound, whatever basis the sentences voted
            min = max = 1;
        }

        var basisConfidence = basis is { } chosen ? voteSums[(int)chosen] / voters[(int)chosen] : 1f;
        var confidence = (double)(harmConfidence / (end - first)) * basisConfidence;

        return new ClaimDraft(harm, spanStart, spanEnd)
        {
            Min = min,
            Max = max,
            Named = named,
            Weapon = weapon,
            Actor = actor?.Id,
            Site = site,
            Date = date,
            DateInEvidence = dateInEvidence,
            DateCountedOn = dateCountedOn,
            Additive = additive,
            Basis = basis,
            Confidence = Math.Clamp(confidence, 0, 1),
        };
    }

    /// <summary>True when a sentence of the evidence tells the speaker's own wound beside the others counted: the
    /// sentence of <paramref name="count"/>, a relation or a list that leaves the speaker out and is no bystander; or,
    /// for people listed one by one (<paramref name="enumerated"/>), a sentence naming or counting one of them. Not
    /// beside a total ("four were wounded, I was one"), nor for a person named alone, who may be the speaker ("W.
    /// himself: a piece in my back").</summary>
    private bool SpeakerWoundBeside(DocumentLayout layout, Harm harm, int first, int end, CountMention? count, bool enumerated)
    {
        if (!enumerated)
        {
            return count is { Cue: CountCue.Single or CountCue.List } told && !SpeakerWound.Counted(layout, told.Start, told.End)
                && !VictimRoles.Bystander(layout, harm, told.Start, told.End) && SpeakerWound.Told(layout, layout.SentenceOf(told.Start));
        }

        for (var s = first; s < end; s++)
        {
            if (SpeakerWound.Told(layout, s)
                && (FollowingNames.NamesPeople(layout, s) || CountsPeople(layout, s)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Pronouns by which a claim's evidence points back to people told before it ("They died.", "We never saw them
    /// again.", "The men found her on the stairs", "A piece went in his back.").</summary>
    private static readonly string[] BackPronouns = ["they", "them", "he", "him", "his", "she", "her", "both"];

    /// <summary>The count of <paramref name="draft"/>, which has none, read with the sentence right before its evidence
    /// taken in, when its first sentence points back by a pronoun and that sentence, of the same turn, is no other claim's
    /// evidence; null otherwise.</summary>
    private (int? Min, int? Max)? PeopleBefore(DocumentLayout layout, ReadOnlySpan<SentenceAssessment> sentences, List<ClaimDraft> drafts, ClaimDraft draft)
    {
        var document = layout.Document;
        var first = layout.SentenceOf(draft.First);
        var before = first - 1;
        if (before < 0 || !layout.IsSpeech(before) || layout.Turn(before) != layout.Turn(first))
        {
            return null;
        }

        var pointsBack = false;
        foreach (var token in document.SentenceTokens(first))
        {
            pointsBack |= WordList.Contains(token.Span(document.Text), BackPronouns);
        }

        var sentence = document.Sentences[before];
        if (!pointsBack || Overlapped(drafts, sentence.Start, sentence.End))
        {
            return null;
        }

        var end = layout.SentenceOf(draft.Spans[0].End - 1) + 1;
        var wider = MakeDraft(layout, sentences, draft.Harm, before, end);
        return wider.Min is null && wider.Max is null ? null : (wider.Min, wider.Max);
    }

    /// <summary>The toll told before the names of the run <paramref name="start"/> to <paramref name="end"/>, when the run
    /// counts only the people it lists or names: a figure alone that opens the witness's answer or says again the figure
    /// before it ("Nine. My mother X. My grandmother Y, ..."; "I saw them bring out eleven. Eleven, I counted. X, his
    /// wife Y, ..."), the run's own first sentence or a sentence of the same turn before it that asserts no harm, with only
    /// sentences naming people between; for a killing also a sentence counting two or more people by a noun or a verb, with
    /// no word of another's report ("They found three in the water. My brother, X and the young one. My brother had a
    /// bullet in the head."). Null when none; never before <paramref name="floor"/>, the end of the run before.</summary>
    private (int Sentence, int Min, int? Max)? TollOpening(DocumentLayout layout, ReadOnlySpan<SentenceAssessment> sentences, Harm harm, int start, int end, int floor)
    {
        var document = layout.Document;
        if (_tolls.Choose(layout, harm, start, end) is { Cue: not (CountCue.List or CountCue.Single or CountCue.Answer) } runToll && !AfterPossessive(layout.Document, runToll))
        {
            // "Thirty-one, thirty-two. They killed 22 from one family.": the run gives its own toll
            return null;
        }

        if (IsAnswerToll(layout, start, out var own, out var ownMax) && end - start > 1)
        {
            return (start, own, ownMax);
        }

        for (var b = start - 1; b >= floor && b >= start - 1 - Defaults.NamesBeforeToll; b--)
        {
            if (!layout.IsSpeech(b) || layout.Turn(b) != layout.Turn(start) || sentences[b].Harms != HarmSet.None)
            {
                return null;
            }

            if (IsAnswerToll(layout, b, out var figure, out var most))
            {
                return (b, figure, most);
            }

            if (b > floor && _tolls.OfSentence(layout, harm, b) is { Min: { } low } toll && IsGroupToll(layout.Document, toll)
                && layout.Turn(b - 1) == layout.Turn(b) && IsAnswerToll(layout, b - 1, out var said, out var saidMost) && said == low)
            {
                // "Twenty-two. Twenty-two from one family.": the answer's figure said again with the people it counts
                return (b - 1, said, saidMost);
            }

            if (harm == Harm.Killed && !FollowingNames.NamesPeople(layout, b) && !WordSequence.HasWord(document, document.Sentences[b], ReportWords)
                && _tolls.OfSentence(layout, harm, b) is { Min: { } count, Cue: CountCue.Noun or CountCue.Verb } nounToll && IsGroupToll(layout.Document, nounToll))
            {
                // "They found three in the water. My brother, X and the young one.": the dead counted before they are
                // named; not another's figure ("they told us ... three hundred people came down")
                return (b, count, nounToll.Max);
            }

            if (!FollowingNames.NamesPeople(layout, b))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>True when sentence <paramref name="sentence"/> is a figure of two or more alone ("Nine.", "Eleven, I
    /// counted.") that opens the witness's answer or says again the figure of the sentence before it ("I saw them bring
    /// out eleven. Eleven, I counted."): a toll, where a figure after a name is an age ("Kevin. Twenty-two.").</summary>
    private static bool IsAnswerToll(DocumentLayout layout, int sentence, out int figure, out int? most)
    {
        var span = layout.Document.Sentences[sentence];
        if (!FollowingNames.TryReadFigure(layout, sentence, out figure, out most) || figure < 2
            || layout.Document.Text.AsSpan(span.Start, span.End - span.Start).TrimStart() is [var first, ..] && char.IsAsciiDigit(first))
        {
            // "3. His neighbour ...": a numbered paragraph
            return false;
        }

        return OpensTurn(layout, sentence) || (sentence > 0 && layout.Turn(sentence - 1) == layout.Turn(sentence) && FollowingNames.Repeats(layout, sentence, figure));
    }

    /// <summary>Words of a figure given by someone else: a toll before the names that says one is not the witness's.</summary>
    private static readonly string[] ReportWords = ["said", "say", "says", "told", "tell"];

    /// <summary>Possessives before a count of people in a list.</summary>
    private static readonly string[] Possessives = ["my", "his", "her", "their", "our", "your"];

    /// <summary>True when the count <paramref name="toll"/> opens with a possessive or follows one ("their four children",
    /// "with her three girls"): people of a list, not a toll.</summary>
    private static bool AfterPossessive(Document document, CountMention toll)
    {
        var tokens = document.Tokens;
        var low = document.FirstTokenFrom(toll.Start);
        return (low < tokens.Count && WordList.Contains(tokens[low].Span(document.Text), Possessives))
            || (low > 0 && WordList.Contains(tokens[low - 1].Span(document.Text), Possessives));
    }

    /// <summary>True when every sentence of the turn before <paramref name="sentence"/> is a bracketed note ("[crying]").</summary>
    private static bool OpensTurn(DocumentLayout layout, int sentence)
    {
        var document = layout.Document;
        for (var s = sentence - 1; s >= 0 && layout.Turn(s) == layout.Turn(sentence); s--)
        {
            var sentenceSpan = document.Sentences[s];
            var span = document.Text.AsSpan(sentenceSpan.Start, sentenceSpan.End - sentenceSpan.Start).Trim();
            if (!(span.Length > 1 && span[0] == '[' && span[^1] == ']'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The toll of the first sentence after the evidence of <paramref name="draft"/>, or of the one after it
    /// past a sentence that counts and names no one: spoken in the same turn and no claim's evidence, a figure of two or
    /// more people by a noun, a verb, an apposition or alone ("Then they took them to the trucks. I counted, nine men."),
    /// not said in the sentence before it and no count of times. Out of fold, with <see cref="TollBefore"/>, victims min
    /// +10 and max +11 of 4,299 matched claims (models/README.md, "Victim counts of the claim builder").</summary>
    private (int? Min, int? Max)? TollAfter(DocumentLayout layout, List<ClaimDraft> drafts, ClaimDraft draft)
    {
        var document = layout.Document;
        var last = layout.SentenceOf(draft.Last - 1);
        var stop = Math.Min(last + 1 + Defaults.TollReachAfter, document.Sentences.Count);
        for (var next = last + 1; next < stop; next++)
        {
            if (!IsFreeBeside(layout, drafts, next, last))
            {
                return null;
            }

            int figure;
            int? most;
            if (_tolls.Choose(layout, draft.Harm, next, next + 1, preferTotal: true) is { Min: { } low } toll)
            {
                if (!IsGroupToll(document, toll))
                {
                    return null;
                }

                (figure, most) = (low, toll.Max);
            }
            else if (draft.Harm == Harm.Displaced && FlightParty.Families(_counts, layout, next, next + 1) is { Min: >= 2 } families)
            {
                // "A lot of people left, after the list. Maybe fifty families, maybe more.": a flight's families counted
                // after it, its toll as when counted in its own sentence
                (figure, most) = families;
            }
            else if (FollowingNames.TryReadFigure(layout, next, out var bare, out var bareMax) && bare >= 2)
            {
                // "Many men. Forty, fifty, I could not count.": a figure alone
                (figure, most) = (bare, bareMax);
            }
            else if (FollowingNames.NamesPeople(layout, next))
            {
                return null;
            }
            else
            {
                continue;
            }

            // "they kept us nineteen days. Nineteen." says the days again, not the people
            return FollowingNames.Repeats(layout, next, figure) ? null : (figure, most);
        }

        return null;
    }

    /// <summary>The toll of the sentence right before the evidence of <paramref name="draft"/>, spoken in the same turn and
    /// no claim's evidence, when it counts two or more people ("Three men from our street they took to the base. Nobody
    /// has heard from the three since.").</summary>
    private (int? Min, int? Max)? TollBefore(DocumentLayout layout, List<ClaimDraft> drafts, ClaimDraft draft)
    {
        var document = layout.Document;
        var first = layout.SentenceOf(draft.First);
        var before = first - 1;
        if (before < 0 || !IsFreeBeside(layout, drafts, before, first))
        {
            return null;
        }

        return _tolls.OfSentence(layout, draft.Harm, before) is { } toll && IsGroupToll(document, toll)
            ? (toll.Min, toll.Max)
            : null;
    }

    /// <summary>True when sentence <paramref name="sentence"/>, beside the evidence sentence <paramref name="evidence"/>,
    /// is speech of the same turn and no claim's evidence: a toll there may be the claim's.</summary>
    private static bool IsFreeBeside(DocumentLayout layout, List<ClaimDraft> drafts, int sentence, int evidence) =>
        layout.IsSpeech(sentence) && layout.Turn(sentence) == layout.Turn(evidence) && !IsEvidence(layout.Document, drafts, sentence);

    /// <summary>True when <paramref name="toll"/> counts two or more people by a figure, not one person and not a
    /// count of times.</summary>
    private static bool IsGroupToll(Document document, CountMention toll) =>
        toll.Min >= 2 && toll.Cue != CountCue.Single && !CountsTimes(document, toll);

    /// <summary>The first of <paramref name="merged"/> of the harm of <paramref name="draft"/> that it merges into
    /// (<see cref="MentionMerge.CanMerge"/>), or null.</summary>
    private static ClaimDraft? SameHarmMerge(DocumentLayout layout, List<ClaimDraft> merged, ClaimDraft draft)
    {
        foreach (var earlier in merged)
        {
            if (earlier.Harm == draft.Harm && MentionMerge.CanMerge(layout, earlier, draft))
            {
                return earlier;
            }
        }

        return null;
    }

    /// <summary>True when one of sentences <paramref name="before"/> and <paramref name="next"/> tells the speaker's own
    /// wound and no one else, and the other tells someone else's without the speaker's ("My arm was broken. My wife
    /// Gunay, her head was cut."): gold keeps what the speaker lived and what they saw in claims of their own, where
    /// "my cousin had glass in her back, and I had the ears ringing" told in one sentence is one claim.</summary>
    private bool WoundOwnerChanges(DocumentLayout layout, int before, int next)
    {
        var ownBefore = SpeakerWound.Told(layout, before);
        var ownNext = SpeakerWound.Told(layout, next);
        var othersBefore = FollowingNames.NamesPeople(layout, before) || CountsPeople(layout, before);
        var othersNext = FollowingNames.NamesPeople(layout, next) || CountsPeople(layout, next);
        return (ownBefore && !othersBefore && othersNext && !ownNext) || (othersBefore && !ownBefore && ownNext && !othersNext);
    }

    /// <summary>The last sentence of the run <paramref name="start"/> to <paramref name="next"/> that tells the speaker's
    /// wound or names or counts people, or the sentence right before <paramref name="next"/> when none does: "My leg was
    /// under the wall. They pulled me out at night. Yusuf had his arm broken." compares the speaker's wound with Yusuf's
    /// across the sentence that tells neither; not when <paramref name="next"/> opens on "And".</summary>
    private int LastTelling(DocumentLayout layout, int start, int next)
    {
        // "A piece in my back. Nothing. And my nephew, his hand was burned.": an opening "And" goes on with the telling
        // before it, which gold keeps as one claim
        if (AfterOpeningAnd(layout.Document, layout.Document.SentenceTokens(next)) > 0)
        {
            return next - 1;
        }

        for (var s = next - 1; s >= start; s--)
        {
            if (SpeakerWound.Told(layout, s) || FollowingNames.NamesPeople(layout, s) || CountsPeople(layout, s))
            {
                return s;
            }
        }

        return next - 1;
    }

    /// <summary>True when sentence <paramref name="sentence"/> holds a count of people.</summary>
    private bool CountsPeople(DocumentLayout layout, int sentence)
    {
        foreach (var count in _counts.Of(layout, sentence))
        {
            if (count.Target == CountTarget.People)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when sentence <paramref name="sentence"/> lies in the evidence of one of <paramref name="drafts"/>.</summary>
    internal static bool IsEvidence(Document document, List<ClaimDraft> drafts, int sentence)
    {
        var span = document.Sentences[sentence];
        return Overlapped(drafts, span.Start, span.End);
    }

    /// <summary>True when the evidence of one of <paramref name="drafts"/> shares a character with
    /// <paramref name="start"/> to <paramref name="end"/>.</summary>
    private static bool Overlapped(List<ClaimDraft> drafts, int start, int end)
    {
        foreach (var draft in drafts)
        {
            if (draft.Overlaps(start, end))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the evidence of <paramref name="draft"/> counts times ("We moved four times, I think."): a
    /// figure told after it is no party of the flight.</summary>
    private static bool CountsTimes(DocumentLayout layout, ClaimDraft draft)
    {
        var document = layout.Document;
        foreach (var (start, end) in draft.Spans)
        {
            for (var s = layout.SentenceOf(start); s <= layout.SentenceOf(end - 1); s++)
            {
                var tokens = document.SentenceTokens(s);
                for (var t = 1; t < tokens.Length; t++)
                {
                    if (tokens[t].Span(document.Text).Equals("times", StringComparison.OrdinalIgnoreCase)
                        && NumberReader.TryRead(document.Text, tokens, t - 1, out _))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>True when the word right after the count <paramref name="toll"/> is "times" ("three times").</summary>
    private static bool CountsTimes(Document document, CountMention toll)
    {
        var tokens = document.Tokens;
        var low = 0;
        var high = tokens.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (tokens[middle].Start < toll.End)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low < tokens.Count && tokens[low].Span(document.Text).Equals("times", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"my boat and the boat of my brother-in-law, both had holes": two things taken together, when no number
    /// counts them.</summary>
    private static bool NamesBoth(DocumentLayout layout, int first, int end)
    {
        var document = layout.Document;
        var text = document.Text;
        var stop = document.Sentences[end - 1].FirstToken + document.Sentences[end - 1].TokenCount;
        for (var t = document.Sentences[first].FirstToken + 1; t < stop; t++)
        {
            if (document.Tokens[t].Span(text).Equals("both", StringComparison.OrdinalIgnoreCase)
                && document.Tokens[t - 1].Span(text).SequenceEqual(",")
                && !(t + 1 < stop && document.Tokens[t + 1].Span(text).Equals("of", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when "him and", "her and" or "me and" comes right before <paramref name="start"/>: "they dragged him out,
    /// him and his two cousins, Samer and Muhammad" lists the one taken first.</summary>
    private static bool PronounAndBefore(DocumentLayout layout, int start)
    {
        var document = layout.Document;
        var t = layout.TokenAt(start);
        return t >= 2 && document.Tokens[t - 1].Span(document.Text).Equals("and", StringComparison.OrdinalIgnoreCase)
            && Companions.IsObjectPronoun(document.Tokens[t - 2].Span(document.Text));
    }

    /// <summary>Words of a party or a crowd beside the speaker in a flight ("we", "our family", "everybody").</summary>
    private static readonly string[] PartyWords = ["we", "us", "our", "ours", "family", "families", "people", "everybody", "everyone", "all", "together", "with"];

    /// <summary>The speaker's own pronouns.</summary>
    private static readonly string[] SpeakerAlone = ["i", "me", "myself"];

    /// <summary>True when the evidence tells the flight by the speaker's own "I" or "me" and names no party or crowd
    /// that went too ("So I stayed in Rafah, alone", not "I left with my two daughters").</summary>
    private static bool FleesAlone(DocumentLayout layout, int first, int end)
    {
        var document = layout.Document;
        var speaker = false;
        for (var s = first; s < end; s++)
        {
            foreach (var token in document.SentenceTokens(s))
            {
                var word = token.Span(document.Text);
                if (WordList.Contains(word, PartyWords))
                {
                    return false;
                }

                speaker |= WordList.Contains(word, SpeakerAlone);
            }
        }

        return speaker;
    }

    /// <summary>True when the evidence speaks of one person by a pronoun ("he died", "they took him") and of no group.</summary>
    private static bool OnePerson(DocumentLayout layout, Harm harm, int first, int end)
    {
        var document = layout.Document;
        var text = document.Text;
        var one = false;
        for (var t = document.Sentences[first].FirstToken; t < document.Sentences[end - 1].FirstToken + document.Sentences[end - 1].TokenCount; t++)
        {
            var word = document.Tokens[t].Span(text);
            if (word.Equals("they", StringComparison.OrdinalIgnoreCase) && t + 1 < document.Tokens.Count
                && document.Tokens[t + 1].Span(text) is var next
                && (next.Equals("were", StringComparison.OrdinalIgnoreCase) || next.Equals("are", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }

            if (word.Equals("many", StringComparison.OrdinalIgnoreCase))
            {
                // "she said many died": a number not given
                return false;
            }

            if (harm == Harm.Missing && word.Equals("them", StringComparison.OrdinalIgnoreCase))
            {
                // "Nobody saw them. The contractor says he does not know.": the missing are a group told before
                return false;
            }

            if (word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("him", StringComparison.OrdinalIgnoreCase)
                || word.Equals("she", StringComparison.OrdinalIgnoreCase))
            {
                one = true;
            }
        }

        return one;
    }

}
