using TestimonyNlp.Ingest;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Gives the harm of the toll told just before to a witness sentence that passes on an institution's or the media's
/// figure for it and names no harm itself: "The Ministry said seventeen.", "The radio of the RSF said sixty.", "The
/// news in the morning said twelve, and later they said fourteen." The annotation claims such a figure apart, with
/// its own basis, but the classifiers find no harm in a bare figure after a word of saying, and
/// <see cref="ToldCount"/> needs the harm's verb. The figures of people around ("Some say seventeen.", "My brother
/// says five.") are left alone: the annotation as often widens the toll told before with them as it claims them
/// apart, and out of fold the rule gained nothing with them. The harm is the one killing or injury of the nearest witness sentence with a harm, at most
/// <see cref="Defaults.LookBack"/> sentences before; the figure must stand bare (the end of the clause, or a word for
/// people or names after it: "sixty names", "more, fifty, sixty") and nothing may deny, doubt or ask ("without" after
/// the figure only narrows it: "twenty-four, without the strangers"). Run after
/// <see cref="ToldCount"/> and before <see cref="NoHarmTold"/>.
/// </summary>
internal static class TollToldBySource
{
    private const int Saying = 1, Unasserting = 2, HarmVerb = 4, CountWord = 8, BareAfter = 16, NotCountBefore = 32, Source = 64;

    private static readonly WordTable Words = new(
        ["says", "said", "say", "told", "tells", "wrote", "writes", "reported", "announced"],
        [.. ToldCount.UnassertingWords, "only"],
        ["killed", "died", "dead", "wounded", "injured", "hurt", "disappeared", "arrested", "detained", "abducted", "kidnapped",
         "fled", "taken", "took", "burned", "destroyed", "houses", "shells", "rockets"],
        ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
         "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
         "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "dozens"],
        ["people", "persons", "names", "civilians", "martyrs", "bodies", "more", "or", "and", "but", "in", "on", "at", "from",
         "with", "because", "maybe", "perhaps", "then", "later", "first", "also", "too", "altogether", "total", "dozens"],
        ["is", "was", "age", "aged", "since", "number", "at"],
        ["radio", "tv", "television", "news", "channel", "newspaper", "government", "ministry", "minister", "chief", "council",
         "committee", "municipality", "authorities", "officials", "official", "page", "website", "report", "statement",
         "defence", "defense", "crescent", "governor", "mayor", "administration", "spokesman", "un", "prefecture"]);

    /// <summary>Settings of the rule.</summary>
    public static class Defaults
    {
        /// <summary>How many sentences back the toll the figure answers may lie (interviewer sentences counted).</summary>
        public const int LookBack = 4;
    }

    /// <summary>How sure a figure told by a source is of its harm.</summary>
    public const float HarmConfidence = 0.8f;

    /// <summary>Gives, in <paramref name="assessments"/> (one per entry of <see cref="Document.Sentences"/>), each
    /// witness sentence without a harm that passes on a bare figure after a toll the harm of that toll.</summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = document.Sentences;
        for (var s = 1; s < assessments.Length; s++)
        {
            if (assessments[s].Harms != HarmSet.None || !ClaimClassifier.CanAssert(document.RoleOf(sentences[s]))
                || !PassesOnFigure(document, s))
            {
                continue;
            }

            var told = TollBefore(document, assessments, s);
            if (told != HarmSet.None)
            {
                assessments[s] = SentenceAssessment.GivenByRule(told, HarmConfidence);
            }
        }
    }

    /// <summary>True when sentence <paramref name="s"/> has a word of saying and a bare figure, and no word of a harm,
    /// of denial or of doubt, nor a question mark.</summary>
    private static bool PassesOnFigure(Document document, int s)
    {
        var text = document.Text;
        var tokens = document.SentenceTokens(s);
        var found = 0;
        var figure = false;
        for (var t = 0; t < tokens.Length; t++)
        {
            var span = tokens[t].Span(text);
            switch (tokens[t].Kind)
            {
                case TokenKind.Punctuation:
                    found |= IngestText.IsQuestionMark(span[0]) ? Unasserting : 0;
                    continue;
                case TokenKind.Number:
                    figure |= IsBareFigure(text, tokens, t) && !ToldCount.IsYear(span);
                    continue;
                case TokenKind.Word:
                    var hyphen = span.IndexOf('-');
                    var lists = Words.Of(hyphen > 0 ? span[..hyphen] : span);
                    if (figure && span.Equals("without", StringComparison.OrdinalIgnoreCase))
                    {
                        // "twenty-four, without the strangers" narrows the figure told; it denies nothing
                        lists &= ~Unasserting;
                    }

                    found |= lists & (Saying | Unasserting | HarmVerb | Source);
                    figure |= (lists & CountWord) != 0 && IsBareFigure(text, tokens, t);
                    if (span.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || span.EndsWith("n\u2019t", StringComparison.OrdinalIgnoreCase))
                    {
                        found |= Unasserting;
                    }

                    continue;
            }
        }

        return figure && (found & (Saying | Unasserting | HarmVerb | Source)) == (Saying | Source);
    }

    /// <summary>True when the number at <paramref name="t"/> is no age or rank ("he is seventeen") and ends its clause
    /// or is followed by a word for people or names, another figure or a hedge ("sixteen.", "sixty names", "fifty,
    /// sixty", "twenty, more").</summary>
    private static bool IsBareFigure(string text, ReadOnlySpan<Token> tokens, int t)
    {
        if (t > 0 && (Words.Of(tokens[t - 1].Span(text)) & NotCountBefore) != 0)
        {
            return false;
        }

        var next = t + 1;
        while (next < tokens.Length && tokens[next].Span(text) is "-" or "hundred" or "and" && next + 1 < tokens.Length
               && tokens[next + 1].Kind is TokenKind.Word or TokenKind.Number && (Words.Of(tokens[next + 1].Span(text)) & CountWord) != 0)
        {
            // "a hundred and four", "twenty-three": one figure
            next += 2;
        }

        return next >= tokens.Length || tokens[next].Kind == TokenKind.Punctuation
            || (tokens[next].Kind == TokenKind.Word && (Words.Of(tokens[next].Span(text)) & BareAfter) != 0);
    }

    /// <summary>The one killing or injury of the nearest witness sentence with a harm before sentence
    /// <paramref name="s"/>, or none.</summary>
    private static HarmSet TollBefore(Document document, ReadOnlySpan<SentenceAssessment> assessments, int s)
    {
        for (var b = s - 1; b >= 0 && b >= s - Defaults.LookBack; b--)
        {
            if (!ClaimClassifier.CanAssert(document.RoleOf(document.Sentences[b])) || assessments[b].Harms == HarmSet.None)
            {
                continue;
            }

            var tolls = assessments[b].Harms & (HarmSet.Killed | HarmSet.Injured);
            return tolls is HarmSet.Killed or HarmSet.Injured ? tolls : HarmSet.None;
        }

        return HarmSet.None;
    }
}
