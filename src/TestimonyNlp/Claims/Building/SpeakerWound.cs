using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Building;

/// <summary>
/// The speaker's own wound told beside another's: "I was hit in the back by the glass, and my helper lost hearing in
/// one ear", "my arm was broken, and my aunt was hurt in her hip". Gold counts the speaker with the others; the
/// builder's count of a relation or of the names leaves the speaker out.
/// </summary>
internal static class SpeakerWound
{
    /// <summary>Most tokens from "I" to the word of its wound: "I was badly cut", "I had a piece" (the longest form
    /// among the out-of-fold errors).</summary>
    private const int SubjectWindow = 3;

    /// <summary>Most tokens between "my" and the part of the body: "my right hand" (as <c>WoundedBody</c>).</summary>
    private const int ModifierWindow = 2;

    /// <summary>Most tokens, either side, from the part of the body to the word of its wound, within its sentence:
    /// "My hand, here, a piece cut it" (the wound word four tokens after the part).</summary>
    private const int PartWindow = 6;

    /// <summary>Words of a wound suffered: those of the injury, how it was dealt (a piece, glass, a cut) and what it left.</summary>
    private static readonly string[] WoundWords =
    [
        "hit", "cut", "wounded", "injured", "hurt", "broken", "broke", "burned", "burnt", "piece", "pieces", "shrapnel",
        "splinter", "splinters", "glass", "bleeding", "stitches", "shot", "cuts", "blind",
    ];

    /// <summary>Parts of the body a wound is told by (<c>WoundedBody</c>'s, less "teeth" and "skin", which no wound of
    /// the speaker in the out-of-fold errors was told by).</summary>
    private static readonly string[] Parts =
    [
        "head", "face", "eye", "eyes", "ear", "ears", "nose", "mouth", "jaw", "neck", "shoulder", "shoulders", "arm", "arms",
        "elbow", "wrist", "hand", "hands", "finger", "fingers", "chest", "stomach", "belly", "back", "hip", "leg", "legs",
        "thigh", "knee", "knees", "ankle", "foot", "feet",
    ];

    /// <summary>Verbs right after "I" that open its own wound: "I was hit", "I got a piece", "I had cuts".</summary>
    private static readonly string[] SubjectVerbs = ["was", "got", "had", "have", "am"];

    /// <summary>Words that deny the wound after "I": "I was not hurt".</summary>
    private static readonly string[] Negations = ["not", "never", "nothing", "no"];

    /// <summary>Words before "my" that make the part a witness's ("with my eyes", "in front of my eyes").</summary>
    private static readonly string[] Sight = ["with", "of", "before"];

    /// <summary>Words by which the speaker is one of a group already: "we", "us", "me" in a list.</summary>
    private static readonly string[] FirstPersonGroup = ["we", "us", "me", "both"];

    /// <summary>True when sentence <paramref name="sentence"/> tells a wound of the speaker: "I broke", "I" and a verb
    /// before a word of the wound ("I was hit", "I was blind", not "I was not hurt"), a wound word before "me" ("it cut
    /// me"), or "my" and a part of the body near a wound word ("my arm was broken", "a piece in my shoulder"; not "with my
    /// eyes").</summary>
    public static bool Told(DocumentLayout layout, int sentence)
    {
        var document = layout.Document;
        var text = document.Text;
        var span = document.Sentences[sentence];
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(document.Tokens).Slice(span.FirstToken, span.TokenCount);
        for (var t = 0; t < tokens.Length; t++)
        {
            var word = tokens[t].Span(text);
            if (word.SequenceEqual("I") && t + 1 < tokens.Length && tokens[t + 1].Span(text).SequenceEqual("broke"))
            {
                return true;
            }

            if (word.SequenceEqual("I") && t + 1 < tokens.Length && WordList.Contains(tokens[t + 1].Span(text), SubjectVerbs)
                && Within(text, tokens, t + 2, t + SubjectWindow, WoundWords) && !Within(text, tokens, t + 1, t + SubjectWindow, Negations))
            {
                return true;
            }

            if (word.Equals("me", StringComparison.OrdinalIgnoreCase) && t > 0 && WordList.Contains(tokens[t - 1].Span(text), WoundWords))
            {
                return true;
            }

            if (word.Equals("my", StringComparison.OrdinalIgnoreCase) && !(t > 0 && WordList.Contains(tokens[t - 1].Span(text), Sight))
                && PartAfter(text, tokens, t + 1) is { } part && Within(text, tokens, part - PartWindow, part + PartWindow, WoundWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when one of sentences <paramref name="first"/> to <paramref name="end"/> (exclusive) tells a wound of
    /// the speaker (<see cref="Told"/>).</summary>
    public static bool ToldIn(DocumentLayout layout, int first, int end)
    {
        for (var s = first; s < end; s++)
        {
            if (Told(layout, s))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the count's own words hold the speaker ("my brother and me", "both of us").</summary>
    public static bool Counted(DocumentLayout layout, int start, int end)
    {
        var document = layout.Document;
        for (var t = layout.TokenAt(start); t < document.Tokens.Count && document.Tokens[t].Start < end; t++)
        {
            var word = document.Tokens[t].Span(document.Text);
            if (word.SequenceEqual("I") || WordList.Contains(word, FirstPersonGroup))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index of the part of the body within a few words after <paramref name="from"/>, or null.</summary>
    private static int? PartAfter(string text, ReadOnlySpan<Token> tokens, int from)
    {
        for (var j = from; j < tokens.Length && j <= from + ModifierWindow; j++)
        {
            if (WordList.Contains(tokens[j].Span(text), Parts))
            {
                return j;
            }

            if (tokens[j].Kind != TokenKind.Word)
            {
                return null;
            }
        }

        return null;
    }

    private static bool Within(string text, ReadOnlySpan<Token> tokens, int from, int to, string[] words)
    {
        for (var j = Math.Max(0, from); j < tokens.Length && j <= to; j++)
        {
            if (WordList.Contains(tokens[j].Span(text), words))
            {
                return true;
            }
        }

        return false;
    }
}
