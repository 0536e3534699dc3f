using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Makes a claim HEARSAY that was given WITNESSED when the interviewer's questions say it: the next question after
/// the speaker's turn asks whether the speaker saw it or was there and the answer opens with "No" ("Did you see it?"
/// "No, my brother told me."), or the question the turn answers asks what someone told the speaker ("What did he tell
/// you?").
/// The basis model reads the next question and the answer's opening among its features, but the sentence models'
/// sight in the evidence most often outweighs them. Out of fold, of the matched claims after such a question and a
/// "No" with no "I heard" in the answer's first two sentences, 26 are gold HEARSAY, 1 REPORTED and none WITNESSED or
/// EXPERIENCED; after "What did he/she/they tell you?" 7 HEARSAY and 1 REPORTED (models/README.md, "Claim-level
/// basis"). Only a WITNESSED claim changes.
/// </summary>
internal static class HearsayAnswered
{
    private static readonly string[] Did = ["did"];
    private static readonly string[] You = ["you"];
    private static readonly string[] See = ["see", "witness"];
    private static readonly string[] What = ["it", "this", "that", "him", "her", "them"];

    /// <summary>A question whether the speaker saw the event itself, closing its sentence (a trailing "yourself"
    /// aside): "Did you see it?", "Did you see any of this yourself?", "You saw that?". Not "Did you see who fired?",
    /// which asks about another detail.</summary>
    private static readonly string[][][] SawIt =
    [
        [Did, You, See, What],
        [Did, You, ["yourself"], See, What],
        [["have"], You, ["seen"], What],
        [You, ["saw"], What],
        [Did, You, See, What, ["happen"]],
        [Did, You, See, ["any", "all"], ["of"], ["this", "it"]],
        [Did, You, See, ["all"], ["this"]],
        [Did, You, See, ["the"], ["attack", "strike", "explosion", "shelling"]],
    ];

    /// <summary>A question whether the speaker was there, anywhere in the sentence: "Were you there when it
    /// happened?", "Were you at home?".</summary>
    private static readonly string[][][] WereThere =
    [
        [["were"], You, ["there", "present"]],
        [["were"], You, ["at"], ["home"]],
        [["were"], You, ["with"], ["him", "her", "them"]],
    ];

    /// <summary>The question the turn answers asks what someone told the speaker: "What did she tell you?".</summary>
    private static readonly string[][][] WhatTold = [[["what"], Did, ["he", "she", "they"], ["tell"], You]];

    private static readonly string[] No = ["no", "not"];
    private static readonly string[] Yes = ["yes", "yeah"];

    /// <summary>The speaker heard it happen: "I heard the explosion", "we heard it".</summary>
    private static readonly string[][][] Heard = [[["i", "we"], ["heard"]]];

    /// <summary>The speaker heard the event itself: "I heard it, I was three houses away".</summary>
    private static readonly string[][][] HeardIt = [[["i", "we"], ["heard"], ["it"]]];

    /// <summary>
    /// Turns to <see cref="Basis.Hearsay"/> each <see cref="Basis.Witnessed"/> claim of <paramref name="claims"/> from
    /// <paramref name="from"/> on whose turn the interviewer follows with "Did you see it?" or "Were you there?"
    /// answered "No", or which answers "What did he tell you?".
    /// </summary>
    public static void Apply(Document document, List<Claim> claims, int from)
    {
        for (var c = from; c < claims.Count; c++)
        {
            var claim = claims[c];
            if (claim.Basis != Basis.Witnessed || claim.Evidence.IsEmpty)
            {
                continue;
            }

            var start = int.MaxValue;
            var end = 0;
            foreach (var span in claim.Evidence)
            {
                start = Math.Min(start, span.Start);
                end = Math.Max(end, span.End);
            }

            if (AnsweredNo(document, end) || AnswersWhatTold(document, start))
            {
                claims[c] = claim with { Basis = Basis.Hearsay };
            }
        }
    }

