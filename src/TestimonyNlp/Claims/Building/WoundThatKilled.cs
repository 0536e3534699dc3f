using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Building;

/// <summary>
/// An injury that is the death gold keeps as one killing: a wound of one person whose death the witness tells right
/// after it ("A piece hit her in the hip. She died after four days, we had no medicine.") or the wounded told dying
/// ("Two of the wounded died the next day in our ward."). The killing is claimed from the sentence of the death; the
/// wound is how that person died, not a harm of its own. One who lived, or the speaker's own wound, stays an injury.
/// </summary>
internal static class WoundThatKilled
{
    /// <summary>Tunable values.</summary>
    public static class Defaults
    {
        /// <summary>Most sentences after the wound, in its paragraph, that may tell the death ("In March a sniper shot
        /// my assistant in the neck. He was twenty-three. He died before we reached the hospital.").</summary>
        public const int DeathReach = 3;

        /// <summary>Most words from the subject to the word of death ("She died", "He was dead", "Walid also died").</summary>
        public const int SubjectReach = 3;
    }

    /// <summary>Words of the death that follows a wound.</summary>
    private static readonly string[] DeathWords = ["died", "dead"];

    /// <summary>Pronouns that carry the wounded person into the sentence of the death.</summary>
    private static readonly string[] SubjectPronouns = ["he", "she"];

    /// <summary>The speaker: a death told after the speaker's own wound is another person's.</summary>
    private static readonly string[] SpeakerWords = ["i", "me"];

    /// <summary>Words that the one hurt lived ("survived", "lost his leg"), as for <see cref="MentionMerge.FatalWound"/>.</summary>
    private static readonly string[] LivedWords = ["lost", "alive", "survived", "lived", "still", "now"];

    /// <summary>The only words that may stand between the subject and the death ("He was dead", "Walid also died"): a
    /// verb of telling between them tells others' deaths ("She said many died"), a denial none ("He was not dead").</summary>
    private static readonly string[] BridgeWords = ["was", "also", "then", "later", "too"];

    /// <summary>The noun of the wounded, who die in the sentence that names them so ("two of the wounded died"); "the injured"
    /// was not counted.</summary>
    private static readonly string[] WoundedNouns = ["wounded"];

    /// <summary>Nouns of the wounds someone died of ("many died later from wounds").</summary>
    private static readonly string[] WoundNouns = ["wounds", "injuries"];

    /// <summary>Words between "from" or "of" and the wounds ("died of his wounds").</summary>
    private static readonly string[] Possessives = ["his", "her", "their", "the"];

    /// <summary>
    /// True when <paramref name="draft"/>, an injury claim after the merge, is the wound of a death: of one person, not
    /// the speaker, with no word that the one hurt lived, and followed within <see cref="Defaults.DeathReach"/> sentences
    /// of its paragraph by a sentence opening on "he", "she" or one of its named victims and saying they died
    /// (<see cref="DiedAfter"/>); or told only in sentences where the wounded die (<see cref="WoundedWhoDied"/>). Out of
    /// fold it took 11 false injury claims away (8 and 3), all of them over a gold killing, and no right one
    /// (models/README.md, "Claim classifiers"). Taken after the merge, as <see cref="MentionMerge.FatalWound"/> takes its own.
    /// </summary>
    public static bool Fatal(DocumentLayout layout, ClaimDraft draft)
    {
        if (draft.Harm != Harm.Injured)
        {
            return false;
        }

        return DiedAfter(layout, draft) || WoundedWhoDied(layout, draft);
    }

