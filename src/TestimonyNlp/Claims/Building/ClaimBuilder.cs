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
/// of the people already told of ("The four of them died."), unless a sentence of damage opens on other property
/// ("And the shops on both sides ...") or on another place ("And in Homs, ..."), or, two sentences into the run, on someone's own property the run has not named
/// ("Our house, the roof was down."), and unless a flight's sentence opens on a crowd after the speaker's own party or
/// the other way ("Everybody went to the border. Me, with my wife, ..."); one sentence
/// asserting no harm between two of them, in the same turn, stays in the span. An interviewer's, interpreter's or
/// transcriber's sentence is never evidence. A sentence with two harms gives two claims, except that an injury told
/// only in sentences of a detention, and a flight told only in sentences of a killing, an injury, a detention or a
/// disappearance, are folded into that claim; damage told in the sentence of a killing stays a claim of its
/// own.</item>
/// <item>Repeated mentions: a later span with the same harm (other than damage: damage told again is most often other
/// property) merges into an earlier claim (as a further evidence span) when nothing conflicts (weapon, site,
/// overlapping dates, count, a date told between them away from the earlier one's, or any date told between them when
/// the earlier one has none, "again" or a span of time gone by ("one hour later") told between them, a crowd's flight
/// and the speaker's) and something ties them (a named victim, the site, dates given in both, or the count). A smaller count in the sentence right after a toll ("seventeen
/// bodies. Muhammad Hamouda, he was sixty-five, and his wife") names some of its victims and merges into it.</item>
/// <item>Victims: the people count of the evidence whose cue is most reliable (a noun, a harm verb or a pronoun;
/// then a listed group or an apposition; then a determiner or an answer; a single relation last), of equals the
/// one nearest a word of the claim's harm, preferring words after the count, a toll nearer a word of the rival harm
/// (the dead for the wounded) last; munitions and distances ("three houses
/// from ours") are no toll, nor, for the wounded, people whose own clause says they were killed; a count in a sentence
/// opening with "Among" is a part and ranks last; one person counted by a noun ("I carried one woman") ranks with an
/// answer, after a figure set off by commas. A larger figure set off after a listed group or a single person is their
/// total ("my husband, his cousin and three others, five men"). Those who came for the victims ("four men came at
/// night and took my son") are no toll. A count of others adds who it goes with ("they took him with five other men":
/// 6; "me and Samir and about twenty others": 22; "he walked out with his wife": 2, but not the speaker who ran to help
/// "with my son"). Floors and pieces are no count of damaged things, nor streets or blocks from a place (a distance),
/// nor people after "by" (who did it); "my boat and the boat of my cousin, both" is two damaged things. A sentence opening with a hedged second figure ("Fourteen died. Maybe
/// fifteen") widens the toll before it ("Maybe more" opens it) and stays in its claim. When no total covers them,
/// victims listed one by one are summed
/// (<see cref="VictimEnumeration"/>: "She died, and her son Hazem with her": 2); bystanders (sources, owners, the
/// object of another preposition, those who suffered the rival harm) are not counted. Without a
/// count: the number of people named (a name that is part of another, "Elias" after "Elias Nsengiyumva", is that
/// person again, here and in a list), else 1 for a lone "he"/"him"/"she", or for the speaker's own injury or
/// detention. The speaker is added to a group they were held with ("they kept me in a room with eleven women": 12).
/// A flight the speaker went with counts its party (<see cref="Party"/>): a total of people given for it ("Me, my
/// husband, the two boys, my mother-in-law. Six people."), else the groups joined by "and" or "with us" ("my wife and
/// me and our six": 8), the speaker added once unless listed ("I left with my two daughters": 3; "we left, my wife and
/// the five children": 7); a crowd they went with is counted alone ("with maybe forty people": 40). Named victims
/// are the PERSON mentions of the evidence that are neither informants ("Ali told me") nor owners ("the house of
/// Ali", "Ali's son"; "the Haddad family" stays a victim). Armed men ("four men with masks", "they came at night, four
/// of them, and dragged him out") are no toll; a count saying "more" after a toll adds to it ("seven died, and one
/// more in the hospital": 8); other figures for the same toll after a word of hedging or reporting widen it ("the
/// channel said twelve, a journalist wrote fifteen": 12 to 15); a bare figure answering after a name is an age.</item>
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
/// ("maybe the Russians", "it was not the army", "people say the M23") is never taken (<see cref="ActorCues"/>), and
/// one of an earlier answer is taken for evidence naming a weapon only when named with a weapon of the same category,
/// or with an attack verb and no weapon ("the regime shelled our street").</item>
/// <item>Site: the most specific place of the evidence (building over street over neighbourhood over town; an
/// ungeocoded local place counts as a neighbourhood), else the last place before it, the most specific of its
/// sentence ("from Pikha, in Achin"); a destination ("took him to Herat") is never the site, a place someone came
/// from ("a boy from Kafr Nabl") only when the evidence names no other, and a flight's route ("through Beit Sahm")
/// or the place it ended ("left for Kharkiv", "to the house of my uncle in Saqba") never (<see cref="PlaceCues"/>).</item>
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

    /// <summary>Words after "from" that make a count a distance from the speaker ("three houses from ours").</summary>
    private static readonly string[] DistanceOwners = ["me", "mine", "us", "ours", "hers", "theirs"];

    /// <summary>Words before a person that make them the object of something other than the harm ("for his mother"), or
    /// what someone was ("he was a soldier").</summary>
    private static readonly string[] ObjectPrepositions = ["for", "to", "of", "from", "by", "near", "at", "about", "behind", "beside", "toward", "towards", "like",
        "was", "is", "were", "are", "as", "be", "been", "became"];

    /// <summary>Verbs of armed men coming for someone ("four men came", "three men dragged him out").</summary>
    private static readonly string[] RaidVerbs = ["came", "come", "arrived", "entered", "knocked", "dragged", "pulled", "grabbed", "stormed", "raided", "surrounded", "broke"];

    /// <summary>Words before a second figure for a toll that make it another estimate of it.</summary>
    private static readonly string[] HedgeWords = ["maybe", "perhaps", "or", "then", "think", "said", "say", "says", "wrote", "between"];

    /// <summary>What armed men are described by ("four men with masks", "six men with rifles", "soldiers with the white
    /// bands"): those who carry them are the ones who do the harm.</summary>
    private static readonly string[] ArmsWords = ["mask", "masks", "masked", "rifle", "rifles", "gun", "guns", "weapons", "kalashnikov", "kalashnikovs",
        "faces", "armband", "armbands", "bands", "uniform", "uniforms", "balaclava", "balaclavas", "machete", "machetes"];

    /// <summary>Property damaged one at a time: a house, a shop, a vehicle.</summary>
    private static readonly string[] PropertyNouns = ["house", "houses", "home", "flat", "apartment", "shop", "shops", "store", "stores", "bakery", "mill", "pharmacy",
        "school", "mosque", "church", "clinic", "hospital", "market", "workshop", "factory", "warehouse", "building", "buildings", "car", "cars",
        "truck", "boat", "boats", "tent", "tents", "farm", "kiosk", "restaurant", "garage", "office", "compound"];

    /// <summary>Words that open a sentence on a crowd of people.</summary>
    private static readonly string[] CrowdWords = ["everybody", "everyone", "many", "thousands", "hundreds", "people", "families"];

    /// <summary>Words that open a sentence on the speaker or their own party.</summary>
    private static readonly string[] SpeakerWords = ["i", "me", "we", "my", "our", "us"];

    /// <summary>Words that join a sentence to the one before, passed over to find what it opens on.</summary>
    private static readonly string[] Connectives = ["and", "then", "so", "but"];

    /// <summary>Units of time gone by before "later" ("one hour later", "two days later").</summary>
    private static readonly string[] TimeUnits = ["minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years"];

    /// <summary>Prepositions before a place that open a sentence on damage elsewhere ("And in Harasta, ...").</summary>
    private static readonly string[] PlacePrepositions = ["in", "at"];

    /// <summary>Words of ownership that open a sentence on someone's own property ("Our house ...", "My own flat ...").</summary>
    private static readonly string[] Possessives = ["my", "our", "his", "her", "their"];

    /// <summary>Words before "more" that leave a toll open above rather than add a group to it ("or more", "maybe a
    /// little more", "even more").</summary>
    private static readonly string[] OpenWords = ["or", "and", "maybe", "perhaps", "little", "even", "probably"];

    /// <summary>Words before a larger figure that make it the upper bound of the toll just before ("maybe four", "or
    /// ten").</summary>
    private static readonly string[] UpperHedges = ["or", "maybe", "perhaps", "probably"];

    /// <summary>Verbs that free someone taken with the missing ("Tariq came back after a month", "two were released").</summary>
    private static readonly string[] ReleaseVerbs = ["released", "freed", "escaped"];

    /// <summary>Verbs that bring someone back when "back" or "out" follows ("came back", "came out after two months").</summary>
    private static readonly string[] ReturnVerbs = ["came", "come", "comes", "got"];

    /// <summary>Pronouns that point a MISSING claim without a count back to a group ("no news of them", "these three").</summary>
    private static readonly string[] PluralPronouns = ["they", "them", "their", "these", "those"];

    private readonly VictimCountReader _counts = new();

    /// <summary>Settings of the builder.</summary>
    public static class Defaults
    {
        /// <summary>Sentences looked back across turns for a weapon or actor not named in the evidence, beyond the event
        /// being told (since the last DATE mention); 0 adds none, which scores best on the training split.</summary>
        public const int LookbackSentences = 0;

        /// <summary>Tokens after a person's name searched for a verb of telling that makes them an informant.</summary>
        public const int InformantWindow = 3;

        /// <summary>Tokens before a person's name searched for an "of" that makes them an owner ("the house of my
        /// neighbour Faizullah").</summary>
        public const int PossessorWindow = 3;

        /// <summary>Tokens after a person's name searched for a verb that frees them from among the missing.</summary>
        public const int ReleaseWindow = 8;

        /// <summary>Most sentences from a toll to a smaller count that names some of its victims and merges into it.</summary>
        public const int EnumerationGap = 1;

        /// <summary>How much further a harm word before a count counts than one after it.</summary>
        public const int HarmWordBeforeWeight = 4;

        /// <summary>Cue ranks a count loses when a word of the rival harm (the dead for the wounded, the wounded for the
        /// dead) is nearer it than a word of the claim's own: enough to rank after a single relation.</summary>
        public const int RivalTollPenalty = 4;

        /// <summary>Most times larger or smaller a hedged second figure in the next sentence may be than the toll it
        /// widens ("Fourteen died. Maybe fifteen").</summary>
        public const int AlternativeRatio = 3;

        /// <summary>The least crowd a flight's party is not added to ("my mother and I, and maybe four thousand people":
        /// 4,000): out of fold gold sums a party and a crowd of twenty or fifty people with them, and counts a crowd of
        /// thousands alone.</summary>
        public const int PartyCrowd = 100;

        /// <summary>Most people joined by "and" before a count of others that are added to it ("me and Hatem and
        /// maybe fifty men").</summary>
        public const int MaxCompanions = 4;

        /// <summary>Most words of a phrase between a group and its verb that still make them the ones who did the harm
        /// ("four men in a car without plates came and took him").</summary>
        public const int AgentPhrase = 6;

        /// <summary>The greatest figure read as the age of the person just named rather than a toll.</summary>
        public const int OldestAge = 110;

        /// <summary>Words looked back from a second figure for a word of hedging or reporting ("some said forty-three").</summary>
        public const int HedgeWindow = 3;

        /// <summary>Tokens looked at after a toll for a "more" that leaves it open or a larger hedged figure ("six people
        /// died, this is what we counted later at the hospital, six or seven": 14). Out of fold the rule fixed 7 maxima
        /// with 8 tokens, 9 with 12 and 10 with 16, and broke none at any of them.</summary>
        public const int UpperBoundWindow = 16;

        /// <summary>Words after "lost" searched for a person lost ("lost his two sons") rather than a limb.</summary>
        public const int LossWindow = 3;

        /// <summary>Words after the "And" or "Also" opening a sentence searched for other property.</summary>
        public const int PropertyOpening = 4;

        /// <summary>Fewest sentences of a damage run before a sentence opening on someone's own property cuts it ("Half
        /// of the district was on the ground. The air strikes, in December. Our house, the roof was down."): after one
        /// sentence ("I ran. Our house was not there.", "All burned. Our house, the granaries ...") the lead is of the
        /// same damage. With 1, out of fold with gold sentences, damage claims gained 5 right and 21 spurious.</summary>
        public const int OwnPropertyAfter = 2;

        /// <summary>Most days a date told between two mentions of one harm may lie from the earlier mention's date
        /// and still let them merge (one event told over a night and the next morning).</summary>
        public const int MergeDateGapDays = 1;
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
        var drafts = new List<Draft>();
        foreach (var harm in AllHarms)
        {
            CollectRuns(layout, sentences, harm, drafts);
        }

        for (var d = drafts.Count - 1; d >= 0; d--)
        {
            if (FoldedIn(layout, sentences, drafts[d]))
            {
                drafts.RemoveAt(d);
            }
        }

        drafts.Sort(static (a, b) => a.First != b.First ? a.First.CompareTo(b.First) : a.Harm.CompareTo(b.Harm));
        var merged = new List<Draft>();
        foreach (var draft in drafts)
        {
            var target = merged.Find(m => m.Harm == draft.Harm && CanMerge(layout, m, draft));
            if (target is null)
            {
                merged.Add(draft);
            }
            else
            {
                target.Absorb(draft);
            }
        }

        CountTheMissing(layout, merged);
        var number = 1;
        foreach (var draft in merged)
        {
            into.Add(draft.ToClaim("c" + number.ToString(System.Globalization.CultureInfo.InvariantCulture), layout));
            number++;
        }
    }

    /// <summary>
    /// Gives a count to each MISSING claim whose evidence has none ("We have no news of them.", "Since then, nothing."):
    /// the people are those taken or lost in an earlier claim. After a plural pronoun, the count of the nearest earlier
    /// DETAINED or MISSING claim that has one; otherwise the one person the speaker waits for.
    /// </summary>
    /// <remarks>Out of fold, every matched MISSING claim left without a count had one in gold (35 of them: 17 of one
    /// person, the rest the group named before); see models/README.md, "Victim counts of the claim builder".</remarks>
    private static void CountTheMissing(DocumentLayout layout, List<Draft> drafts)
    {
        for (var d = 0; d < drafts.Count; d++)
        {
            var draft = drafts[d];
            if (draft.Harm != Harm.Missing || draft.Min is not null || draft.Max is not null)
            {
                continue;
            }

            if (!HasPluralPronoun(layout, draft))
            {
                draft.Min = draft.Max = 1;
                continue;
            }

            var earlier = drafts
                .Where(o => o.First < draft.First && o.Harm is Harm.Detained or Harm.Missing && (o.Min is not null || o.Max is not null))
                .MaxBy(o => o.First);
            if (earlier is not null)
            {
                (draft.Min, draft.Max) = (earlier.Min, earlier.Max);
            }
        }
    }

    private static bool HasPluralPronoun(DocumentLayout layout, Draft draft)
    {
        var document = layout.Document;
        foreach (var (start, end) in draft.Spans)
        {
            for (var t = layout.TokenAt(start); t >= 0 && t < document.Tokens.Count && document.Tokens[t].Start < end; t++)
            {
                if (WordList.Contains(document.Tokens[t].Span(document.Text), PluralPronouns))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void CollectRuns(DocumentLayout layout, ReadOnlySpan<SentenceAssessment> sentences, Harm harm, List<Draft> into)
    {
        var start = -1;
        var runCounted = false;
        for (var i = 0; i <= sentences.Length; i++)
        {
            var asserts = i < sentences.Length && layout.IsSpeech(i) && sentences[i].Harms.Contains(harm);
            if (!asserts && start >= 0 && Bridges(layout, sentences, harm, start, i, runCounted))
            {
                continue;
            }

            if (asserts && start >= 0 && layout.Turn(i) == layout.Turn(i - 1) && sentences[i].Basis == sentences[start].Basis
                && !(runCounted && HasCount(layout, harm, i) && !IsAlternative(layout, i) && !SumsUp(layout, harm, i))
                && !(harm == Harm.PropertyDamage && (OpensOtherProperty(layout, i) || OpensOwnProperty(layout, start, i)))
                && !(harm == Harm.Displaced && ChangesParty(layout, start, i)))
            {
                continue;
            }

            if (start >= 0)
            {
                into.Add(MakeDraft(layout, sentences, harm, start, i));
                start = -1;
            }

            if (asserts)
            {
                start = i;
                runCounted = false;
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

    /// <summary>A sentence opening on other property ("And the shops on both sides ...", "Also the mill of Berhe ...")
    /// or on another place ("And in Harasta, ..."): damage told for one house, shop or car at a time is one claim each.
    /// The place opening took one false pair within one testimony away out of fold, one damage claim right more.</summary>
    private static bool OpensOtherProperty(DocumentLayout layout, int sentence)
    {
        var document = layout.Document;
        var first = document.Sentences[sentence].FirstToken;
        var stop = Math.Min(first + document.Sentences[sentence].TokenCount, first + Defaults.PropertyOpening + 1);
        var word = document.Tokens[first].Span(document.Text);
        if (!word.Equals("and", StringComparison.OrdinalIgnoreCase) && !word.Equals("also", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var t = first + 1; t < stop; t++)
        {
            if (WordList.Contains(document.Tokens[t].Span(document.Text), PropertyNouns))
            {
                return true;
            }
        }

        // "And in Harasta, the fire burned three houses": damage elsewhere.
        if (first + 2 < stop && WordList.Contains(document.Tokens[first + 1].Span(document.Text), PlacePrepositions))
        {
            var placeStart = document.Tokens[first + 2].Start;
            foreach (var entity in document.Entities)
            {
                if (entity.Type == EntityType.Place && entity.Start == placeStart)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A sentence opening on property of the speaker's or of someone's own that the run has not named ("Our
    /// house, the roof was down." after a district's damage; "My own flat ..." after a school's): a district's damage
    /// and a house's, told in one breath, are two claims and most often two incidents.</summary>
    private static bool OpensOwnProperty(DocumentLayout layout, int start, int sentence)
    {
        if (sentence - start < Defaults.OwnPropertyAfter)
        {
            return false;
        }

        var document = layout.Document;
        var first = document.Sentences[sentence].FirstToken;
        var end = first + document.Sentences[sentence].TokenCount;
        if (!WordList.Contains(document.Tokens[first].Span(document.Text), Possessives))
        {
            return false;
        }

        var noun = first + 1;
        if (noun < end && document.Tokens[noun].Span(document.Text).Equals("own", StringComparison.OrdinalIgnoreCase))
        {
            noun++;
        }

        if (noun >= end || !WordList.Contains(document.Tokens[noun].Span(document.Text), PropertyNouns))
        {
            return false;
        }

        var named = document.Tokens[noun].Span(document.Text);
        var runEnd = document.Sentences[sentence].FirstToken;
        for (var t = document.Sentences[start].FirstToken; t < runEnd; t++)
        {
            if (document.Tokens[t].Span(document.Text).Equals(named, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A flight told of a crowd after one of the speaker's own party, or the other way ("Everybody went to the
    /// border. Me, with my wife, we slept under a tree."): a town's exodus and a family's flight are two claims, most
    /// often two incidents. The party is read from the opening word of the sentence and of the nearest sentence of the
    /// run before it that opens on one.</summary>
    private static bool ChangesParty(DocumentLayout layout, int start, int sentence) =>
        ChangesParty(layout, start, sentence - 1, sentence);

    /// <summary>True when <paramref name="sentence"/> opens on another party than the nearest sentence from
    /// <paramref name="last"/> back to <paramref name="start"/> that opens on one.</summary>
    private static bool ChangesParty(DocumentLayout layout, int start, int last, int sentence)
    {
        var party = OpeningParty(layout, sentence);
        if (party == 0)
        {
            return false;
        }

        for (var s = last; s >= start; s--)
        {
            if (OpeningParty(layout, s) is var before && before != 0)
            {
                return before != party;
            }
        }

        return false;
    }

    /// <summary>1 when the sentence opens on a crowd ("Everybody ...", "Many people ...", "Thousands ..."), -1 when
    /// on the speaker ("Me, ...", "We ...", "My wife and I ..."), 0 otherwise; an opening "And" or "Then" is passed over.</summary>
    private static int OpeningParty(DocumentLayout layout, int sentence)
    {
        var document = layout.Document;
        var t = document.Sentences[sentence].FirstToken;
        var end = t + document.Sentences[sentence].TokenCount;
        while (t < end && WordList.Contains(document.Tokens[t].Span(document.Text), Connectives))
        {
            t++;
        }

        if (t >= end)
        {
            return 0;
        }

        var word = document.Tokens[t].Span(document.Text);
        if (WordList.Contains(word, SpeakerWords))
        {
            return -1;
        }

        if (!WordList.Contains(word, CrowdWords))
        {
            return 0;
        }

        // "Everybody who could walk left, we walked to the camps" tells the speaker's flight with the crowd's.
        for (var u = t + 1; u < end; u++)
        {
            if (WordList.Contains(document.Tokens[u].Span(document.Text), SpeakerWords))
            {
                return 0;
            }
        }

        return 1;
    }

    /// <summary>A sentence whose toll counts people already told of ("The four of them died.", "all three of them"):
    /// the total of the run, not another assertion.</summary>
    private bool SumsUp(DocumentLayout layout, Harm harm, int sentence) =>
        ChooseCount(layout, harm, sentence, sentence + 1) is { Cue: CountCue.Pronoun };

    /// <summary>A sentence that opens with a hedged second figure for the toll before it ("Maybe fifteen, ...").</summary>
    private static bool IsAlternative(DocumentLayout layout, int sentence) => IsAlternative(layout, sentence, out _, out _);

    private static bool IsAlternative(DocumentLayout layout, int sentence, out int? min, out int? max)
    {
        var document = layout.Document;
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(document.Tokens)
            .Slice(document.Sentences[sentence].FirstToken, document.Sentences[sentence].TokenCount);
        return VictimCountReader.TryReadAlternative(document.Text, tokens, out min, out max);
    }

    private bool HasCount(DocumentLayout layout, Harm harm, int sentence) =>
        ChooseCount(layout, harm, sentence, sentence + 1) is { } count && CueRank(count.Cue) <= 1;

    private Draft MakeDraft(DocumentLayout layout, ReadOnlySpan<SentenceAssessment> sentences, Harm harm, int first, int end)
    {
        var document = layout.Document;
        var spanStart = document.Sentences[first].Start;
        var spanEnd = document.Sentences[end - 1].End;

        var named = NamedVictims(layout, harm, spanStart, spanEnd);
        var figures = new List<CountMention>();
        var count = ChooseCount(layout, harm, first, end, preferTotal: true, figures);
        int? min = count?.Min;
        int? max = count?.Max;
        if (count is { Min: { } low } toll && layout.SentenceOf(toll.Start) is var tollSentence && tollSentence + 1 < end
            && IsAlternative(layout, tollSentence + 1, out var otherMin, out var otherMax))
        {
            // "Fourteen died. Maybe fifteen, one died in the night." The bounds cover both figures; "Maybe more" opens them.
            if (otherMin is { } alternativeMin && otherMax is { } alternativeMax && toll.Max is { } high
                && alternativeMax <= Defaults.AlternativeRatio * high && alternativeMin * Defaults.AlternativeRatio >= low)
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

        if (count is null && named.Length > 0 && harm != Harm.PropertyDamage)
        {
            min = max = DistinctPeople(layout, named);
        }
        else if (count is null && harm != Harm.PropertyDamage && OnePerson(layout, first, end))
        {
            min = max = 1;
        }

        var enumerated = false;
        if (harm is not (Harm.PropertyDamage or Harm.Displaced) && Enumerate(layout, harm, first, end) is { Items: > 0 } listed && (!listed.HasTotal || listed.OverflowsTotal)
            && (count is not { } total || (total.Cue is not (CountCue.Single or CountCue.List) ? total.Max is { } most && listed.Min > most : listed.Min > (total.Min ?? 0))
                || IsBystanderGroup(layout, harm, first, end, total)))
        {
            // No total covers everyone listed: "My uncle was killed in his shop, with his worker."
            min = listed.Min;
            max = listed.Max;
            enumerated = true;
        }

        var additive = count is { } counted && IsAdditive(document.Text.AsSpan(counted.Start, counted.End - counted.Start));
        if (count is { Cue: not (CountCue.List or CountCue.Single) } figure && !enumerated && min is not null
            && figures.Count > 1)
        {
            if (AddMore(layout, figures) is { } sum && sum.Min > min)
            {
                // "seven died, and one more died in the hospital": the toll and the ones added to it
                (min, max) = sum;
                additive = false;
            }
            else
            {
                // "The channel said twelve. A journalist wrote fifteen.": the bounds cover every figure given for the toll
                (min, max) = Widen(layout, figures, figure, min, max);
            }
        }

        if (count is { } hedged && !enumerated && min is { } floor && min == hedged.Min && (max is not null || hedged.Max is null)
            && TryReadUpperAfter(layout, hedged, floor, out var upper) && (upper is null || max is null || upper > max))
        {
            // "forty flats, more": the toll is a floor; "three died near the bakery, maybe four": its upper bound
            max = upper;
        }

        var weapon = ClaimContext.Weapon(layout, harm, first, spanStart, spanEnd);
        var actor = ClaimContext.Nearest(layout, EntityType.Actor, harm, first, spanStart, spanEnd);
        var site = ClaimContext.Site(layout, harm, spanStart, spanEnd);
        var (date, dateInEvidence) = ClaimDates.Choose(layout, spanStart, spanEnd, harm);

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

        if (harm == Harm.Displaced && basis == Model.Basis.Experienced && min is not null
            && Party(layout, first, end, count, min.Value, max) is { } party)
        {
            // "Me, Nadiya, our son", "I left with my two daughters", "we left, my wife and the five children": the
            // speaker's party, the speaker counted once
            (min, max) = party;
        }
        else if (count is { } group && min is not null && basis == Model.Basis.Experienced && harm == Harm.Detained
            && WordBefore(layout, group.Start, "with"))
        {
            // "they kept me in a room with sixty men": the speaker is one more
            min++;
            max = max is null ? null : max + 1;
        }
        else if (!enumerated && harm != Harm.PropertyDamage && count is { } others
                 && (others.Cue is not (CountCue.List or CountCue.Single) || (others.Cue == CountCue.Single && WordBefore(layout, others.Start, "with")))
                 && min is not null && Companions(layout, others) is > 0 and var companions)
        {
            // "they took him and five other men", "he died with six others", "he ran to the base with his wife": the
            // count leaves out those it goes with
            min += companions;
            max = max is null ? null : max + companions;
            additive = false;
        }

        if (min is null && max is null && basis == Model.Basis.Experienced && harm is Harm.Injured or Harm.Detained)
        {
            // "a piece went into my leg": the speaker is the one person harmed
            min = max = 1;
        }

        var basisConfidence = basis is { } chosen ? voteSums[(int)chosen] / voters[(int)chosen] : 1f;
        var confidence = (double)(harmConfidence / (end - first)) * basisConfidence;

        return new Draft(harm, spanStart, spanEnd)
        {
            Min = min,
            Max = max,
            Named = named,
            Weapon = weapon,
            Actor = actor?.Id,
            Site = site,
            Date = date,
            DateInEvidence = dateInEvidence,
            Additive = additive,
            Basis = basis,
            Confidence = Math.Clamp(confidence, 0, 1),
        };
    }

    /// <summary>The people count of the evidence with the most reliable cue, nearest a word of the harm.</summary>
    /// <remarks>With <paramref name="preferTotal"/>, a larger bare figure set off after the people ("my husband, his
    /// cousin and three others, five men", "... and my mother. Four.") wins over a listed group or a single person: it
    /// is the total the speaker gives for them. With <paramref name="figures"/>, also collects, in text order, every figure that may be a toll of the harm
    /// (neither a listed group nor a single person, nearer a word of the harm than of its rival), for
    /// <see cref="AddMore"/> and <see cref="Widen"/>, so that the evidence is scanned once.</remarks>
    private CountMention? ChooseCount(DocumentLayout layout, Harm harm, int first, int end, bool preferTotal = false, List<CountMention>? figures = null)
    {
        CountMention? total = null;
        var totalScore = int.MaxValue;
        var document = layout.Document;
        var target = harm == Harm.PropertyDamage ? CountTarget.Things : CountTarget.People;
        CountMention? best = null;
        var bestScore = int.MaxValue;
        var found = new List<CountMention>();
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(document.Tokens);
        for (var s = first; s < end; s++)
        {
            var sentence = document.Sentences[s];
            var sentenceTokens = tokens.Slice(sentence.FirstToken, sentence.TokenCount);
            found.Clear();
            FindCounts(layout, sentenceTokens, found);
            foreach (var mention in found)
            {
                if (!IsToll(layout, harm, target, mention))
                {
                    continue;
                }

                if (mention.Cue == CountCue.Pronoun && IsPartOfEarlier(found, mention))
                {
                    // "Three others were wounded, one of them my daughter": a part of the toll before it
                    continue;
                }

                var distance = DistanceToHarmWord(document.Text, sentenceTokens, harm, mention);
                if (figures is not null && mention.Cue is not (CountCue.List or CountCue.Single) && mention.Min is not null
                    && !(Rival(harm) is { } other && DistanceToHarmWord(document.Text, sentenceTokens, other, mention) < distance))
                {
                    figures.Add(mention);
                }

                var rank = CueRank(mention.Cue);
                if (mention is { Cue: CountCue.Noun, Min: 1, Max: 1 })
                {
                    // "Some were wounded, four or five, I carried one woman": one person picked out of a toll
                    rank = Math.Max(rank, 2);
                }

                var score = (rank * 100_000) + distance;
                if (Rival(harm) is { } rival && DistanceToHarmWord(document.Text, sentenceTokens, rival, mention) < distance)
                {
                    // "Eleven people died, and my son was injured": for the injury, the toll of the dead counts last.
                    score += Defaults.RivalTollPenalty * 100_000;
                }

                if (sentenceTokens.Length > 0 && sentenceTokens[0].Span(document.Text).Equals("among", StringComparison.OrdinalIgnoreCase))
                {
                    // "More than a hundred. Among them Saidou, and two boys of my neighbour": a part of the toll
                    score += Defaults.RivalTollPenalty * 100_000;
                }

                if (score < bestScore)
                {
                    bestScore = score;
                    best = mention;
                }

                if (mention.Cue is CountCue.Answer or CountCue.Apposition && score < (CueRank(mention.Cue) + 1) * 100_000 && score < totalScore)
                {
                    totalScore = score;
                    total = mention;
                }
            }
        }

        if (preferTotal && best is { Cue: CountCue.List or CountCue.Single } group && total is { Min: { } sum } && sum > (group.Min ?? 0))
        {
            return total;
        }

        return best;
    }

    /// <summary>False for a count that is no toll of the harm: munitions ("three rockets fell" counts no damaged
    /// thing), distances, floors, people after "by", those who did the harm ("two men on a motorcycle shot him") and,
    /// for the wounded, people whose clause says they were killed.</summary>
    private static bool IsToll(DocumentLayout layout, Harm harm, CountTarget target, CountMention mention) =>
        mention.Target == target && mention.Cue != CountCue.Nobody && (mention.Min is not null || mention.Max is not null)
        && !(target == CountTarget.Things && Overlaps(layout, EntityType.Weapon, mention.Start, mention.End))
        && !IsDistance(layout, mention) && !(target == CountTarget.Things && IsPartOrSize(layout, mention))
        && !(target == CountTarget.People && WordBefore(layout, mention.Start, "by"))
        && !IsAgent(layout, harm, mention.End) && !(harm == Harm.Injured && SufferedRival(layout, harm, mention.Start, mention.End))
        && !IsAgeAnswer(layout, mention);

    /// <summary>A bare figure answering after a sentence that ends on a name ("My niece, Neema. Sixteen."): her age.</summary>
    private static bool IsAgeAnswer(DocumentLayout layout, CountMention mention)
    {
        if (mention.Cue != CountCue.Answer || mention.Min is not { } age || mention.Max != age || age > Defaults.OldestAge)
        {
            return false;
        }

        var document = layout.Document;
        var sentence = layout.SentenceOf(mention.Start);
        if (sentence <= 0 || layout.Turn(sentence) != layout.Turn(sentence - 1))
        {
            return false;
        }

        var before = document.Sentences[sentence - 1];
        var t = before.FirstToken + before.TokenCount - 1;
        while (t >= before.FirstToken && document.Tokens[t].Kind == TokenKind.Punctuation)
        {
            t--;
        }

        return t >= before.FirstToken && PersonEndingAt(layout, t) is not null;
    }

    /// <summary>
    /// The toll with the counts added to it later in the evidence ("seven died, and one more died in the hospital":
    /// 8; "maybe twenty near the hotel, and near the school a dozen more": 32; "two tents burned and four more were
    /// torn": 6), or null when no count says "more" after a toll. A count nearer a word of the rival harm adds nothing
    /// ("five died and two more were wounded").
    /// </summary>
    private static (int? Min, int? Max)? AddMore(DocumentLayout layout, List<CountMention> figures)
    {
        CountMention? toll = null;
        int? min = null;
        int? max = null;
        var added = false;
        foreach (var mention in figures)
        {
            var more = IsMore(layout, mention);
            if (toll is null)
            {
                if (more)
                {
                    // "two more" with no toll before it adds to a toll of another span
                    return null;
                }

                toll = mention;
                (min, max) = (mention.Min, mention.Max);
            }
            else if (more)
            {
                min += mention.Min;
                max = max is { } high && mention.Max is { } most ? high + most : null;
                added = true;
            }
        }

        return added ? (min, max) : null;
    }

    /// <summary>
    /// The bounds of <paramref name="chosen"/> widened by the other figures the evidence gives for the same toll, each
    /// after a word of hedging or reporting ("nine dead, I think, or ten"; "the municipality said forty-two, some said
    /// forty-three"; "they killed thirty, some say more than forty": 30 and open). A figure more than
    /// <see cref="Defaults.AlternativeRatio"/> times apart, a part ("two of them"), a group added ("two more") or a
    /// listed group is no other figure for it.
    /// </summary>
    private static (int? Min, int? Max) Widen(DocumentLayout layout, List<CountMention> figures, CountMention chosen, int? min, int? max)
    {
        var text = layout.Document.Text;
        var low = min!.Value;
        var high = max;
        foreach (var mention in figures)
        {
            if (mention.Start == chosen.Start || mention.Cue == CountCue.Pronoun || mention.Min is not { } other || IsMore(layout, mention)
                || IsAdditive(text.AsSpan(mention.Start, mention.End - mention.Start))
                || other * Defaults.AlternativeRatio < low || other > Defaults.AlternativeRatio * (high ?? low)
                || !IsHedged(layout, mention.Start))
            {
                continue;
            }

            low = Math.Min(low, other);
            high = high is { } h && mention.Max is { } most ? Math.Max(h, most) : null;
        }

        return (low, high);
    }

    /// <summary>True when a word of hedging or reporting comes just before <paramref name="offset"/> in its sentence:
    /// "maybe", "or", "then", "I think", "some said", "wrote".</summary>
    private static bool IsHedged(DocumentLayout layout, int offset)
    {
        var document = layout.Document;
        var sentence = document.Sentences[layout.SentenceOf(offset)];
        var t = layout.TokenAt(offset) - 1;
        for (var seen = 0; t >= sentence.FirstToken && seen < Defaults.HedgeWindow; t--)
        {
            if (document.Tokens[t].Kind == TokenKind.Punctuation)
            {
                continue;
            }

            var word = document.Tokens[t].Span(document.Text);
            foreach (var hedge in HedgeWords)
            {
                if (word.Equals(hedge, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            seen++;
        }

        return false;
    }

    /// <summary>
    /// Reads the upper bound the words just after <paramref name="mention"/> give its toll, in its sentence and before
    /// any other figure; false when they give none. "more" set off by a comma or after a word of hedging leaves it open
    /// ("forty flats, more", "twenty, or more", "maybe a little more"; not "more than", "more or less"); a larger
    /// figure set off by a comma or after a hedge, ending its clause, is its upper bound ("three died near the bakery,
    /// maybe four,", "twenty people, twenty-two, died", "nine dead, nine or ten"). The same figure said again is read
    /// through; a figure more than <see cref="Defaults.AlternativeRatio"/> times the toll is no bound of it.
    /// </summary>
    private static bool TryReadUpperAfter(DocumentLayout layout, CountMention mention, int floor, out int? upper)
    {
        upper = null;
        var document = layout.Document;
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(document.Tokens);
        var sentence = document.Sentences[layout.SentenceOf(mention.Start)];
        var sentenceEnd = sentence.FirstToken + sentence.TokenCount;
        var first = layout.TokenAt(mention.End);
        var stop = Math.Min(sentenceEnd, first + Defaults.UpperBoundWindow);
        for (var t = first; t < stop; t++)
        {
            var word = tokens[t].Span(document.Text);
            if (NumberReader.TryRead(document.Text, tokens, t, out var number))
            {
                var before = tokens[t - 1].Span(document.Text);
                var setOff = WordList.Contains(before, UpperHedges) || (before is "," && t - 1 == first);
                if (number.Min == floor && number.Max == floor)
                {
                    t = number.EndToken - 1;
                    continue;
                }

                var closes = number.EndToken >= sentenceEnd || tokens[number.EndToken].Kind == TokenKind.Punctuation;
                if (!setOff || !closes || number.Max is not { } larger || larger <= floor || larger > Defaults.AlternativeRatio * floor)
                {
                    return false;
                }

                upper = larger;
                return true;
            }

            if (!word.Equals("more", StringComparison.OrdinalIgnoreCase)
                || (t + 1 < tokens.Length && tokens[t + 1].Span(document.Text) is var after
                    && (after.Equals("than", StringComparison.OrdinalIgnoreCase) || after.Equals("or", StringComparison.OrdinalIgnoreCase))))
            {
                continue;
            }

            var previous = tokens[t - 1].Span(document.Text);
            return previous is "," || WordList.Contains(previous, OpenWords);
        }

        return false;
    }

    /// <summary>"two more", "a dozen more", "one more died": a count that adds to one before it.</summary>
    private static bool IsMore(DocumentLayout layout, CountMention mention)
    {
        var document = layout.Document;
        if (WordBefore(layout, mention.Start, "is") || WordBefore(layout, mention.Start, "was"))
        {
            // counting aloud: "every time I said, that is one more"
            return false;
        }

        var last = layout.TokenAt(mention.End - 1);
        if (document.Tokens[last].Span(document.Text).Equals("more", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var next = layout.TokenAt(mention.End);
        return next < document.Tokens.Count && document.Tokens[next].Span(document.Text).Equals("more", StringComparison.OrdinalIgnoreCase)
               && !(next + 1 < document.Tokens.Count && document.Tokens[next + 1].Span(document.Text).Equals("than", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The people listed one by one in the evidence, in text order (<see cref="VictimEnumeration"/>).</summary>
    private VictimEnumeration Enumerate(DocumentLayout layout, Harm harm, int first, int end)
    {
        var document = layout.Document;
        var text = document.Text;
        var enumeration = new VictimEnumeration(layout, harm);
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(document.Tokens);
        var found = new List<CountMention>();
        var names = new List<EntityMention>();
        var counted = new List<string>();

        // Someone who is no victim in one place is none anywhere in the evidence: "Hind and Ghadir found one. Ghadir
        // died. Hind lost her eye."
        var bystanders = new List<string>();
        foreach (var entity in document.Entities)
        {
            if (entity.Type == EntityType.Person && entity.Start >= document.Sentences[first].Start
                && entity.End <= document.Sentences[end - 1].End && Bystander(layout, harm, entity.Start, entity.End))
            {
                bystanders.Add(entity.Id);
            }
        }
        var harmLater = false;
        for (var s = first + 1; s < end && !harmLater; s++)
        {
            harmLater = NamesHarm(text, tokens.Slice(document.Sentences[s].FirstToken, document.Sentences[s].TokenCount), harm);
        }

        for (var s = first; s < end; s++)
        {
            var sentence = document.Sentences[s];
            var sentenceTokens = tokens.Slice(sentence.FirstToken, sentence.TokenCount);
            if ((s > first || harmLater) && !NamesHarm(text, sentenceTokens, harm) && !Continues(text, sentenceTokens))
            {
                // "He died there. His wife was at work.": a later sentence without the harm adds nobody, unless it goes
                // on with the list ("And a teacher, ...", "His wife also.")
                continue;
            }

            found.Clear();
            FindCounts(layout, sentenceTokens, found);
            found.RemoveAll(m => m.Target != CountTarget.People || m.Cue == CountCue.Nobody || m.Min is null || IsDistance(layout, m));
            names.Clear();
            foreach (var entity in document.Entities)
            {
                if (entity.Type == EntityType.Person && entity.Start >= sentence.Start && entity.End <= sentence.End)
                {
                    names.Add(entity);
                }
            }

            var m = 0;
            var n = 0;
            for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
            {
                var token = document.Tokens[t];
                if (m < found.Count && (found[m].Start <= token.Start
                                        || (n < names.Count && names[n].Start <= token.Start && found[m].Start < names[n].End)))
                {
                    // A name the count's phrase starts inside is one of the people it counts.
                    var mention = found[m++];
                    var inside = 0;
                    var repeated = false;
                    var phraseEnd = mention.End;
                    if (mention.Cue == CountCue.Single && n < names.Count && names[n].Start >= mention.End
                        && layout.TokenAt(names[n].Start) == layout.TokenAt(mention.End))
                    {
                        // "the girl Amal", "a man Yusuf": the name right after one person is that person
                        phraseEnd = names[n].End;
                        mention = mention with { End = phraseEnd };
                    }

                    for (; n < names.Count && names[n].Start < phraseEnd; n++)
                    {
                        if (names[n].End <= mention.Start)
                        {
                            continue;
                        }

                        if (!counted.Exists(id => layout.SameOrPartName(id, names[n].Id)))
                        {
                            counted.Add(names[n].Id);
                            inside++;
                        }
                        else
                        {
                            repeated = true;
                        }
                    }

                    if (repeated && inside == 0 && mention.Cue == CountCue.Single)
                    {
                        // "my uncle Hajji Qanbar... sorry, my uncle Qanbar": someone counted already, named again
                        enumeration.AddRepeat(mention.End);
                    }
                    else if (Bystander(layout, harm, mention.Start, mention.End)
                        || (mention.Cue == CountCue.Single && text.AsSpan(mention.Start, mention.End - mention.Start).EndsWith("name", StringComparison.OrdinalIgnoreCase)))
                    {
                        enumeration.AddBystander(mention.End, mention.Min ?? 1);
                    }
                    else
                    {
                        enumeration.AddCount(mention, inside);
                    }

                    t = layout.TokenAt(mention.End) - 1;
                    continue;
                }

                if (n < names.Count && names[n].Start <= token.Start)
                {
                    var name = names[n++];
                    if (bystanders.Exists(id => layout.SamePerson(id, name.Id)))
                    {
                        enumeration.AddBystander(name.End);
                    }
                    else if (!counted.Exists(id => layout.SameOrPartName(id, name.Id)))
                    {
                        counted.Add(name.Id);
                        enumeration.AddPerson(name.Start, name.End);
                    }

                    t = layout.TokenAt(name.End) - 1;
                    continue;
                }

                var word = token.Span(text);
                if (word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("she", StringComparison.OrdinalIgnoreCase))
                {
                    enumeration.AddPronoun(t);
                }
            }
        }

        return enumeration;
    }

    /// <summary>
    /// Someone in the evidence the harm was not done to: a source ("my father told me"), an owner ("the house of
    /// Ali"), the object of another preposition ("for his mother"), or someone who suffered the rival harm ("He died,
    /// and his friend lost his eyes").
    /// </summary>
    private static bool Bystander(DocumentLayout layout, Harm harm, int start, int end)
    {
        if (IsInformant(layout, start, end) || IsPossessor(layout, start, end) || AfterPreposition(layout, start) || IsAgent(layout, harm, end))
        {
            return true;
        }

        var document = layout.Document;
        var next = layout.TokenAt(end);
        if (next < document.Tokens.Count && document.Tokens[next].Span(document.Text).StartsWith("famil", StringComparison.OrdinalIgnoreCase))
        {
            // "the Haddad family": how many not said
            return true;
        }

        return (harm == Harm.Missing && IsReleased(layout, end)) || SufferedRival(layout, harm, start, end);
    }

    /// <summary>
    /// True when the clause after the person ending at <paramref name="end"/> says they came back or were let go
    /// ("Tariq came back after one month.", "Karim and Bilal were released", "Marwan, yes."): no longer missing.
    /// Not when negated ("Hadi was not released") nor for a return from elsewhere ("when he came back from work").
    /// </summary>
    private static bool IsReleased(DocumentLayout layout, int end)
    {
        var document = layout.Document;
        var text = document.Text;
        var first = layout.TokenAt(end);
        var sentence = layout.SentenceOf(Math.Max(0, end - 1));
        if (sentence < 0 || first >= document.Tokens.Count)
        {
            return false;
        }

        var stop = Math.Min(document.Sentences[sentence].FirstToken + document.Sentences[sentence].TokenCount, first + Defaults.ReleaseWindow);
        if (first + 1 < stop && document.Tokens[first].Span(text).SequenceEqual(",")
            && document.Tokens[first + 1].Span(text).Equals("yes", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        for (var t = first; t < stop; t++)
        {
            var token = document.Tokens[t];
            var word = token.Span(text);
            if ((token.Kind == TokenKind.Punctuation && !word.SequenceEqual(",")) || word.Equals("but", StringComparison.OrdinalIgnoreCase)
                || word.Equals("not", StringComparison.OrdinalIgnoreCase) || word.Equals("never", StringComparison.OrdinalIgnoreCase)
                || word.Equals("no", StringComparison.OrdinalIgnoreCase) || HarmWords.Names(Harm.Missing, word))
            {
                return false;
            }

            if (WordList.Contains(word, ReleaseVerbs))
            {
                return true;
            }

            if (t + 2 < document.Tokens.Count && WordList.Contains(word, ReturnVerbs)
                && document.Tokens[t + 1].Span(text) is var particle
                && (particle.Equals("back", StringComparison.OrdinalIgnoreCase) || particle.Equals("out", StringComparison.OrdinalIgnoreCase))
                && document.Tokens[t + 2].Span(text) is var then
                && (then.Equals("after", StringComparison.OrdinalIgnoreCase) || then.Equals("alive", StringComparison.OrdinalIgnoreCase)
                    || document.Tokens[t + 2].Kind == TokenKind.Punctuation))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the clause of the people at <paramref name="start"/> gives them the rival harm before this one:
    /// "his wife and his daughter were killed, and he was wounded" (for the wounded), "his friend lost his eyes".</summary>
    private static bool SufferedRival(DocumentLayout layout, Harm harm, int start, int end)
    {
        var document = layout.Document;
        var sentence = document.Sentences[layout.SentenceOf(start)];
        var stop = sentence.FirstToken + sentence.TokenCount;
        var first = layout.TokenAt(start);
        var after = layout.TokenAt(end);
        for (var t = first; t < stop; t++)
        {
            // the words of the person ("a wounded man"), then the rest of their clause
            var word = document.Tokens[t].Span(document.Text);
            // An aside set off by commas does not end the clause: "A policeman, Walid, was killed".
            if ((t >= after && ((document.Tokens[t].Kind == TokenKind.Punctuation && !word.SequenceEqual(",")) || word.Equals("and", StringComparison.OrdinalIgnoreCase)))
                || HarmWords.Names(harm, word))
            {
                return false;
            }

            if ((Rival(harm) is { } rival && HarmWords.Names(rival, word))
                || (word.Equals("lost", StringComparison.OrdinalIgnoreCase) && (harm == Harm.Killed || (harm == Harm.Injured && LosesPerson(layout, t + 1, stop))))
                || (harm == Harm.Killed && (word.Equals("survived", StringComparison.OrdinalIgnoreCase) || word.Equals("lived", StringComparison.OrdinalIgnoreCase))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when someone lost a person ("he lost his son"), not a part of himself ("he lost his hand", which
    /// is his wound).</summary>
    private static bool LosesPerson(DocumentLayout layout, int from, int stop)
    {
        var document = layout.Document;
        for (var t = from; t < stop && t < from + Defaults.LossWindow; t++)
        {
            if (CountLexicon.Get(document.Tokens[t].Span(document.Text)).Has(WordTags.Person))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesHarm(string text, ReadOnlySpan<Token> tokens, Harm harm)
    {
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Word && HarmWords.Names(harm, token.Span(text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="count"/>, a group named by a noun or a list, stands in a sentence of the evidence that
    /// names no word of the harm while a later one does: the people in the scene, of whom the later sentences say who
    /// suffered it ("three brothers came together. Qais died on the table.").
    /// </summary>
    private static bool IsBystanderGroup(DocumentLayout layout, Harm harm, int first, int end, CountMention count)
    {
        if (count.Cue is not (CountCue.Noun or CountCue.List or CountCue.Single))
        {
            return false;
        }

        var document = layout.Document;
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(document.Tokens);
        var sentence = layout.SentenceOf(count.Start);
        if (count.Cue != CountCue.Noun && IsWholeSentence(layout, sentence, count))
        {
            // "... took the men. My husband Abdelsalam and my brother Marwan.": a list that is the whole sentence
            // names those the harm before it was done to
            return false;
        }
        if (NamesHarm(document.Text, tokens.Slice(document.Sentences[sentence].FirstToken, document.Sentences[sentence].TokenCount), harm))
        {
            return false;
        }

        for (var s = sentence + 1; s < end; s++)
        {
            if (NamesHarm(document.Text, tokens.Slice(document.Sentences[s].FirstToken, document.Sentences[s].TokenCount), harm))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when nothing but punctuation lies outside <paramref name="count"/> in its sentence.</summary>
    private static bool IsWholeSentence(DocumentLayout layout, int sentence, CountMention count)
    {
        var document = layout.Document;
        var first = document.Sentences[sentence].FirstToken;
        var stop = first + document.Sentences[sentence].TokenCount;
        for (var t = first; t < stop; t++)
        {
            var token = document.Tokens[t];
            if (token.Kind != TokenKind.Punctuation && (token.End <= count.Start || token.Start >= count.End))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A sentence that goes on with the people before it: "And a teacher, ...", "His wife also."</summary>
    private static bool Continues(string text, ReadOnlySpan<Token> tokens)
    {
        if (tokens.Length > 0 && tokens[0].Span(text).Equals("and", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var token in tokens)
        {
            if (token.Span(text).Equals("also", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"for his mother", "to my brother": someone the harm was not done to; "with his worker" is a victim
    /// beside the one named before.</summary>
    private static bool AfterPreposition(DocumentLayout layout, int offset)
    {
        var index = layout.TokenAt(offset) - 1;
        if (index < 0)
        {
            return false;
        }

        var word = layout.Document.Tokens[index].Span(layout.Document.Text);
        foreach (var preposition in ObjectPrepositions)
        {
            if (word.Equals(preposition, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"two men shot him", "a soldier killed them": a person or group doing the harm to someone else, the
    /// verb right after them (a prepositional phrase between is skipped) and an object pronoun after the verb; or
    /// coming for someone ("four men came at night and took my son"), except for a flight, where those who came are
    /// the ones who fled.</summary>
    private static bool IsAgent(DocumentLayout layout, Harm harm, int end)
    {
        var document = layout.Document;
        var text = document.Text;
        var t = layout.TokenAt(end);
        var sentence = layout.SentenceOf(Math.Max(0, end - 1));
        if (sentence < 0)
        {
            return false;
        }

        var stop = document.Sentences[sentence].FirstToken + document.Sentences[sentence].TokenCount;
        if (harm != Harm.Displaced && (IsArmed(layout, t, stop) || IsRaidApposition(layout, t, stop)))
        {
            return true;
        }

        if (t + 1 < stop && document.Tokens[t].Span(text) is var on && (on.Equals("on", StringComparison.OrdinalIgnoreCase)
                                                                      || on.Equals("in", StringComparison.OrdinalIgnoreCase)
                                                                      || on.Equals("of", StringComparison.OrdinalIgnoreCase)
                                                                      || on.Equals("with", StringComparison.OrdinalIgnoreCase)))
        {
            // "two men on a motorcycle": skip the phrase to the verb
            t += 2;
            while (t < stop && document.Tokens[t].Kind == TokenKind.Word && !IsHarmVerb(document.Tokens[t].Span(text)) && !IsRaidVerb(document.Tokens[t].Span(text)))
            {
                if (document.Tokens[t].Span(text).Equals("and", StringComparison.OrdinalIgnoreCase))
                {
                    // "they brought four men in a pickup and shot them": the men are the ones harmed
                    return false;
                }

                t++;
                if (t - layout.TokenAt(end) > Defaults.AgentPhrase)
                {
                    return false;
                }
            }
        }

        if (harm != Harm.Displaced && t + 1 < stop && IsRaidVerb(document.Tokens[t].Span(text))
            && !document.Tokens[t + 1].Span(text).Equals("back", StringComparison.OrdinalIgnoreCase))
        {
            // "four men came at night and took my son", "three men with masks dragged him out": those who came for
            // the victim, named or a pronoun after the verb
            for (var o = t + 1; o < stop; o++)
            {
                var word = document.Tokens[o].Span(text);
                if (word.Equals("him", StringComparison.OrdinalIgnoreCase) || word.Equals("her", StringComparison.OrdinalIgnoreCase)
                    || word.Equals("me", StringComparison.OrdinalIgnoreCase) || word.Equals("us", StringComparison.OrdinalIgnoreCase)
                    || PersonEndingAt(layout, o) is not null)
                {
                    return true;
                }

                if (o + 1 < stop && (IsHarmVerb(word) || IsRaidVerb(word)) && document.Tokens[o + 1].Span(text) is var whom
                    && (whom.Equals("my", StringComparison.OrdinalIgnoreCase) || whom.Equals("his", StringComparison.OrdinalIgnoreCase)
                        || whom.Equals("our", StringComparison.OrdinalIgnoreCase) || whom.Equals("their", StringComparison.OrdinalIgnoreCase)))
                {
                    // "... and took my son"
                    return true;
                }
            }
        }

        if (t + 1 >= stop || !IsHarmVerb(document.Tokens[t].Span(text)))
        {
            return false;
        }

        var next = document.Tokens[t + 1].Span(text);
        return next.Equals("him", StringComparison.OrdinalIgnoreCase) || next.Equals("her", StringComparison.OrdinalIgnoreCase)
            || next.Equals("them", StringComparison.OrdinalIgnoreCase) || next.Equals("us", StringComparison.OrdinalIgnoreCase)
            || next.Equals("me", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True for a group set off by commas after men who came ("the hisba came at night, four of them, and
    /// dragged him out"): the raiders counted, when what follows does the harm to someone named or a pronoun.</summary>
    private static bool IsRaidApposition(DocumentLayout layout, int t, int stop)
    {
        var document = layout.Document;
        var text = document.Text;
        if (t >= stop || !document.Tokens[t].Span(text).SequenceEqual(","))
        {
            return false;
        }

        // the start of the group: back from its end to the comma before it
        var sentence = document.Sentences[layout.SentenceOf(document.Tokens[t].Start)];
        var b = t - 1;
        while (b >= sentence.FirstToken && !document.Tokens[b].Span(text).SequenceEqual(","))
        {
            b--;
        }

        var came = false;
        for (var k = b - 1; k >= sentence.FirstToken && k >= b - Defaults.AgentPhrase * 2; k--)
        {
            var word = document.Tokens[k].Span(text);
            if (document.Tokens[k].Kind == TokenKind.Punctuation || IsHarmVerb(word))
            {
                break;
            }

            if (word.Equals("came", StringComparison.OrdinalIgnoreCase) || word.Equals("arrived", StringComparison.OrdinalIgnoreCase)
                || word.Equals("entered", StringComparison.OrdinalIgnoreCase) || word.Equals("stormed", StringComparison.OrdinalIgnoreCase))
            {
                came = true;
                break;
            }
        }

        if (!came)
        {
            return false;
        }

        for (var o = t + 1; o + 1 < stop && o <= t + Defaults.AgentPhrase; o++)
        {
            var word = document.Tokens[o].Span(text);
            if (IsHarmVerb(word) || IsRaidVerb(word))
            {
                var whom = document.Tokens[o + 1].Span(text);
                return whom.Equals("him", StringComparison.OrdinalIgnoreCase) || whom.Equals("her", StringComparison.OrdinalIgnoreCase)
                    || whom.Equals("me", StringComparison.OrdinalIgnoreCase) || PersonEndingAt(layout, o + 1) is not null
                    || whom.Equals("my", StringComparison.OrdinalIgnoreCase) || whom.Equals("his", StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }

    /// <summary>True when the words from <paramref name="t"/> describe people as armed: "with masks", ", with
    /// Kalashnikovs", "with the white bands".</summary>
    private static bool IsArmed(DocumentLayout layout, int t, int stop)
    {
        var document = layout.Document;
        var text = document.Text;
        if (t < stop && document.Tokens[t].Span(text).SequenceEqual(","))
        {
            t++;
        }

        if (t + 1 >= stop || !document.Tokens[t].Span(text).Equals("with", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var o = t + 1; o < stop && o <= t + 3; o++)
        {
            var word = document.Tokens[o].Span(text);
            foreach (var arms in ArmsWords)
            {
                if (word.Equals(arms, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Verbs of armed men arriving or seizing someone: who does them is no victim.</summary>
    private static bool IsRaidVerb(ReadOnlySpan<char> word)
    {
        foreach (var verb in RaidVerbs)
        {
            if (word.Equals(verb, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHarmVerb(ReadOnlySpan<char> word)
    {
        foreach (var harm in AllHarms)
        {
            if (harm != Harm.PropertyDamage && HarmWords.Names(harm, word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPartOfEarlier(List<CountMention> found, CountMention mention)
    {
        foreach (var other in found)
        {
            if (other.Start < mention.Start && other.Target == mention.Target && other.Cue != CountCue.Pronoun
                && other.Min > (mention.Max ?? int.MaxValue))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"four houses from mine", "two doors from us": how far away something was, not how many were harmed.</summary>
    private static bool IsDistance(DocumentLayout layout, CountMention mention)
    {
        var tokens = layout.Document.Tokens;
        var text = layout.Document.Text;
        var next = layout.TokenAt(mention.End);
        if (next + 1 >= tokens.Count || !tokens[next].Span(text).Equals("from", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var word = tokens[next + 1].Span(text);
        foreach (var owner in DistanceOwners)
        {
            if (word.Equals(owner, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        // "two streets from our house", "one block from the school": streets and blocks counted from a place are a
        // distance too ("three houses from our street" are houses of that street, "five men from the village" people)
        var unit = layout.Document.Tokens[layout.TokenAt(mention.End - 1)].Span(text);
        return mention.Target == CountTarget.Things
            && (unit.StartsWith("street", StringComparison.OrdinalIgnoreCase) || unit.StartsWith("block", StringComparison.OrdinalIgnoreCase)
                || unit.StartsWith("door", StringComparison.OrdinalIgnoreCase) || unit.StartsWith("lane", StringComparison.OrdinalIgnoreCase)
                || unit.StartsWith("road", StringComparison.OrdinalIgnoreCase))
            && (word.Equals("our", StringComparison.OrdinalIgnoreCase) || word.Equals("my", StringComparison.OrdinalIgnoreCase)
                || word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("his", StringComparison.OrdinalIgnoreCase)
                || word.Equals("her", StringComparison.OrdinalIgnoreCase) || word.Equals("their", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"three floors", "in a hundred pieces": how big a building was or how it broke, not how many things
    /// were damaged.</summary>
    private static bool IsPartOrSize(DocumentLayout layout, CountMention mention)
    {
        var last = layout.TokenAt(mention.End - 1);
        var word = layout.Document.Tokens[last].Span(layout.Document.Text);
        return word.StartsWith("floor", StringComparison.OrdinalIgnoreCase) || word.StartsWith("storey", StringComparison.OrdinalIgnoreCase)
            || word.StartsWith("piece", StringComparison.OrdinalIgnoreCase);
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

    /// <summary>True when the evidence speaks of one person by a pronoun ("he died", "they took him") and of no group.</summary>
    private static bool OnePerson(DocumentLayout layout, int first, int end)
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

            if (word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("him", StringComparison.OrdinalIgnoreCase)
                || word.Equals("she", StringComparison.OrdinalIgnoreCase))
            {
                one = true;
            }
        }

        return one;
    }

    private static bool HasWord(DocumentLayout layout, int first, int end, string word)
    {
        var document = layout.Document;
        var stop = document.Sentences[end - 1].FirstToken + document.Sentences[end - 1].TokenCount;
        for (var t = document.Sentences[first].FirstToken; t < stop; t++)
        {
            if (document.Tokens[t].Span(document.Text).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The largest total of people the evidence gives ("we left, twelve people, my parents, ...", an answer
    /// "Nine."), which covers the speaker, or null. With <paramref name="partyOnly"/>, not a crowd they went with ("in a
    /// truck with thirty people").</summary>
    private int? TotalOf(DocumentLayout layout, int first, int end, bool partyOnly = false)
    {
        var document = layout.Document;
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(document.Tokens);
        var found = new List<CountMention>();
        for (var s = first; s < end; s++)
        {
            FindCounts(layout, tokens.Slice(document.Sentences[s].FirstToken, document.Sentences[s].TokenCount), found);
        }

        int? total = null;
        foreach (var m in found)
        {
            if (m.Target == CountTarget.People && m.Min is { } value && m.Max == value && !(partyOnly && WordBefore(layout, m.Start, "with"))
                && (m.Cue is CountCue.Answer or CountCue.Pronoun
                    || document.Text.AsSpan(m.Start, m.End - m.Start).EndsWith("people", StringComparison.OrdinalIgnoreCase)
                    || document.Text.AsSpan(m.Start, m.End - m.Start).EndsWith("persons", StringComparison.OrdinalIgnoreCase)
                    || (m.Cue == CountCue.List && document.Text.AsSpan(m.Start, m.End - m.Start).Contains(" people,", StringComparison.OrdinalIgnoreCase))))
            {
                total = Math.Max(total ?? 0, value);
            }
        }

        return total;
    }

    /// <summary>
    /// The party of a flight the speaker went with: the people listed one by one when no count of the evidence covers
    /// them all (<see cref="VictimEnumeration"/>), the speaker added once when they went ("we", "I", "me") and are in no
    /// list, and a total of people given for the party ("Six people.") when it is no smaller. A crowd they went with
    /// ("with maybe forty people") is the count alone. Null when the evidence tells no party.
    /// </summary>
    private (int Min, int? Max)? Party(DocumentLayout layout, int first, int end, CountMention? count, int min, int? max)
    {
        var document = layout.Document;
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(document.Tokens);
        var found = new List<CountMention>();
        for (var s = first; s < end; s++)
        {
            FindCounts(layout, tokens.Slice(document.Sentences[s].FirstToken, document.Sentences[s].TokenCount), found);
        }

        var speakerListed = found.Exists(m => m.Target == CountTarget.People && m.Cue == CountCue.List && HasSpeaker(layout, m));
        var withGroup = count is { } group && WordBefore(layout, group.Start, "with");
        var listedGroup = count is { Cue: CountCue.List or CountCue.Single } && HasWord(layout, first, end, "we");
        if ((speakerListed || HasWord(layout, first, end, "we")) && TotalOf(layout, first, end, partyOnly: true) is { } total && total > min)
        {
            // "we left. Me, my husband, the two boys, my mother-in-law. Six people.": the total of the party
            return (total, total);
        }

        if (!withGroup && !listedGroup && !speakerListed)
        {
            return null;
        }

        var partyMin = min;
        var partyMax = max;
        if (count is { } chosen && Chain(layout, found, chosen) is { } chain && chain.Min > min)
        {
            // "my wife and me and our six", "my seven children and Poko and her three": the groups joined to the one read
            (partyMin, partyMax) = chain;
        }
        else if (count is { Cue: not (CountCue.List or CountCue.Single) } crowd && !IsOwnGroup(layout, crowd)
                 && !IsAdditive(document.Text.AsSpan(crowd.Start, crowd.End - crowd.Start)))
        {
            // "we left by boat with maybe forty people": the crowd is the count, the speaker one of them
            return (min, max);
        }

        if (listedGroup && TotalOf(layout, first, end) is { } together)
        {
            // "we left, my wife, six children, my mother. Nine.": the total counts the speaker
            return (Math.Max(partyMin, together), Math.Max(partyMin, together));
        }

        if (speakerListed)
        {
            // "me, my husband and our son": the speaker is listed already
            return (partyMin, partyMax);
        }

        // "I left with my two daughters", "We left with nothing, my husband, the five children": the speaker is one more
        return (partyMin + 1, partyMax is null ? null : partyMax + 1);
    }

    /// <summary>The sum of the people counts joined to <paramref name="chosen"/> by nothing but commas, "and" and "with
    /// us" ("me, my wife and my three children, and forty, fifty people"), or null when no other count is joined.</summary>
    private static (int Min, int? Max)? Chain(DocumentLayout layout, List<CountMention> found, CountMention chosen)
    {
        // A total after the people ("our two girls, four in one car") or a count read from a verb is no one more.
        var people = found.FindAll(m => m.Target == CountTarget.People && m.Min is not null
                                        && m.Cue is CountCue.List or CountCue.Single or CountCue.Noun or CountCue.Determiner
                                        && !layout.Document.Text.AsSpan(m.Start, m.End - m.Start).EndsWith("people", StringComparison.OrdinalIgnoreCase)
                                        || m.Start == chosen.Start);
        people.Sort((a, b) => a.Start.CompareTo(b.Start));
        var at = people.FindIndex(m => m.Start == chosen.Start && m.End == chosen.End);
        if (at < 0)
        {
            return null;
        }

        var from = at;
        while (from > 0 && Joins(layout, people[from - 1].End, people[from].Start))
        {
            from--;
        }

        var to = at;
        while (to + 1 < people.Count && Joins(layout, people[to].End, people[to + 1].Start))
        {
            to++;
        }

        if (from == to || people[from..(to + 1)].Exists(m => m.Min >= Defaults.PartyCrowd))
        {
            return null;
        }

        var min = 0;
        int? max = 0;
        for (var i = from; i <= to; i++)
        {
            min += people[i].Min!.Value;
            max = max is { } sum && people[i].Max is { } most ? sum + most : null;
        }

        return (min, max);
    }

    /// <summary>True when the text between two counts is only commas, "and" and "with us", with an "and" or "with us":
    /// one party goes on. A figure set off by a comma alone is their total ("our two girls, four in one car").</summary>
    private static bool Joins(DocumentLayout layout, int end, int start)
    {
        if (start < end)
        {
            return false;
        }

        var document = layout.Document;
        var joined = false;
        for (var t = layout.TokenAt(end); t < document.Tokens.Count && document.Tokens[t].Start < start; t++)
        {
            var word = document.Tokens[t].Span(document.Text);
            if ((word.Equals("with", StringComparison.OrdinalIgnoreCase) && t + 1 < document.Tokens.Count
                 && document.Tokens[t + 1].Span(document.Text).Equals("us", StringComparison.OrdinalIgnoreCase))
                || word.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                t += word.Equals("with", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
                joined = true;
            }
            else if (word is not ",")
            {
                return false;
            }
        }

        return joined;
    }

    /// <summary>True when the count is of the speaker's or someone's own people ("my two daughters", "our six",
    /// "her four", "the four children"), not a crowd ("maybe forty people", "hundreds of people").</summary>
    private static bool IsOwnGroup(DocumentLayout layout, CountMention group)
    {
        var index = layout.TokenAt(group.Start);
        if (index >= layout.Document.Tokens.Count)
        {
            return false;
        }

        var word = layout.Document.Tokens[index].Span(layout.Document.Text);
        return WordList.Contains(word, Possessives) || word.Equals("the", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when the listed group names the speaker ("me, my wife and our son").</summary>
    private static bool HasSpeaker(DocumentLayout layout, CountMention group)
    {
        var document = layout.Document;
        for (var t = layout.TokenAt(group.Start); t < document.Tokens.Count && document.Tokens[t].Start < group.End; t++)
        {
            var word = document.Tokens[t].Span(document.Text);
            if (word.Equals("me", StringComparison.OrdinalIgnoreCase) || word.Equals("i", StringComparison.OrdinalIgnoreCase)
                || word.Equals("myself", StringComparison.OrdinalIgnoreCase) || word.Equals("us", StringComparison.OrdinalIgnoreCase)
                || word.Equals("we", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// How many people a count of others goes with: one after "with" when the sentence names someone before it ("he
    /// died, with six others", "they took him with two neighbours"); the people joined by "and" before it ("me and
    /// Hatem and maybe fifty men", "him and five other young men"). Zero when the count stands alone.
    /// </summary>
    private static int Companions(DocumentLayout layout, CountMention group)
    {
        var document = layout.Document;
        var text = document.Text;
        var sentence = document.Sentences[layout.SentenceOf(group.Start)];
        var t = layout.TokenAt(group.Start) - 1;
        while (t >= sentence.FirstToken && (document.Tokens[t].Kind == TokenKind.Punctuation && !document.Tokens[t].Span(text).SequenceEqual(",")
                                            || IsHedge(document.Tokens[t].Span(text))))
        {
            t--;
        }

        if (t < sentence.FirstToken)
        {
            return 0;
        }

        var word = document.Tokens[t].Span(text);
        if (word.Equals("with", StringComparison.OrdinalIgnoreCase))
        {
            // the nearest person before "with" goes with them, unless it is the speaker running to help ("I ran there
            // with my husband")
            for (var b = t - 1; b >= sentence.FirstToken; b--)
            {
                var before = document.Tokens[b].Span(text);
                if (before.Equals("i", StringComparison.OrdinalIgnoreCase) || before.Equals("we", StringComparison.OrdinalIgnoreCase))
                {
                    return 0;
                }

                if (IsPersonPronoun(before) || PersonEndingAt(layout, b) is not null)
                {
                    return 1;
                }
            }

            return 0;
        }

        if (!word.Equals("and", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        // the people joined by "and" or commas before the count
        var people = 0;
        t--;
        while (t >= sentence.FirstToken && people < Defaults.MaxCompanions)
        {
            var token = document.Tokens[t].Span(text);
            if (PersonEndingAt(layout, t) is { } person)
            {
                people++;
                t = layout.TokenAt(person.Start) - 1;
                // "my cousin Yaqub": the relation before the name is the same person
                while (t >= sentence.FirstToken && document.Tokens[t].Kind == TokenKind.Word && IsRelationWord(document.Tokens[t].Span(text)))
                {
                    t--;
                }
            }
            else if (IsPersonPronoun(token))
            {
                people++;
                t--;
            }
            else
            {
                break;
            }

            if (t >= sentence.FirstToken && document.Tokens[t].Span(text) is var joint
                && (joint.Equals("and", StringComparison.OrdinalIgnoreCase) || joint.SequenceEqual(",")))
            {
                t--;
                continue;
            }

            break;
        }

        return people;
    }

    private static bool IsHedge(ReadOnlySpan<char> word) =>
        word.Equals("maybe", StringComparison.OrdinalIgnoreCase) || word.Equals("about", StringComparison.OrdinalIgnoreCase)
        || word.Equals("around", StringComparison.OrdinalIgnoreCase) || word.Equals("almost", StringComparison.OrdinalIgnoreCase)
        || word.Equals("nearly", StringComparison.OrdinalIgnoreCase) || word.Equals("like", StringComparison.OrdinalIgnoreCase)
        || word.Equals("some", StringComparison.OrdinalIgnoreCase);

    private static bool IsPersonPronoun(ReadOnlySpan<char> word) =>
        word.Equals("me", StringComparison.OrdinalIgnoreCase) || word.Equals("him", StringComparison.OrdinalIgnoreCase)
        || word.Equals("her", StringComparison.OrdinalIgnoreCase) || word.Equals("he", StringComparison.OrdinalIgnoreCase)
        || word.Equals("she", StringComparison.OrdinalIgnoreCase) || word.Equals("i", StringComparison.OrdinalIgnoreCase)
        || word.Equals("myself", StringComparison.OrdinalIgnoreCase);

    /// <summary>Words before a name that say who the person is to someone ("my cousin Yaqub", "his son Sinan").</summary>
    private static bool IsRelationWord(ReadOnlySpan<char> word) =>
        !IsPersonPronoun(word) && !word.Equals("and", StringComparison.OrdinalIgnoreCase) && !word.Equals("with", StringComparison.OrdinalIgnoreCase)
        && char.IsLower(word[0]) && word.Length < 12;

    private static EntityMention? PersonEndingAt(DocumentLayout layout, int token)
    {
        var end = layout.Document.Tokens[token].End;
        foreach (var entity in layout.Document.Entities)
        {
            if (entity.Type == EntityType.Person && entity.End == end)
            {
                return entity;
            }
        }

        return null;
    }

    private static bool IsAdditive(ReadOnlySpan<char> phrase) =>
        phrase.Contains(" more", StringComparison.OrdinalIgnoreCase) || phrase.Contains(" other", StringComparison.OrdinalIgnoreCase);

    private static bool WordBefore(DocumentLayout layout, int offset, string word)
    {
        var index = layout.TokenAt(offset) - 1;
        return index >= 0 && layout.Document.Tokens[index].Span(layout.Document.Text).Equals(word, StringComparison.OrdinalIgnoreCase);
    }

    private static bool Overlaps(DocumentLayout layout, EntityType type, int start, int end)
    {
        foreach (var entity in layout.Document.Entities)
        {
            if (entity.Type == type && entity.Start < end && start < entity.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The counts of one sentence. A listed group that starts with a place, weapon, actor or date is no group of
    /// people ("in Aleppo and seven people" is seven, not eight): the words after that mention are read again.
    /// </summary>
    private void FindCounts(DocumentLayout layout, ReadOnlySpan<Token> sentenceTokens, List<CountMention> into)
    {
        var text = layout.Document.Text;
        var first = into.Count;
        _counts.Find(text, sentenceTokens, into);
        for (var m = first; m < into.Count; m++)
        {
            var mention = into[m];
            if (mention.Cue == CountCue.List && mention.Min > 1 && WordBefore(layout, mention.Start, "of"))
            {
                // "the house of my cousin Ali, and his wife and their son": the first of the list owns the house
                into[m] = mention with { Min = mention.Min - 1, Max = mention.Max - 1 };
                continue;
            }

            if (mention.Cue != CountCue.List || NonPersonAt(layout, mention.Start) is not { } entity)
            {
                continue;
            }

            into.RemoveAt(m);
            var rest = 0;
            while (rest < sentenceTokens.Length && sentenceTokens[rest].Start < entity.End)
            {
                rest++;
            }

            var again = new List<CountMention>();
            _counts.Find(text, sentenceTokens[rest..], again);
            into.InsertRange(m, again.Where(c => c.Start < mention.End));
            m += again.Count(c => c.Start < mention.End) - 1;
        }
    }

    private static EntityMention? NonPersonAt(DocumentLayout layout, int offset)
    {
        foreach (var entity in layout.Document.Entities)
        {
            if (entity.Type != EntityType.Person && entity.Start <= offset && offset < entity.End)
            {
                return entity;
            }
        }

        return null;
    }

    /// <summary>The harm whose toll is most often told beside this one's, in one sentence: the dead beside the wounded.</summary>
    private static Harm? Rival(Harm harm) => harm switch
    {
        Harm.Killed => Harm.Injured,
        Harm.Injured => Harm.Killed,
        _ => null,
    };

    private static int CueRank(CountCue cue) => cue switch
    {
        CountCue.Noun or CountCue.Verb or CountCue.Pronoun => 0,
        CountCue.List or CountCue.Apposition => 1,
        CountCue.Determiner or CountCue.Answer => 2,
        _ => 3,
    };

    private static int DistanceToHarmWord(string text, ReadOnlySpan<Token> tokens, Harm harm, CountMention mention)
    {
        var best = 50_000;
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Word || !HarmWords.Names(harm, token.Span(text)))
            {
                continue;
            }

            // A toll comes before its verb ("seven were killed and twenty injured"), so a harm word before the
            // count weighs as if it were further away.
            var distance = token.Start >= mention.End ? token.Start - mention.End
                : mention.Start >= token.End ? Defaults.HarmWordBeforeWeight * (mention.Start - token.End)
                : 0;
            best = Math.Min(best, distance);
        }

        return best;
    }

    /// <summary>PERSON mentions inside the evidence that are not the speaker's informants, nor owners, nor, for the
    /// missing, those who came back.</summary>
    private static ImmutableArray<string> NamedVictims(DocumentLayout layout, Harm harm, int start, int end)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var entity in layout.Document.Entities)
        {
            if (entity.Type == EntityType.Person && entity.Start >= start && entity.End <= end && !IsInformant(layout, entity.Start, entity.End) && !IsPossessor(layout, entity.Start, entity.End)
                && !(harm == Harm.Missing && IsReleased(layout, entity.End))
                && !builder.Contains(entity.Id))
            {
                builder.Add(entity.Id);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// The number of people among <paramref name="named"/>: a name whose every word is a word of another name counts
    /// as that person again ("Elias Nsengiyumva ... Elias", "Bassel ... Bassel").
    /// </summary>
    private static int DistinctPeople(DocumentLayout layout, ImmutableArray<string> named)
    {
        var people = named.Length;
        for (var i = 1; i < named.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (layout.SameOrPartName(named[i], named[j]))
                {
                    people--;
                    break;
                }
            }
        }

        return people;
    }

    /// <summary>"the house of Sayed Rasul", "the yard of our neighbour Faizullah", "Ibtisam's husband": an owner or a
    /// relative the victim is named by, not a victim.</summary>
    private static bool IsPossessor(DocumentLayout layout, int start, int end)
    {
        var document = layout.Document;
        var text = document.Text;
        var after = layout.TokenAt(end);
        if (after < document.Tokens.Count && document.Tokens[after].Start < end + 1
            && document.Tokens[after].Span(text) is var next && (next.Equals("'s", StringComparison.Ordinal) || next.Equals("’s", StringComparison.Ordinal)))
        {
            return true;
        }

        if (text.AsSpan(start, end - start).EndsWith("'s", StringComparison.Ordinal))
        {
            return true;
        }

        if (after < document.Tokens.Count && document.Tokens[after].Span(text).StartsWith("famil", StringComparison.OrdinalIgnoreCase))
        {
            // "the house of the Haddad family and all six of them were killed": the family is who was harmed
            return false;
        }

        var index = layout.TokenAt(start);
        for (var t = index - 1; t >= 0 && t >= index - Defaults.PossessorWindow; t--)
        {
            var token = document.Tokens[t];
            if (token.Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (token.Span(text).Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Ali told me", "according to Ali", "Ali said": a source, not a victim.</summary>
    private static bool IsInformant(DocumentLayout layout, int start, int end)
    {
        var document = layout.Document;
        var text = document.Text;
        var index = layout.TokenAt(end);
        for (var t = index; t >= 0 && t < document.Tokens.Count && t < index + Defaults.InformantWindow; t++)
        {
            var word = document.Tokens[t].Span(text);
            if (word.Equals("told", StringComparison.OrdinalIgnoreCase) || word.Equals("said", StringComparison.OrdinalIgnoreCase)
                || word.Equals("says", StringComparison.OrdinalIgnoreCase) || word.Equals("tells", StringComparison.OrdinalIgnoreCase)
                || word.Equals("called", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (document.Tokens[t].Kind == TokenKind.Punctuation && !word.SequenceEqual(","))
            {
                break;
            }
        }

        var before = layout.TokenAt(start) - 1;
        return before >= 1
            && document.Tokens[before].Span(text).Equals("to", StringComparison.OrdinalIgnoreCase)
            && document.Tokens[before - 1].Span(text).Equals("according", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// True when the draft's harm is one the annotators fold into another harm its every sentence also asserts:
    /// ill-treatment in detention ("they kept him a month and beat him") is part of the detention claim, a flight
    /// told in the same sentences as a killing, an injury, an arrest or a disappearance is no claim of its own (in the
    /// gold claims, an injury shares its evidence with a detention twice in 484 detentions, a flight with any of those
    /// never). Damage told in the sentence of a killing stays a claim of its own ("destroyed our building and killed
    /// four"), as "seven killed and twenty injured" is two claims: folding it in gained a little out of fold, but loses
    /// what the witness asserts.
    /// </summary>
    private static bool FoldedIn(DocumentLayout layout, ReadOnlySpan<SentenceAssessment> sentences, Draft draft)
    {
        var into = draft.Harm switch
        {
            Harm.Injured => HarmSet.Detained,
            Harm.Displaced => HarmSet.Killed | HarmSet.Injured | HarmSet.Missing | HarmSet.Detained,
            _ => HarmSet.None,
        };
        if (into == HarmSet.None)
        {
            return false;
        }

        var last = layout.SentenceOf(draft.Last - 1);
        for (var s = layout.SentenceOf(draft.First); s <= last; s++)
        {
            if ((sentences[s].Harms & into) == 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool CanMerge(DocumentLayout layout, Draft earlier, Draft later)
    {
        if (earlier.Harm == Harm.PropertyDamage)
        {
            // Damage told again is most often other property (one claim per house, shop or car): of the damage
            // spans the builder merged under cross-validation, 38 joined two gold claims and 13 one.
            return false;
        }

        if (earlier.Weapon is { } w1 && later.Weapon is { } w2 && w1 != w2)
        {
            return false;
        }

        // A crowd's exodus and the speaker's own flight, cut apart in the run (ChangesParty), stay apart.
        if (earlier.Harm == Harm.Displaced
            && ChangesParty(layout, layout.SentenceOf(earlier.First), layout.SentenceOf(earlier.Last - 1), layout.SentenceOf(later.First)))
        {
            return false;
        }

        if (ToldAtAnotherTimeBetween(layout, earlier, later) || ToldAgainBetween(layout, earlier, later))
        {
            return false;
        }

        if (earlier.Date is { From: { } f1, To: { } t1 } && later.Date is { From: { } f2, To: { } t2 } && (f1 > t2 || f2 > t1))
        {
            return false;
        }

        var sameSite = false;
        if (earlier.Site is { } s1 && later.Site is { } s2)
        {
            sameSite = layout.SamePlace(s1, s2);
            if (!sameSite)
            {
                return false;
            }
        }

        // A smaller count in the next sentence names some of the victims of the toll ("17 bodies. Muhammad Hamouda, he was
        // sixty-five, and his wife"); a larger, an additive ("three more") or a later one is another toll.
        if (earlier.Min is { } m1 && later.Min is { } m2 && m1 != m2
            && (m2 > (earlier.Max ?? int.MaxValue) || later.Additive
                || layout.SentenceOf(later.First) - layout.SentenceOf(earlier.Last - 1) > Defaults.EnumerationGap))
        {
            return false;
        }

        var sameNamed = false;
        foreach (var id in later.Named)
        {
            foreach (var other in earlier.Named)
            {
                sameNamed |= layout.SamePerson(id, other);
            }
        }

        var sameDate = earlier.DateInEvidence && later.DateInEvidence;
        var sameCount = earlier.Min is not null && earlier.Min == later.Min && earlier.Max == later.Max;
        return sameNamed || sameSite || sameDate || sameCount;
    }

    /// <summary>
    /// True when a date told between the two mentions (neither an aside nor after "since") moves the story away from
    /// the earlier claim's date by more than <see cref="Defaults.MergeDateGapDays"/> days, or is any date at all when
    /// the earlier claim has none: the later mention is then of another event ("My sister died in the house. ... In
    /// September a column came ... We found them after four days, killed."), whose account a merge would give the
    /// earlier claim's incident. Out of fold, refusing such merges took the false incident pairs within one testimony
    /// from 32 to 30, claims unchanged.
    /// </summary>
    private static bool ToldAtAnotherTimeBetween(DocumentLayout layout, Draft earlier, Draft later)
    {
        var document = layout.Document;
        foreach (var (entity, resolution) in layout.Dates)
        {
            if (entity.Start < earlier.Last)
            {
                continue;
            }

            if (entity.Start >= later.First)
            {
                break;
            }

            if (!resolution.TryGetSpan(out var told) || DateAsides.InAside(document, entity.Start) || DateAsides.FollowsSince(document.Text, entity.Start))
            {
                continue;
            }

            if (earlier.Date is not { From: { } from, To: { } to }
                || told.From.DayNumber - to.DayNumber > Defaults.MergeDateGapDays
                || from.DayNumber - told.To.DayNumber > Defaults.MergeDateGapDays)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the story moves on between the two mentions, up to the end of the later one's first sentence:
    /// "again" ("the planes came again") or a span of time gone by ("one hour later", "two days later"). The later
    /// mention is then of another attack, even on the same day.
    /// </summary>
    private static bool ToldAgainBetween(DocumentLayout layout, Draft earlier, Draft later)
    {
        var document = layout.Document;
        var sentence = document.Sentences[layout.SentenceOf(later.First)];
        var stop = sentence.FirstToken + sentence.TokenCount;
        for (var t = layout.TokenAt(earlier.Last); t < stop; t++)
        {
            var word = document.Tokens[t].Span(document.Text);
            if (word.Equals("again", StringComparison.OrdinalIgnoreCase)
                || (word.Equals("later", StringComparison.OrdinalIgnoreCase) && t > 0
                    && WordList.Contains(document.Tokens[t - 1].Span(document.Text), TimeUnits)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A claim being built: one evidence span, or several once merged.</summary>
    private sealed class Draft(Harm harm, int start, int end)
    {
        private readonly List<(int Start, int End)> _spans = [(start, end)];

        public Harm Harm { get; } = harm;

        public int First => _spans[0].Start;

        public int Last => _spans[^1].End;

        public IReadOnlyList<(int Start, int End)> Spans => _spans;

        public int? Min { get; set; }

        public int? Max { get; set; }

        public ImmutableArray<string> Named { get; set; } = [];

        public WeaponCategory? Weapon { get; set; }

        public string? Actor { get; set; }

        public string? Site { get; set; }

        public DateRange? Date { get; set; }

        public bool DateInEvidence { get; set; }

        /// <summary>The count adds to an earlier one ("three more people", "two other men").</summary>
        public bool Additive { get; set; }

        public Basis? Basis { get; set; }

        public double Confidence { get; set; }

        public void Absorb(Draft later)
        {
            _spans.AddRange(later._spans);
            if (Min is null && Max is null)
            {
                (Min, Max) = (later.Min, later.Max);
            }

            Named = [.. Named, .. later.Named.Where(id => !Named.Contains(id))];
            Weapon ??= later.Weapon;
            Actor ??= later.Actor;
            Site ??= later.Site;
            if (!DateInEvidence && later.DateInEvidence)
            {
                (Date, DateInEvidence) = (later.Date, true);
            }

            Basis ??= later.Basis;
            Confidence = Math.Max(Confidence, later.Confidence);
        }

        public Claim ToClaim(string id, DocumentLayout layout)
        {
            var text = layout.Document.Text;
            var evidence = _spans.Select(s => new Evidence(s.Start, s.End, text[s.Start..s.End])).ToImmutableArray();
            return new Claim
            {
                Id = id,
                Event = Weapon?.ToWire(),
                Harm = Harm,
                Victims = new VictimCount(Min, Max, Named),
                Weapon = Weapon,
                Actor = Actor,
                Site = Site,
                Date = Date,
                YearlessDate = Date is null ? ClaimDates.ChooseYearless(layout, First, Last, Harm) : null,
                Basis = Basis,
                Evidence = evidence,
                Confidence = Confidence,
            };
        }
    }
}
