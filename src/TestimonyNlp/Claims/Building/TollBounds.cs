using TestimonyNlp.Claims.Counts;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Building;

/// <summary>
/// The bounds of a toll from the other figures the evidence gives for it: counts that add to it ("seven died, and one
/// more in the hospital": 8), other estimates after a word of hedging or reporting ("the channel said twelve, a
/// journalist wrote fifteen": 12 to 15), and a "more" or a larger hedged figure right after it ("forty flats, more":
/// open; "three died near the bakery, maybe four": 3 to 4).
/// </summary>
internal static class TollBounds
{
    /// <summary>
    /// The toll told again in a sentence of its own just before the evidence ("I said three died. It was four."): a
    /// figure in words of two or more after "It was" or "It is", and nothing else in the sentence; null when the
    /// sentence before <paramref name="first"/> is not of that form.
    /// </summary>
    public static int? BareTollBefore(DocumentLayout layout, int first)
    {
        if (first == 0)
        {
            return null;
        }

        var document = layout.Document;
        var text = document.Text;
        var tokens = document.SentenceTokens(first - 1);
        if (tokens.Length < 4 || !tokens[0].Span(text).Equals("it", StringComparison.OrdinalIgnoreCase)
            || !(tokens[1].Span(text).Equals("was", StringComparison.OrdinalIgnoreCase) || tokens[1].Span(text).Equals("is", StringComparison.OrdinalIgnoreCase))
            || !NumberReader.TryRead(text, tokens, 2, out var reading) || reading.Form != NumberForm.Words
            || reading.Min < 2 || reading.Max is { } upper && upper != reading.Min
            || reading.EndToken != tokens.Length - 1 || !tokens[^1].Span(text).SequenceEqual("."))
        {
            return null;
        }

        return reading.Min;
    }

    /// <summary>Words before a second figure for a toll that make it another estimate of it.</summary>
    private static readonly string[] HedgeWords = ["maybe", "perhaps", "or", "then", "think", "said", "say", "says", "wrote", "between", "counted", "eh"];

    /// <summary>Words before "more" that leave a toll open above rather than add a group to it ("or more", "maybe a
    /// little more", "even more").</summary>
    private static readonly string[] OpenWords = ["or", "and", "maybe", "perhaps", "little", "even", "probably"];

    /// <summary>Words between a toll said again and the "more" that leaves it open: "thirty and more", "two thousand,
    /// some say more".</summary>
    private static readonly string[] RepeatOpenWords = ["and", "or", "maybe", "perhaps", "probably", "even", "some", "people", "others", "they", "say", "says", "said"];

    /// <summary>Verbs between "there" and "more" that tell more of the same toll: "there were more".</summary>
    private static readonly string[] ThereVerbs = ["were", "are"];

    /// <summary>Words after "there were more" that tell where the others are: "under the roof", "in the clinic".</summary>
    private static readonly string[] PlaceWords = ["under", "in", "inside", "at", "on", "among", "still"];

    /// <summary>Words before a larger figure that make it the upper bound of the toll just before ("maybe four", "or
    /// ten").</summary>
    private static readonly string[] UpperHedges = ["or", "maybe", "perhaps", "probably"];

    /// <summary>Words of the witness's own counting before a figure: "I counted forty-three", "I wrote
    /// forty".</summary>
    private static readonly string[] OwnCountWords = ["wrote", "counted"];

    /// <summary>Settings of the toll bounds.</summary>
    public static class Defaults
    {
        /// <summary>Most times larger or smaller a hedged second figure in the next sentence may be than the toll it
        /// widens ("Fourteen died. Maybe fifteen").</summary>
        public const int AlternativeRatio = 3;

        /// <summary>Words looked back from a second figure for a word of hedging or reporting ("some said forty-three").</summary>
        public const int HedgeWindow = 3;

        /// <summary>Words looked back from a figure above a floor for the witness's own counting ("I counted them,
        /// forty-three").</summary>
        public const int OwnCountWindow = 4;

        /// <summary>Tokens looked at after a toll for a "more" that leaves it open or a larger hedged figure ("six people
        /// died, this is what we counted later at the hospital, six or seven": 14). Out of fold the rule fixed 7 maxima
        /// with 8 tokens, 9 with 12 and 10 with 16, and broke none at any of them.</summary>
        public const int UpperBoundWindow = 16;

        /// <summary>Most words of hedging or reporting between a toll said again in the next sentence and the "more" that
        /// leaves it open ("two thousand, some say more").</summary>
        public const int RepeatOpenWindow = 2;
    }