    /// <summary>True when the interviewer's next sentences after the speaker's turn that holds the offset
    /// <paramref name="evidenceEnd"/> ask whether the speaker saw it or was there, and the speaker's answer opens with
    /// "No" or "Not" and does not say in its first sentences that the speaker heard it.</summary>
    internal static bool AnsweredNo(Document document, int evidenceEnd)
    {
        var sentences = document.Sentences;
        var s = AnswerToNextQuestion(document, evidenceEnd, seenOrThere: true);
        if (s < 0 || !OpensWith(document, sentences[s], No))
        {
            return false;
        }

        // "No, I heard it from the house": a witness by ear, WITNESSED by CONTRACT.md's "saw or heard it".
        for (var k = 0; k < Defaults.AnswerSentences && s + k < sentences.Count && ClaimClassifier.CanAssert(document.RoleOf(sentences[s + k])); k++)
        {
            if (WordSequence.In(document, sentences[s + k], Heard))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the interviewer's next sentences after the speaker's turn that holds the offset
    /// <paramref name="evidenceEnd"/> ask whether the speaker saw it (<see cref="AsksSight"/>), and the speaker's answer
    /// opens with "Yes" or says in its first sentences that the speaker heard it ("Did you see it?" "I heard it, I was
    /// in the yard."): the mirror of <see cref="AnsweredNo"/>, read by <see cref="WitnessedPresent"/>.</summary>
    internal static bool AnsweredYes(Document document, int evidenceEnd)
    {
        var sentences = document.Sentences;
        var s = AnswerToNextQuestion(document, evidenceEnd, seenOrThere: false);
        if (s < 0 || OpensWith(document, sentences[s], No))
        {
            return false;
        }

        if (OpensWith(document, sentences[s], Yes))
        {
            return true;
        }

        for (var k = 0; k < Defaults.AnswerSentences && s + k < sentences.Count && ClaimClassifier.CanAssert(document.RoleOf(sentences[s + k])); k++)
        {
            if (WordSequence.In(document, sentences[s + k], HeardIt))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first sentence of the speaker's answer to the interviewer's next question after the turn that holds the
    /// offset <paramref name="evidenceEnd"/>, when that question asks whether the speaker saw it (or, with
    /// <paramref name="seenOrThere"/>, was there); else -1.
    /// </summary>
    private static int AnswerToNextQuestion(Document document, int evidenceEnd, bool seenOrThere)
    {
        var sentences = document.Sentences;
        var s = 0;
        while (s < sentences.Count && sentences[s].End <= evidenceEnd)
        {
            s++;
        }

        while (s < sentences.Count && document.RoleOf(sentences[s]) != SpeakerRole.Interviewer)
        {
            s++;
        }

        var asked = false;
        for (; s < sentences.Count && document.RoleOf(sentences[s]) == SpeakerRole.Interviewer; s++)
        {
            asked |= AsksSight(document, sentences[s]) || (seenOrThere && WordSequence.In(document, sentences[s], WereThere));
        }

        return asked && s < sentences.Count && ClaimClassifier.CanAssert(document.RoleOf(sentences[s])) ? s : -1;
    }

    /// <summary>True when the interviewer's sentences just before the speaker's turn that holds the offset
    /// <paramref name="evidenceStart"/> ask what someone told the speaker.</summary>
    internal static bool AnswersWhatTold(Document document, int evidenceStart)
    {
        var sentences = document.Sentences;
        var s = sentences.Count == 0 ? -1 : 0;
        while (s + 1 < sentences.Count && sentences[s + 1].Start <= evidenceStart)
        {
            s++;
        }

        while (s >= 0 && document.RoleOf(sentences[s]) != SpeakerRole.Interviewer)
        {
            s--;
        }

        for (; s >= 0 && document.RoleOf(sentences[s]) == SpeakerRole.Interviewer; s--)
        {
            if (WordSequence.In(document, sentences[s], WhatTold))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="sentence"/> ends (punctuation and a trailing "yourself" aside) with a
    /// question whether the speaker saw the event.</summary>
    private static bool AsksSight(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var last = WordSequence.End(document, sentence) - 1;
        while (last >= sentence.FirstToken && tokens[last].Kind == TokenKind.Punctuation)
        {
            last--;
        }

        if (last >= sentence.FirstToken && tokens[last].Span(document.Text).Equals("yourself", StringComparison.OrdinalIgnoreCase))
        {
            last--;
        }

        return last >= sentence.FirstToken && WordSequence.EndsAt(tokens, document.Text, sentence.FirstToken, last, SawIt);
    }

    /// <summary>True when the first word of <paramref name="sentence"/> is one of <paramref name="words"/>.</summary>
    private static bool OpensWith(Document document, Sentence sentence, string[] words)
    {
        var tokens = document.Tokens;
        var end = WordSequence.End(document, sentence);
        for (var t = sentence.FirstToken; t < end; t++)
        {
            if (tokens[t].Kind == TokenKind.Word)
            {
                return WordList.Contains(tokens[t].Span(document.Text), words);
            }
        }

        return false;
    }

    /// <summary>Default values.</summary>
    internal static class Defaults
    {
        /// <summary>
        /// How many of the answer's first sentences are read for "I heard": out of fold, after such a question and a
        /// "No", the claims with "I/we heard" in the answer's first two sentences are gold WITNESSED 3, EXPERIENCED 1,
        /// HEARSAY 3, the others HEARSAY 26, REPORTED 1 and none WITNESSED or EXPERIENCED (the first sentence alone
        /// leaves one WITNESSED among the others; models/README.md, "Claim-level basis").
        /// </summary>
        public const int AnswerSentences = 2;
    }
}
