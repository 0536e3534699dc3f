using TestimonyNlp.Claims.Counts;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Building;

/// <summary>
/// Chooses the toll of a claim among the counts of its evidence: the count whose cue is most reliable (a noun, a harm
/// verb or a pronoun; then a listed group or an apposition; then a determiner or an answer; a single relation last),
/// of equals the one nearest a word of the claim's harm, a toll nearer a word of the rival harm last. Munitions,
/// distances, floors and pieces, people after "by", those who did the harm and a bare figure that is an age are no
/// toll. Stateless and thread-safe.
/// </summary>
internal sealed class TollChoice
{
    /// <summary>Words after "from" that make a count a distance from the speaker ("three houses from ours").</summary>
    private static readonly string[] DistanceOwners = ["me", "mine", "us", "ours", "hers", "theirs"];

    /// <summary>Parts of one building, counted only to tell what is left of it or how far away ("two doors from me").</summary>
    private static readonly string[] BuildingParts = ["wall", "walls", "room", "rooms", "door", "doors"];

    /// <summary>Munitions and their firing the tagger may leave untagged ("two explosions", "three strikes"): counted,
    /// they number the attack, not the damaged things.</summary>
    private static readonly string[] FiringWords =
    [
        "explosion", "explosions", "blast", "blasts", "strike", "strikes", "airstrike", "airstrikes", "raid", "raids",
        "shot", "shots", "round", "rounds", "bullet", "bullets", "shell", "shells", "rocket", "rockets", "missile", "missiles",
        "bomb", "bombs", "barrel", "barrels", "mortar", "mortars", "grenade", "grenades",
    ];

    private readonly EvidenceCounts _counts;

    /// <summary>A toll chooser that reads the evidence's counts with <paramref name="counts"/>.</summary>
    public TollChoice(EvidenceCounts counts)
    {
        _counts = counts;
    }

    /// <summary>Settings of the toll choice.</summary>
    public static class Defaults
    {
        /// <summary>How much further a harm word before a count counts than one after it.</summary>
        public const int HarmWordBeforeWeight = 4;

        /// <summary>Cue ranks a count loses when a word of the rival harm (the dead for the wounded, the wounded for the
        /// dead) is nearer it than a word of the claim's own: enough to rank after a single relation.</summary>
        public const int RivalTollPenalty = 4;

        /// <summary>The greatest figure read as the age of the person just named rather than a toll.</summary>
        public const int OldestAge = 110;
    }