    /// <summary>
    /// The toll with the counts added to it later in the evidence ("seven died, and one more died in the hospital":
    /// 8; "maybe twenty near the hotel, and near the school a dozen more": 32; "two tents burned and four more were
    /// torn": 6), or null when no count says "more" after a toll. A count nearer a word of the rival harm adds nothing
    /// ("five died and two more were wounded").
    /// </summary>
    public static (int? Min, int? Max)? AddMore(DocumentLayout layout, List<CountMention> figures)
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
    /// listed group is no other figure for it. A floor alone ("more than twenty") followed by the witness's own figure
    /// above it, counted or told as the answer ("I counted twenty-three", "Twenty-one, twenty-two."), is closed at it.
    /// </summary>
    public static (int? Min, int? Max) Widen(DocumentLayout layout, List<CountMention> figures, CountMention chosen, int? min, int? max)
    {
        var text = layout.Document.Text;
        var low = min!.Value;
        var high = max;
        var floorOnly = chosen.Max is null && max is null;
        foreach (var mention in figures)
        {
            if (mention.Start == chosen.Start || mention.Cue == CountCue.Pronoun || mention.Min is not { } other || IsMore(layout, mention)
                || EvidenceWords.IsAdditive(text.AsSpan(mention.Start, mention.End - mention.Start))
                || other * Defaults.AlternativeRatio < low || other > Defaults.AlternativeRatio * (high ?? low))
            {
                continue;
            }

            if (floorOnly && mention.Start > chosen.Start && other >= low && mention.Max is { } closed
                && (mention.Cue == CountCue.Answer || IsOwnCount(layout, mention.Start)))
            {
                // "more than forty wounded, I counted forty-three"; "more than twenty died. Twenty-one, twenty-two.":
                // the floor told first, then the witness's own figure above it
                (low, high) = (other, closed);
                floorOnly = false;
                continue;
            }

            if (!(IsHedged(layout, mention.Start) || Holds(mention, low, high)))
            {
                continue;
            }

            low = Math.Min(low, other);
            high = high is { } h && mention.Max is { } most ? Math.Max(h, most) : null;
        }

        return (low, high);
    }

    /// <summary>True when the witness's own counting comes just before <paramref name="offset"/> in its sentence: "I
    /// counted forty-three", "I wrote forty"; not what others said.</summary>
    private static bool IsOwnCount(DocumentLayout layout, int offset) =>
        WordJustBefore(layout, offset, OwnCountWords, Defaults.OwnCountWindow);

    /// <summary>True when <paramref name="mention"/> gives the toll as a range that holds it: "Eight, maybe nine. I know
    /// eight names.", "Eight or nine, I think. The young men said nine." The witness's own bounds for the figure.</summary>
    private static bool Holds(CountMention mention, int low, int? high) =>
        mention is { Min: { } least, Max: { } most } && least < most && least <= low && high is { } toll && most >= toll;

    /// <summary>True when a word of hedging or reporting comes just before <paramref name="offset"/> in its sentence, or
    /// opens the figure there: "maybe", "or", "then", "I think", "some said", "wrote", "I counted", a hesitating "eh";
    /// "Maybe nine."</summary>
    private static bool IsHedged(DocumentLayout layout, int offset)
    {
        var document = layout.Document;
        return WordList.Contains(document.Tokens[layout.TokenAt(offset)].Span(document.Text), UpperHedges)
            || WordJustBefore(layout, offset, HedgeWords, Defaults.HedgeWindow);
    }

    /// <summary>True when one of <paramref name="words"/> stands among the <paramref name="window"/> words just before
    /// <paramref name="offset"/> in its sentence, punctuation passed over.</summary>
    private static bool WordJustBefore(DocumentLayout layout, int offset, string[] words, int window)
    {
        var document = layout.Document;
        var sentence = document.Sentences[layout.SentenceOf(offset)];
        var seen = 0;
        for (var t = layout.TokenAt(offset) - 1; t >= sentence.FirstToken && seen < window; t--)
        {
            if (document.Tokens[t].Kind == TokenKind.Punctuation)
            {
                continue;
            }

            if (WordList.Contains(document.Tokens[t].Span(document.Text), words))
            {
                return true;
            }

            seen++;
        }

        return false;
    }

