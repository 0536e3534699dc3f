using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Counts;

/// <summary>
/// A wound told by a part of one person's body, with no count: <c>a piece hit his leg</c>, <c>the glass cut her
/// face</c>, <c>my arm was broken</c>, <c>his foot, there is no foot now</c>. Gold counts such a wound as one person
/// (out of fold, 10 INJURED claims whose evidence named no count nor person were null against gold's 1/1).
/// </summary>
internal static class WoundedBody
{
    /// <summary>Most words between the possessive and the part: <c>his right hand</c>, <c>his two legs</c>.</summary>
    private const int ModifierWindow = 2;

    private static readonly string[] Possessives = ["his", "her", "my"];

    /// <summary>Parts of the body a wound is told by; not <c>side</c> nor <c>body</c>, which name other things.</summary>
    private static readonly string[] Parts =
    [
        "head", "face", "eye", "eyes", "ear", "ears", "nose", "mouth", "jaw", "teeth", "neck", "shoulder", "shoulders",
        "arm", "arms", "elbow", "wrist", "hand", "hands", "finger", "fingers", "chest", "stomach", "belly", "back",
        "spine", "hip", "leg", "legs", "thigh", "knee", "knees", "ankle", "foot", "feet", "toe", "toes", "skin",
    ];

    /// <summary>Senses a wound takes: "lost the sight of one eye".</summary>
    private static readonly string[] Senses = ["sight", "hearing"];

    /// <summary>Words that make the wounded more than one, or a number not given: <c>they</c>, <c>many</c>.</summary>
    private static readonly string[] Plural =
    [
        "they", "them", "their", "we", "us", "our", "many", "several", "everybody", "everyone", "others", "dozens",
    ];

    /// <summary>Plural people who tend the wounded or bear arms: "the doctors took it", "a mine for the soldiers" tell
    /// who treated or who was meant, not that the wounded were several.</summary>
    private static readonly string[] Tenders =
    [
        "doctors", "nurses", "paramedics", "rescuers", "volunteers", "soldiers", "fighters", "guards", "policemen", "gunmen",
        "militiamen",
    ];

    /// <summary>True when sentences <paramref name="first"/> to <paramref name="end"/> (exclusive) of
    /// <paramref name="document"/> tell a wound by a part of the body of one person and nothing makes them several.</summary>
    public static bool OfOnePerson(Document document, int first, int end)
    {
        var from = document.Sentences[first].FirstToken;
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(document.Tokens)
            .Slice(from, document.Sentences[end - 1].FirstToken + document.Sentences[end - 1].TokenCount - from);
        var text = document.Text;
        var wound = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = tokens[i].Span(text);
            if (WordList.Contains(word, Plural)
                || (CountLexicon.Get(word) is var info && info.Has(WordTags.Person) && info.Has(WordTags.Plural) && !WordList.Contains(word, Tenders)))
            {
                // "their legs", "two children, in the legs": several, counted or not
                return false;
            }

            if (!wound && WordList.Contains(word, Possessives))
            {
                wound = NamesPart(text, tokens, i + 1);
            }
        }

        return wound;
    }

    /// <summary>True when <paramref name="word"/> is a part of the body or a sense a wound takes ("the sight of one
    /// eye").</summary>
    public static bool IsPartOrSense(ReadOnlySpan<char> word) => WordList.Contains(word, Parts) || WordList.Contains(word, Senses);

    /// <summary>True when <paramref name="tokens"/> name a part of someone's body after a possessive: "lost his foot",
    /// "her arm was broken", a wound told without a word of it.</summary>
    public static bool Names(string text, ReadOnlySpan<Token> tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (WordList.Contains(tokens[i].Span(text), Possessives) && NamesPart(text, tokens, i + 1))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesPart(string text, ReadOnlySpan<Token> tokens, int from)
    {
        for (var j = from; j < tokens.Length && j <= from + ModifierWindow; j++)
        {
            var word = tokens[j].Span(text);
            if (WordList.Contains(word, Parts))
            {
                return true;
            }

            if (tokens[j].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return false;
    }
}
