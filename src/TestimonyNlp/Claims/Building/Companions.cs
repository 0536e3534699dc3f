using TestimonyNlp.Claims.Counts;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Building;

/// <summary>
/// The people a count of others goes with and leaves out ("they took him and five other men": 6; "me and Samir and
/// about twenty others": 22; "he walked out with his wife": 2), but not the speaker who ran to help "with my son".
/// </summary>
internal static class Companions
{
    private static readonly string[] Hedges = ["maybe", "about", "around", "almost", "nearly", "like", "some"];
    private static readonly string[] ObjectPronouns = ["me", "him", "her"];
    private static readonly string[] PersonPronouns = [.. ObjectPronouns, "he", "she", "i", "myself"];

    /// <summary>Nouns of people by their harm: "a list with nine dead", "a truck with five bodies" holds them, goes with
    /// nobody.</summary>
    private static readonly string[] StateNouns = ["dead", "bodies", "corpses", "wounded", "injured", "martyrs"];

    /// <summary>Settings of the companions read.</summary>
    public static class Defaults
    {
        /// <summary>Most people joined by "and" before a count of others that are added to it ("me and Hatem and
        /// maybe fifty men").</summary>
        public const int MaxCompanions = 4;
    }

    /// <summary>Most tokens from one person to the "with" that joins another to them ("my husband Faisal in the car,
    /// with my brother-in-law Mustafa").</summary>
    private const int WithAfterWindow = 6;

    /// <summary>
    /// The people of the count right after "with" (or ", with") that follows <paramref name="one"/> in its sentence,
    /// within a few words and no other verb of the harm between ("they put my husband Faisal in the car, with my
    /// brother-in-law Mustafa": 1); null when there is none, or when they are no victims.
    /// </summary>
    public static int? WithAfter(EvidenceCounts counts, DocumentLayout layout, Harm harm, CountMention one)
    {
        var document = layout.Document;
        var text = document.Text;
        var sentence = layout.SentenceOf(one.Start);
        var from = layout.TokenAt(one.End);
        foreach (var other in counts.Of(layout, sentence))
        {
            if (other.Start < one.End || other.Target != CountTarget.People || other.Min is not { } people
                || other.Cue is not (CountCue.Single or CountCue.List or CountCue.Noun))
            {
                continue;
            }

            var with = layout.TokenAt(other.Start) - 1;
            if (with - from > WithAfterWindow || with < from || !document.Tokens[with].Span(text).Equals("with", StringComparison.OrdinalIgnoreCase)
                || VictimRoles.Bystander(layout, harm, other.Start, other.End))
            {
                return null;
            }

            // a flight's own verb stands between the goers and those they took ("she left with the baby")
            for (var t = from; t < with && harm != Harm.Displaced; t++)
            {
                if (HarmWords.Names(harm, document.Tokens[t].Span(text)))
                {
                    return null;
                }
            }

            return people;
        }

        return null;
    }

    /// <summary>The people of a group counted exactly (<c>her parents</c>, <c>my two brothers</c>) whose words start at
    /// token <paramref name="token"/>, or null.</summary>
    private static int? GroupAt(EvidenceCounts counts, DocumentLayout layout, int token)
    {
        foreach (var count in counts.Of(layout, layout.SentenceOf(layout.Document.Tokens[token].Start)))
        {
            if (count.Target == CountTarget.People && count.Min is >= 2 and var people && count.Max == people
                && layout.TokenAt(count.Start) == token)
            {
                return people;
            }
        }

        return null;
    }

    /// <summary>
    /// How many people a count of others goes with: one after "with" when the sentence names someone before it ("he
    /// died, with six others", "they took him with two neighbours"); the people joined by "and" before it ("me and
    /// Hatem and maybe fifty men", "him and five other young men"). Zero when the count stands alone. A counted group
    /// before "with" goes with them whole ("her parents left with her four sisters": 2).
    /// </summary>
    public static int Count(EvidenceCounts counts, DocumentLayout layout, CountMention group)
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
        if (word.Equals("with", StringComparison.OrdinalIgnoreCase)
            && !WordList.Contains(document.Tokens[layout.TokenAt(group.End - 1)].Span(text), StateNouns))
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

                if (IsPersonPronoun(before) || EvidenceWords.PersonEndingAt(layout, b) is not null
                    || (b == t - 1 && b > sentence.FirstToken && IsOnePerson(before)
                        && WordList.Contains(document.Tokens[b - 1].Span(text), EvidenceWords.Possessives)))
                {
                    // "my daughter with the two children left": the one named by a relation right before "with" too
                    return GroupAt(counts, layout, b) ?? 1;
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
            if (EvidenceWords.PersonEndingAt(layout, t) is { } person)
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
                // "they took him, him and four other boys": the pronoun said again is the same person
                var again = t >= sentence.FirstToken + 2 && document.Tokens[t - 1].Span(text).SequenceEqual(",")
                            && document.Tokens[t - 2].Span(text).Equals(token, StringComparison.OrdinalIgnoreCase);
                people++;
                t -= again ? 3 : 1;
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

    private static bool IsHedge(ReadOnlySpan<char> word) => WordList.Contains(word, Hedges);

    /// <summary>A singular people noun: <c>daughter</c>, <c>neighbour</c>.</summary>
    private static bool IsOnePerson(ReadOnlySpan<char> word) =>
        CountLexicon.Get(word) is var info && info.Has(WordTags.Person) && !info.Has(WordTags.Plural);

    private static bool IsPersonPronoun(ReadOnlySpan<char> word) => WordList.Contains(word, PersonPronouns);

    /// <summary>"me", "him" or "her": the one person a list after "him and" goes with.</summary>
    internal static bool IsObjectPronoun(ReadOnlySpan<char> word) => WordList.Contains(word, ObjectPronouns);

    /// <summary>Words before a name that say who the person is to someone ("my cousin Yaqub", "his son Sinan").</summary>
    private static bool IsRelationWord(ReadOnlySpan<char> word) =>
        !IsPersonPronoun(word) && !word.Equals("and", StringComparison.OrdinalIgnoreCase) && !word.Equals("with", StringComparison.OrdinalIgnoreCase)
        && char.IsLower(word[0]) && word.Length < 12;
}