    /// <summary>
    /// Reads the upper bound the words just after <paramref name="mention"/> give its toll, in its sentence and before
    /// any other figure; false when they give none. "more" set off by a comma or after a word of hedging leaves it open
    /// ("forty flats, more", "twenty, or more", "maybe a little more"; not "more than", "more or less"), and so does
    /// "there were more" ending its clause or before a place ("they said there were more under the roof"); a larger
    /// figure set off by a comma or after a hedge, ending its clause, is its upper bound ("three died near the bakery,
    /// maybe four,", "twenty people, twenty-two, died", "nine dead, nine or ten"). The same figure said again is read
    /// through; a figure more than <see cref="Defaults.AlternativeRatio"/> times the toll is no bound of it.
    /// </summary>
    public static bool TryReadUpperAfter(DocumentLayout layout, CountMention mention, int floor, out int? upper)
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
            return previous is "," || WordList.Contains(previous, OpenWords) || ThereWereMore(document, tokens, t, sentenceEnd);
        }

        return false;
    }

    /// <summary>True when the "more" at <paramref name="t"/> is told as "there were more" or "there are more" and ends its
    /// clause or opens a place ("the cousins said there were more under the roof"): more of the same toll, not
    /// more of something else ("there were more wounded").</summary>
    private static bool ThereWereMore(Document document, ReadOnlySpan<Token> tokens, int t, int sentenceEnd)
    {
        if (t < 2 || !WordList.Contains(tokens[t - 1].Span(document.Text), ThereVerbs)
            || !tokens[t - 2].Span(document.Text).Equals("there", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return t + 1 >= sentenceEnd || tokens[t + 1].Kind == TokenKind.Punctuation || WordList.Contains(tokens[t + 1].Span(document.Text), PlaceWords);
    }

    /// <summary>True when sentence <paramref name="sentence"/> only leaves the toll told before it open: it opens on a
    /// hedge and "more" ("Maybe more, we lost count.", "Or even more."), and not on more that came later ("Maybe
    /// more later.") or a comparison ("Maybe more than that").</summary>
    public static bool OpensTollBefore(DocumentLayout layout, int sentence)
    {
        var document = layout.Document;
        var text = document.Text;
        var tokens = document.SentenceTokens(sentence);
        var t = 0;
        if (tokens.Length < 3 || !WordList.Contains(tokens[t].Span(text), UpperHedges))
        {
            return false;
        }

        t++;
        if (tokens[t].Span(text).Equals("even", StringComparison.OrdinalIgnoreCase))
        {
            t++;
        }

        return t + 1 < tokens.Length && tokens[t].Span(text).Equals("more", StringComparison.OrdinalIgnoreCase)
            && tokens[t + 1].Kind == TokenKind.Punctuation;
    }

    /// <summary>
    /// True when sentence <paramref name="sentence"/> only says the toll <paramref name="toll"/> told before it again and
    /// leaves it open: the same figure, the only one in the sentence, then "more" ending its clause after at most
    /// <see cref="Defaults.RepeatOpenWindow"/> words of hedging or reporting ("We buried thirty. The imam wrote down
    /// thirty and more."; "Two thousand died. The radio gave two thousand, some say more."); not more of something
    /// else ("The imam wrote down thirty and more were hurt.") nor another figure ("Some said forty or more.").
    /// </summary>
    public static bool RepeatsTollOpen(DocumentLayout layout, int sentence, int toll)
    {
        var document = layout.Document;
        var text = document.Text;
        var tokens = document.SentenceTokens(sentence);
        var figureEnd = -1;
        for (var t = 0; t < tokens.Length; t++)
        {
            if (!NumberReader.TryRead(text, tokens, t, out var number))
            {
                continue;
            }

            if (figureEnd >= 0 || number.Min != toll || number.Max != toll)
            {
                // a second figure, or another one: not the toll said again
                return false;
            }

            figureEnd = number.EndToken;
            t = number.EndToken - 1;
        }

        if (figureEnd < 0)
        {
            return false;
        }

        var words = 0;
        for (var t = figureEnd; t < tokens.Length; t++)
        {
            var word = tokens[t].Span(text);
            if (tokens[t].Kind == TokenKind.Punctuation)
            {
                if (word is ",")
                {
                    continue;
                }

                return false;
            }

            if (word.Equals("more", StringComparison.OrdinalIgnoreCase))
            {
                return t + 1 == tokens.Length || tokens[t + 1].Kind == TokenKind.Punctuation;
            }

            if (++words > Defaults.RepeatOpenWindow || !WordList.Contains(word, RepeatOpenWords))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"two more", "a dozen more", "one more died": a count that adds to one before it.</summary>
    public static bool IsMore(DocumentLayout layout, CountMention mention)
    {
        var document = layout.Document;
        if (EvidenceWords.WordBefore(layout, mention.Start, "is") || EvidenceWords.WordBefore(layout, mention.Start, "was"))
        {
            // counting aloud: "every time I said, that is one more"
            return false;
        }

        if (EvidenceWords.WordBefore(layout, mention.Start, "because"))
        {
            // "Svitlana says five, because one more died at the hospital": why the toll is what it is, already in it
            return false;
        }

        var last = layout.TokenAt(mention.End - 1);
        if (document.Tokens[last].Span(document.Text).Equals("more", StringComparison.OrdinalIgnoreCase))
        {
            // "forty and more", "ten or more": an open toll, not one added to another
            return !(document.Tokens[last - 1].Span(document.Text) is var joint
                     && (joint.Equals("and", StringComparison.OrdinalIgnoreCase) || joint.Equals("or", StringComparison.OrdinalIgnoreCase)));
        }

        var next = layout.TokenAt(mention.End);
        return next < document.Tokens.Count && document.Tokens[next].Span(document.Text).Equals("more", StringComparison.OrdinalIgnoreCase)
               && !(next + 1 < document.Tokens.Count && document.Tokens[next + 1].Span(document.Text).Equals("than", StringComparison.OrdinalIgnoreCase));
    }
}
