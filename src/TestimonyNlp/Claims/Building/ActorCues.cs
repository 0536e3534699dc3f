using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Building;

/// <summary>
/// Reads from the words before an ACTOR mention whether the witness holds it to be the one who did what is told. An
/// actor named in doubt ("maybe the Russians", "who knows, al-Qaeda"), as what others say ("people say it was the
/// M23") or in a denial ("nobody from the resistance was there", "it was not the army") attributes nothing to a
/// harm told elsewhere, and the annotated claims leave such a harm without an actor.
/// </summary>
internal static class ActorCues
{
    /// <summary>Words of doubt or denial before an actor in its sentence.</summary>
    private static readonly string[] DoubtWords = ["maybe", "perhaps", "no", "not", "nobody", "never", "none"];

    /// <summary>Who is said to say or think something: "people say", "some said", "everybody thinks".</summary>
    private static readonly string[] Sayers = ["people", "some", "they", "others", "everyone", "everybody"];

    /// <summary>What they do: with a word of <see cref="Sayers"/> before it, others' word, not the witness's.</summary>
    private static readonly string[] SayingVerbs = ["say", "said", "says", "think", "thought"];

    /// <summary>Negated verbs of knowing before "know": "I don't know", "we did not know" (with "not" already a
    /// doubt word).</summary>
    private static readonly string[] NegatedKnowing = ["don't", "didn't", "dont", "don’t", "didn’t"];

    /// <summary>Verbs of an attack that name no weapon mention of their own: "the regime shelled our street".</summary>
    private static readonly string[] AttackVerbs = ["shelled", "shelling", "bombed", "bombing", "bombarded", "fired", "firing", "dropped", "shot",
        "shooting", "attacked", "struck", "launched"];

    /// <summary>Words that open the phrase of where people went: "to the army", "towards the SDF lines".</summary>
    private static readonly string[] GoalWords = ["to", "towards", "toward"];

    /// <summary>Words that end a phrase opened by a word of <see cref="GoalWords"/> before an actor: "to the market
    /// when the army came" names no goal.</summary>
    private static readonly string[] ClauseBreaks = ["and", "but", "where", "when", "while", "because", "then", "from", "was", "were", "is", "are"];

    /// <summary>Settings of the cues.</summary>
    public static class Defaults
    {
        /// <summary>Most tokens looked back from an actor for the "to" of where people fled ("to the checkpoint of the
        /// army", "to the lines of the army"): the window of <see cref="PlaceCues"/>' phrase after "to".</summary>
        public const int GoalWindow = PlaceCues.Defaults.PhraseAfterToWindow;
    }

    /// <summary>
    /// True when <paramref name="actor"/> is named as where people went: a "to", "towards" or "toward" opens the
    /// phrase that ends at it ("we ran to the army with white flags", "walked out to the SDF side", "towards the
    /// lines of the army"), looking back no further than the sentence, a punctuation mark or a word that opens a
    /// clause. Civilians fleeing a siege walk out to the side that will take them in; gold gives such a flight no
    /// actor, or the side they fled from. Out of fold, of the flights whose evidence named such an actor first, 14
    /// lost it rightly and 1 wrongly (models/README.md, "Claim actors").
    /// </summary>
    public static bool IsFledTo(DocumentLayout layout, EntityMention actor)
    {
        var document = layout.Document;
        var index = layout.TokenAt(actor.Start) - 1;
        var sentence = layout.SentenceOf(actor.Start);
        var first = sentence >= 0 ? document.Sentences[sentence].FirstToken : Math.Max(index, 0);
        var stop = Math.Max(first, index - Defaults.GoalWindow + 1);
        for (var i = index; i >= stop; i--)
        {
            var token = document.Tokens[i];
            if (token.Kind == TokenKind.Punctuation)
            {
                return false;
            }

            var word = token.Span(document.Text);
            if (WordList.Contains(word, GoalWords))
            {
                return true;
            }

            if (WordList.Contains(word, ClauseBreaks))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Forms of "to be" that open a question of presence with "there": "were there", "is there".</summary>
    private static readonly string[] PresenceVerbs = ["was", "were", "is", "are"];

    /// <summary>
    /// True when <paramref name="actor"/> is named in a question of whether a side was present ("Were there Taliban
    /// in the bazaar?", "Was there army near the school?"), or in the answer to one ("No, the Taliban were in the
    /// mountains"). Interviewers ask it of the side the attacker might claim to have aimed at; what follows tells
    /// where that side was, not who did the harm.
    /// </summary>
    public static bool IsPresenceAsked(DocumentLayout layout, EntityMention actor)
    {
        var sentence = layout.SentenceOf(actor.Start);
        if (sentence < 0)
        {
            return false;
        }

        if (AsksPresence(layout, sentence, actor.Start))
        {
            return true;
        }

        // The answer: the turn before the actor's, when it was the interviewer's, asked of presence.
        var turn = layout.Turn(sentence);
        var question = sentence;
        while (question >= 0 && layout.Turn(question) == turn)
        {
            question--;
        }

        var asked = question >= 0 ? layout.Turn(question) : -1;
        for (; question >= 0 && layout.Turn(question) == asked && !layout.IsSpeech(question); question--)
        {
            if (AsksPresence(layout, question, int.MaxValue))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the words of sentence <paramref name="sentence"/> before offset <paramref name="before"/>
    /// hold a form of "to be" followed by "there".</summary>
    private static bool AsksPresence(DocumentLayout layout, int sentence, int before)
    {
        var document = layout.Document;
        var bounds = document.Sentences[sentence];
        var tokens = document.Tokens;
        var end = bounds.FirstToken + bounds.TokenCount;
        for (var i = bounds.FirstToken; i + 1 < end && tokens[i + 1].Start < before; i++)
        {
            if (WordList.Contains(tokens[i].Span(document.Text), PresenceVerbs)
                && tokens[i + 1].Span(document.Text).Equals("there", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when sentence <paramref name="sentence"/> tells of an attack with a verb ("they shelled the
    /// street", "the regime bombed us").</summary>
    public static bool TellsAttack(DocumentLayout layout, int sentence)
    {
        var document = layout.Document;
        var bounds = document.Sentences[sentence];
        for (var i = bounds.FirstToken; i < bounds.FirstToken + bounds.TokenCount; i++)
        {
            if (WordList.Contains(document.Tokens[i].Span(document.Text), AttackVerbs))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the words of <paramref name="actor"/>'s sentence before it doubt, deny or report as others'
    /// word that it did anything: "maybe", "perhaps", "no", "not", "nobody", "never", "none", "who knows", "don't
    /// know", or "people say" and its kin.</summary>
    public static bool IsDoubted(DocumentLayout layout, EntityMention actor)
    {
        var document = layout.Document;
        var sentence = layout.SentenceOf(actor.Start);
        if (sentence < 0)
        {
            return false;
        }

        var tokens = document.Tokens;
        var first = document.Sentences[sentence].FirstToken;
        var previous = ReadOnlySpan<char>.Empty;
        for (var i = first; i < tokens.Count && tokens[i].Start < actor.Start; i++)
        {
            var word = tokens[i].Span(document.Text);
            if (WordList.Contains(word, DoubtWords)
                || (word.Equals("knows", StringComparison.OrdinalIgnoreCase) && previous.Equals("who", StringComparison.OrdinalIgnoreCase))
                || (word.Equals("know", StringComparison.OrdinalIgnoreCase) && WordList.Contains(previous, NegatedKnowing))
                || (WordList.Contains(word, SayingVerbs) && WordList.Contains(previous, Sayers)))
            {
                return true;
            }

            previous = word;
        }

        return false;
    }
}