    /// <summary>
    /// True when the injury of one person is followed, in its paragraph and before any other person is named, by the
    /// death of that person: "My nephew picked one up and it exploded in his hands. He died before we reached the road."
    /// A sentence naming someone else stops the reading ("My helper Libardo was at the door. He did not survive." after
    /// the speaker's own cut is the helper's death).
    /// </summary>
    private static bool DiedAfter(DocumentLayout layout, ClaimDraft draft)
    {
        if (draft.Min > 1 || draft.Max > 1)
        {
            return false;
        }

        var document = layout.Document;
        var text = document.Text;
        if (!layout.TrySentencesOf(draft, out var first, out var last))
        {
            return false;
        }

        for (var s = first; s <= last; s++)
        {
            foreach (var token in document.SentenceTokens(s))
            {
                var word = token.Span(text);
                if (WordList.Contains(word, SpeakerWords) || WordList.Contains(word, LivedWords))
                {
                    return false;
                }
            }
        }

        for (var s = last + 1; s < document.Sentences.Count && s - last <= Defaults.DeathReach; s++)
        {
            if (!layout.IsSpeech(s) || layout.Turn(s) != layout.Turn(last))
            {
                return false;
            }

            var tokens = document.SentenceTokens(s);
            var subject = Subject(layout, draft, s, tokens);
            if (subject >= 0 && DiesAfter(text, tokens, subject))
            {
                return true;
            }

            if (NamesOther(layout, draft, s) || TellsDeath(text, tokens))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The index of the sentence's first word when it is "he", "she" or a person the draft names, or -1.</summary>
    private static int Subject(DocumentLayout layout, ClaimDraft draft, int sentence, ReadOnlySpan<Token> tokens)
    {
        var text = layout.Document.Text;
        var t = 0;
        while (t < tokens.Length && tokens[t].Kind != TokenKind.Word)
        {
            t++;
        }

        if (t == tokens.Length)
        {
            return -1;
        }

        if (WordList.Contains(tokens[t].Span(text), SubjectPronouns))
        {
            return t;
        }

        var span = layout.Document.Sentences[sentence];
        foreach (var entity in layout.EntitiesWithin(span.Start, span.End))
        {
            if (entity.Type != EntityType.Person || entity.Start != tokens[t].Start)
            {
                continue;
            }

            foreach (var id in draft.Named)
            {
                if (layout.SamePerson(id, entity.Id))
                {
                    return layout.TokenAt(entity.End - 1) - span.FirstToken;
                }
            }
        }

        return -1;
    }

    /// <summary>True when a word of death follows the subject within <see cref="Defaults.SubjectReach"/> words with
    /// only <see cref="BridgeWords"/> between: "He died", "She was dead", "Walid also died".</summary>
    private static bool DiesAfter(string text, ReadOnlySpan<Token> tokens, int subject)
    {
        for (var t = subject + 1; t < tokens.Length && t - subject <= Defaults.SubjectReach; t++)
        {
            var word = tokens[t].Span(text);
            if (WordList.Contains(word, DeathWords))
            {
                return true;
            }

            if (!WordList.Contains(word, BridgeWords))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True when the sentence names a person other than the draft's victims.</summary>
    private static bool NamesOther(DocumentLayout layout, ClaimDraft draft, int sentence)
    {
        var span = layout.Document.Sentences[sentence];
        foreach (var entity in layout.EntitiesWithin(span.Start, span.End))
        {
            if (entity.Type != EntityType.Person)
            {
                continue;
            }

            var named = false;
            foreach (var id in draft.Named)
            {
                named |= layout.SamePerson(id, entity.Id);
            }

            if (!named)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the sentence has a word of death: one not of the wounded person is another's death.</summary>
    private static bool TellsDeath(string text, ReadOnlySpan<Token> tokens) => WordList.ContainsAny(tokens, text, DeathWords);

    /// <summary>
    /// True when every sentence of the injury tells the wounded dying: "the" and at most one word before "wounded" and a word of death after it in the clause ("Mustafa and the two wounded, all three, dead.", "Two of the
    /// wounded died the next day"), or a word of death and then "from" or "of" the wounds ("many died later from
    /// wounds"). Gold claims these as the killing; the wounded who lived are told without a death in their clause.
    /// </summary>
    private static bool WoundedWhoDied(DocumentLayout layout, ClaimDraft draft)
    {
        var document = layout.Document;
        var text = document.Text;
        foreach (var (start, end) in draft.Spans)
        {
            for (var s = layout.SentenceOf(start); s <= layout.SentenceOf(end - 1); s++)
            {
                if (s < 0 || !WoundedDie(text, document.SentenceTokens(s)))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>True when the sentence tells the wounded dying (<see cref="WoundedWhoDied"/>).</summary>
    private static bool WoundedDie(string text, ReadOnlySpan<Token> tokens)
    {
        var wounded = false;
        var death = false;
        for (var t = 0; t < tokens.Length; t++)
        {
            var word = tokens[t].Span(text);
            if (word is ";" or ":")
            {
                // "the wounded came all afternoon; by night seven were dead" tells two harms in two clauses
                wounded = false;
                death = false;
                continue;
            }

            if (WordList.Contains(word, WoundedNouns) && (Is(text, tokens, t - 1, "the") || Is(text, tokens, t - 2, "the")))
            {
                wounded = true;
            }
            else if (WordList.Contains(word, DeathWords))
            {
                if (wounded)
                {
                    return true;
                }

                death = true;
            }
            else if (death && WordList.Contains(word, WoundNouns)
                && (Is(text, tokens, t - 1, "from") || Is(text, tokens, t - 1, "of")
                    || (t > 1 && WordList.Contains(tokens[t - 1].Span(text), Possessives) && (Is(text, tokens, t - 2, "from") || Is(text, tokens, t - 2, "of")))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Is(string text, ReadOnlySpan<Token> tokens, int t, string word) =>
        t >= 0 && t < tokens.Length && tokens[t].Span(text).Equals(word, StringComparison.OrdinalIgnoreCase);
}
