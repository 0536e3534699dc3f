using TestimonyNlp.Claims.Counts;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Building;

/// <summary>
/// One person the toll leaves out though the witness joins them to it: a person joined by "and" after a counted
/// group's word of the harm ("four guards were killed and one man who sold bread" are five; "three of them died, and a
/// boy who sold tea" are four). Not after a count of
/// people as such ("four people died, and the old baker also" stays four: he is often one of them). Stateless and
/// thread-safe.
/// </summary>
internal static class JoinedVictim
{
    /// <summary>Settings of the joined person read.</summary>
    public static class Defaults
    {
        /// <summary>Most words between the group's noun and its word of the harm ("four guards were all killed", "two
        /// farmers who worked there were killed").</summary>
        public const int HarmWindow = 6;

        /// <summary>Most words between the opener and the person ("a taxi driver", "the old baker").</summary>
        public const int ModifierWindow = 2;
    }

    /// <summary>Nouns that count people as such: a person joined after them is often one of them.</summary>
    private static readonly string[] PeopleAsSuch = ["people", "persons"];

    /// <summary>Words opening one person joined after a group.</summary>
    private static readonly string[] Openers = ["a", "an", "one", "another", "the"];

    /// <summary>True when <paramref name="count"/>, a group counted by a noun of a kind of people ("four guards", "two
    /// men in the car", "two farmers who worked there") or by "of them" ("three of them"), has its word of the harm in
    /// its clause and then one person joined by "and" ("were killed and one man", "died, and a boy who sold tea") to
    /// whom the harm was done (not "and the man who owned the cart lost his leg").</summary>
    public static bool FollowsGroup(DocumentLayout layout, Harm harm, CountMention count)
    {
        if (count is not { Target: CountTarget.People, Cue: CountCue.Noun or CountCue.Pronoun, Min: > 1 })
        {
            return false;
        }

        var document = layout.Document;
        var text = document.Text;
        var tokens = document.Tokens;
        var sentence = document.Sentences[layout.SentenceOf(count.Start)];
        var stop = sentence.FirstToken + sentence.TokenCount;
        var last = layout.TokenAt(count.End - 1);
        var noun = CountLexicon.Get(tokens[last].Span(text));
        if (count.Cue == CountCue.Pronoun
                ? !tokens[last].Span(text).Equals("them", StringComparison.OrdinalIgnoreCase)
                : !noun.Has(WordTags.Person) || !noun.Has(WordTags.Plural) || WordList.Contains(tokens[last].Span(text), PeopleAsSuch))
        {
            return false;
        }

        var harmAt = -1;
        for (var t = last + 1; t < stop && t <= last + Defaults.HarmWindow; t++)
        {
            var info = CountLexicon.Get(tokens[t].Span(text));
            if (info.Has(WordTags.Harm) || info.Has(WordTags.HarmVerb))
            {
                harmAt = t;
                break;
            }

            if (tokens[t].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        if (harmAt < 0)
        {
            return false;
        }

        var j = harmAt + 1;
        if (j < stop && tokens[j].Span(text).SequenceEqual(","))
        {
            j++;
        }

        if (j >= stop || !tokens[j].Span(text).Equals("and", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        j++;
        return j < stop && WordList.Contains(tokens[j].Span(text), Openers) && NamesOnePerson(document, j + 1, stop, out var personEnd)
               && !OneOfThem(document, personEnd, stop)
               && !VictimRoles.NotHarmed(layout, harm, tokens[j].Start, tokens[personEnd - 1].End);
    }

    /// <summary>True when one singular person word comes within <see cref="Defaults.ModifierWindow"/> words of
    /// <paramref name="from"/>: "man", "taxi driver", "old baker".</summary>
    private static bool NamesOnePerson(Document document, int from, int stop, out int personEnd)
    {
        personEnd = from;
        for (var t = from; t < stop && t <= from + Defaults.ModifierWindow; t++)
        {
            if (document.Tokens[t].Kind != TokenKind.Word)
            {
                return false;
            }

            var info = CountLexicon.Get(document.Tokens[t].Span(document.Text));
            if (info.Has(WordTags.Person))
            {
                personEnd = t + 1;
                return !info.Has(WordTags.Plural) && !info.Has(WordTags.Couple);
            }
        }

        return false;
    }

    /// <summary>"and one man of them", "and a guard among them": the person is one of the group.</summary>
    private static bool OneOfThem(Document document, int from, int stop)
    {
        var text = document.Text;
        return from + 1 < stop
               && ((document.Tokens[from].Span(text).Equals("of", StringComparison.OrdinalIgnoreCase)
                    && document.Tokens[from + 1].Span(text).Equals("them", StringComparison.OrdinalIgnoreCase))
                   || document.Tokens[from].Span(text).Equals("among", StringComparison.OrdinalIgnoreCase));
    }
}