    /// <summary>The people count of the evidence with the most reliable cue, nearest a word of the harm.</summary>
    /// <remarks>With <paramref name="preferTotal"/>, a larger bare figure set off after the people ("my husband, his
    /// cousin and three others, five men", "... and my mother. Four.") wins over a listed group or a single person: it
    /// is the total the speaker gives for them. With <paramref name="figures"/>, also collects, in text order, every figure that may be a toll of the harm
    /// (neither a listed group nor a single person, nearer a word of the harm than of its rival), for
    /// <see cref="TollBounds.AddMore"/> and <see cref="TollBounds.Widen"/>, so that the evidence is scanned once.</remarks>
    public CountMention? Choose(DocumentLayout layout, Harm harm, int first, int end, bool preferTotal = false, List<CountMention>? figures = null)
    {
        CountMention? total = null;
        var totalScore = int.MaxValue;
        var document = layout.Document;
        var target = harm == Harm.PropertyDamage ? CountTarget.Things : CountTarget.People;
        CountMention? best = null;
        var bestScore = int.MaxValue;
        for (var s = first; s < end; s++)
        {
            var sentenceTokens = document.SentenceTokens(s);
            var found = _counts.Of(layout, s);
            foreach (var read in found)
            {
                // "The shops on that road, five or six, were finished": a bare figure after damaged things counts them
                var mention = target == CountTarget.Things && FigureOfThings.Counts(layout, read) ? read with { Target = CountTarget.Things } : read;
                if (!IsToll(layout, harm, target, mention))
                {
                    continue;
                }

                if (mention.Cue == CountCue.Pronoun && IsPartOfEarlier(layout, harm, found, mention))
                {
                    // "Three others were wounded, one of them my daughter": a part of the toll before it
                    continue;
                }

                var distance = DistanceToHarmWord(document.Text, sentenceTokens, harm, mention);
                if (figures is not null && mention.Cue is not (CountCue.List or CountCue.Single) && mention.Min is not null
                    && !(HarmWords.Rival(harm) is { } other && DistanceToHarmWord(document.Text, sentenceTokens, other, mention) < distance))
                {
                    figures.Add(mention);
                }

                var rank = CueRank(mention.Cue);
                if (mention is { Cue: CountCue.Noun, Min: 1, Max: 1 })
                {
                    // "Some were wounded, four or five, I carried one woman": one person picked out of a toll
                    rank = Math.Max(rank, 2);
                }
                else if ((mention is { Cue: CountCue.Verb, Min: 1, Max: 1 } || (mention.Cue == CountCue.Noun && SetOffAfter(layout, mention))
                          || IncludedAfter(layout, mention))
                    && IsPartOfEarlier(layout, harm, found, mention))
                {
                    // "Two more were hurt, one lost his foot", "Seven people, including two children, were killed": some of
                    // the toll told before it in the sentence
                    rank = Math.Max(rank, 2);
                }

                if (SumsUpEarlier(layout, found, mention) || SplitAfter(found, mention))
                {
                    // "they took him and five other men from the bus, six men": the total said for the people before it
                    rank = -1;
                }

                var score = (rank * 100_000) + distance;
                if (HarmWords.Rival(harm) is { } rival && DistanceToHarmWord(document.Text, sentenceTokens, rival, mention) < distance)
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

    /// <summary>The toll <see cref="Choose"/> gives sentence <paramref name="sentence"/> alone (neither preferring a total
    /// nor collecting figures), chosen the first time and kept in <see cref="DocumentLayout.SentenceTolls"/>: the runs of
    /// every harm ask it of each sentence several times (whether it counts, sums up, or names a crowd).</summary>
    public CountMention? OfSentence(DocumentLayout layout, Harm harm, int sentence)
    {
        var known = layout.SentenceTolls;
        if (!known.TryGet(harm, sentence, out var toll))
        {
            toll = Choose(layout, harm, sentence, sentence + 1);
            known.Keep(harm, sentence, toll);
        }

        return toll;
    }

    /// <summary>False for a count that is no toll of the harm: munitions ("three rockets fell" counts no damaged
    /// thing), distances, floors, people after "by", those who did the harm ("two men on a motorcycle shot him") and,
    /// for the wounded, people whose clause says they were killed; for the dead and the missing, people counted
    /// "alive" ("we took out five alive"); for a flight, one person or a list after "to" or "of",
    /// where and to whom they went ("to the house of my sister Edilma"); for the missing, one who looks for them ("their
    /// mother has asked everybody").</summary>
    private static bool IsToll(DocumentLayout layout, Harm harm, CountTarget target, CountMention mention) =>
        mention.Target == target && mention.Cue != CountCue.Nobody && (mention.Min is not null || mention.Max is not null)
        && !(target == CountTarget.Things && EvidenceWords.Overlaps(layout, EntityType.Weapon, mention.Start, mention.End))
        && !IsDistance(layout, mention) && !(target == CountTarget.Things && (IsPartOrSize(layout, mention) || CountsFiring(layout, mention)))
        && !(target == CountTarget.People && EvidenceWords.WordBefore(layout, mention.Start, "by"))
        && !VictimRoles.IsAgent(layout, harm, mention.End) && !(harm == Harm.Injured && VictimRoles.SufferedRival(layout, harm, mention.Start, mention.End))
        && !(harm == Harm.Killed && VictimRoles.ToldWounded(layout, mention.Start, mention.End))
        && !(harm is Harm.Killed or Harm.Missing && EvidenceWords.LastWord(layout, mention.End, "alive"))
        && !IsAgeAnswer(layout, mention) && !IsTeller(layout, mention) && !CountsMunitions(layout, mention)
        && !(harm == Harm.Displaced && mention.Cue is CountCue.Single or CountCue.List && IsWhereTheyWent(layout, mention))
        && !(harm != Harm.Displaced && VictimRoles.IsWeWithoutHarm(layout, mention))
        && !(mention.Cue is CountCue.Single or CountCue.Pronoun or CountCue.List && VictimRoles.InReason(layout, harm, mention.Start))
        && !(harm == Harm.Missing && mention.Cue == CountCue.Single && VictimRoles.IsSearcher(layout, mention.End));

    /// <summary>Most tokens from a bare figure back to the munitions it may count.</summary>
    private const int MunitionsWindow = 10;

    /// <summary>True when <paramref name="mention"/> is a figure alone (an answer or an apposition) whose nearest word
    /// before it in its sentence, past no word of any harm and no person, is a weapon: "the mortar shells, they fell in
    /// the street, three, four" counts the shells. Not "the shells killed many, ten, twelve".</summary>
    private static bool CountsMunitions(DocumentLayout layout, CountMention mention)
    {
        if (mention.Target != CountTarget.People || mention.Cue is not (CountCue.Answer or CountCue.Apposition))
        {
            return false;
        }

        var document = layout.Document;
        var sentence = document.Sentences[layout.SentenceOf(mention.Start)];
        var at = layout.TokenAt(mention.Start);
        for (var t = at - 1; t >= sentence.FirstToken && t >= at - MunitionsWindow; t--)
        {
            var token = document.Tokens[t];
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            if (layout.EntityAt(token.Start) is { } entity)
            {
                return entity.Type == EntityType.Weapon;
            }

            var word = token.Span(document.Text);
            if (CountLexicon.Get(word).Has(WordTags.Person | WordTags.Relation | WordTags.Speaker | WordTags.Others | WordTags.Harm)
                || VictimRoles.IsHarmVerb(word))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Homes a flight goes to: "to the house of my sister".</summary>
    private static readonly string[] Homes = ["house", "home", "place", "tent", "flat", "farm"];

    /// <summary>True when the people of <paramref name="mention"/> are where a flight went: right after "to" ("to my
    /// brother"), or after "of" that follows a home ("to the house of my sister Edilma").</summary>
    private static bool IsWhereTheyWent(DocumentLayout layout, CountMention mention)
    {
        var document = layout.Document;
        var text = document.Text;
        var before = layout.TokenAt(mention.Start) - 1;
        if (before < 0)
        {
            return false;
        }

        var word = document.Tokens[before].Span(text);
        return word.Equals("to", StringComparison.OrdinalIgnoreCase)
            || (before >= 1 && word.Equals("of", StringComparison.OrdinalIgnoreCase) && WordList.Contains(document.Tokens[before - 1].Span(text), Homes));
    }

    /// <summary>True when one person is counted right before a verb of <see cref="VictimRoles.IsSourceVerb"/>: the one who
    /// tells ("My husband says they were taken"), not a victim.</summary>
    private static bool IsTeller(DocumentLayout layout, CountMention mention)
    {
        if (mention.Cue != CountCue.Single)
        {
            return false;
        }

        var document = layout.Document;
        var next = layout.TokenAt(mention.End);
        return next < document.Tokens.Count && VictimRoles.IsSourceVerb(document.Tokens[next].Span(document.Text));
    }

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

        return t >= before.FirstToken && EvidenceWords.PersonEndingAt(layout, t) is not null;
    }

    /// <summary>True when a comma (not "and") stands right before <paramref name="mention"/> and the count adds no
    /// "more" or "other" people to those before it.</summary>
    private static bool SetOffAfter(DocumentLayout layout, CountMention mention)
    {
        var tokens = layout.Document.Tokens;
        var text = layout.Document.Text;
        var at = layout.TokenAt(mention.Start);
        if (at <= 0 || !tokens[at - 1].Span(text).SequenceEqual(","))
        {
            return false;
        }

        var phrase = text.AsSpan(mention.Start, mention.End - mention.Start);
        return !phrase.Contains(" more", StringComparison.OrdinalIgnoreCase) && !phrase.Contains(" other", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True for a figure set off by a comma after the people counted before it in the sentence, larger than
    /// any of their counts and no larger than their sum and two people told with no number ("him and five other men, six
    /// men", "eight civilians and four soldiers, twelve"): the total the witness gives for them. Not a figure right after
    /// a lone count, which corrects it ("twenty people, twenty-two").</summary>
    /// <summary>True when <paramref name="mention"/>, an exact figure of a noun, is followed in its sentence by two or
    /// more exact counts of people that add up to it: "four people of his street died, two were shot by Daula and two
    /// were burned" tells the toll, then its parts.</summary>
    private static bool SplitAfter(CountMention[] found, CountMention mention)
    {
        if (mention.Cue != CountCue.Noun || mention.Min is not { } total || mention.Max != total || total < 2)
        {
            return false;
        }

        var sum = 0;
        var parts = 0;
        foreach (var part in found)
        {
            if (part.Start < mention.End || part.Target != CountTarget.People)
            {
                continue;
            }

            if (part.Min is not { } people || part.Max != people)
            {
                return false;
            }

            sum += people;
            parts++;
        }

        return parts >= 2 && sum == total;
    }

    private static bool SumsUpEarlier(DocumentLayout layout, CountMention[] found, CountMention mention)
    {
        if (mention.Cue is not (CountCue.Noun or CountCue.Apposition) || mention.Min is not { } total || mention.Max != total || total < 2)
        {
            return false;
        }

        var tokens = layout.Document.Tokens;
        var text = layout.Document.Text;
        var comma = layout.TokenAt(mention.Start) - 1;
        if (comma > 0 && tokens[comma].Span(text).Equals("so", StringComparison.OrdinalIgnoreCase))
        {
            // "and two more died at night, so eight"
            comma--;
        }

        var phrase = text.AsSpan(mention.Start, mention.End - mention.Start);
        if (comma <= 0 || !tokens[comma].Span(text).SequenceEqual(",") || phrase.Contains(" more", StringComparison.OrdinalIgnoreCase)
            || phrase.Contains(" other", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var beforeComma = comma > 0 ? tokens[comma - 1].End : -1;
        var sum = 0;
        var largest = 0;
        var counts = 0;
        var adjacent = false;
        foreach (var other in found)
        {
            if (other.End <= mention.Start && other.Target == mention.Target && other.Cue != CountCue.Pronoun && other.Min is { } part)
            {
                sum += part;
                largest = Math.Max(largest, part);
                counts++;
                adjacent |= other.End == beforeComma;
            }
        }

        // "Twenty people, twenty-two, died": a second figure right after a lone count corrects it, it sums nothing up
        return largest > 0 && total > largest && total <= sum + 2 && !(counts == 1 && adjacent);
    }

    /// <summary>A count right after "including" or "among them": some of the people counted before it.</summary>
    private static bool IncludedAfter(DocumentLayout layout, CountMention mention)
    {
        var tokens = layout.Document.Tokens;
        var text = layout.Document.Text;
        var before = layout.TokenAt(mention.Start) - 1;
        return before >= 1 && (tokens[before].Span(text).Equals("including", StringComparison.OrdinalIgnoreCase)
            || (tokens[before].Span(text) is var word && (word.Equals("them", StringComparison.OrdinalIgnoreCase) || word.Equals("whom", StringComparison.OrdinalIgnoreCase))
                && tokens[before - 1].Span(text).Equals("among", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>True when a larger count before <paramref name="mention"/> in its sentence holds it; for the dead, not a
    /// group told wounded ("Nine children were wounded, two of them died": the two are the toll).</summary>
    private static bool IsPartOfEarlier(DocumentLayout layout, Harm harm, CountMention[] found, CountMention mention)
    {
        foreach (var other in found)
        {
            if (other.Start < mention.Start && other.Target == mention.Target && other.Cue != CountCue.Pronoun
                && other.Min > (mention.Max ?? int.MaxValue) && !(harm == Harm.Killed && VictimRoles.ToldWounded(layout, other.Start, other.End)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"four houses from mine", "two doors from us": how far away something was, not how many were harmed.</summary>
    public static bool IsDistance(DocumentLayout layout, CountMention mention)
    {
        var tokens = layout.Document.Tokens;
        var text = layout.Document.Text;
        var next = layout.TokenAt(mention.End);
        if (next + 1 >= tokens.Count || !tokens[next].Span(text).Equals("from", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var word = tokens[next + 1].Span(text);
        if (WordList.Contains(word, DistanceOwners))
        {
            return true;
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

    /// <summary>"two explosions", "three strikes": a count of things whose noun is the firing (<see cref="FiringWords"/>).</summary>
    private static bool CountsFiring(DocumentLayout layout, CountMention mention) =>
        WordList.Contains(layout.Document.Tokens[layout.TokenAt(mention.End - 1)].Span(layout.Document.Text), FiringWords);

    /// <summary>"three floors", "in a hundred pieces", "only two walls", "the roof of two rooms", "two doors from me":
    /// how big a building was, how it broke or what of it stands, not how many things were damaged.</summary>
    private static bool IsPartOrSize(DocumentLayout layout, CountMention mention)
    {
        var last = layout.TokenAt(mention.End - 1);
        var word = layout.Document.Tokens[last].Span(layout.Document.Text);
        return word.StartsWith("floor", StringComparison.OrdinalIgnoreCase) || word.StartsWith("storey", StringComparison.OrdinalIgnoreCase)
            || word.StartsWith("piece", StringComparison.OrdinalIgnoreCase) || WordList.Contains(word, BuildingParts);
    }

    /// <summary>How reliable a count's cue is, 0 the most: a noun, a harm verb or a pronoun; a listed group or an
    /// apposition; a determiner or an answer; anything else.</summary>
    public static int CueRank(CountCue cue) => cue switch
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
}
