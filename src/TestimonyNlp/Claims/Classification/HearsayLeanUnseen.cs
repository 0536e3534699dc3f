using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Below the basis model's floor (<see cref="ClaimBasisModel.Defaults.SentenceVoteBelow"/>) a claim keeps the basis its
/// sentences voted for; this keeps the model's HEARSAY instead of a WITNESSED vote when the speaker is nowhere in the
/// account around the claim: no I or we in its evidence nor in the speaker's sentences just before and after it
/// ("The old man and his two sons died there. The shop burned to the ground.", told after the interviewer asked about
/// the speaker's cousin). The sentence models read a harm told plainly as seen, and the model, which weighs the
/// sentences around it, leans to hearsay but not surely enough; whether the speaker is in the account at all is what
/// parts the two. Out of fold, the rule turns 27 matched claims, gold HEARSAY 19 and WITNESSED 8, where the same lean
/// with the speaker in the account is gold WITNESSED more often than HEARSAY (models/README.md, "Claim-level basis").
/// </summary>
internal static class HearsayLeanUnseen
{
    /// <summary>The speaker as a subject, alone or in a contraction the tokenizer keeps whole.</summary>
    private static readonly string[] FirstSubjects =
        ["i", "we", "i'm", "i've", "i'd", "i'll", "we're", "we've", "we'd", "we'll"];

    /// <summary>
    /// The basis a claim whose sentences voted <paramref name="vote"/> keeps when the model chose
    /// <paramref name="lean"/> below its floor: <see cref="Basis.Hearsay"/> for a witnessed vote against a hearsay lean
    /// with the speaker nowhere in <paramref name="evidence"/> (sentence indices, ascending) nor in the speaker's
    /// <see cref="Defaults.Sentences"/> sentences either side of it, else the vote. Not for a
    /// <see cref="Harm.Missing"/> claim: a disappearance is told by what has not happened since ("Nobody has heard of
    /// them."), with no I or we whoever saw the taking.
    /// </summary>
    public static Basis? Keep(Document document, ReadOnlySpan<int> evidence, Harm harm, Basis? vote, Basis lean)
    {
        if (vote != Basis.Witnessed || lean != Basis.Hearsay || harm == Harm.Missing || evidence.IsEmpty)
        {
            return vote;
        }

        foreach (var s in evidence)
        {
            if (HasSpeaker(document, s))
            {
                return vote;
            }
        }

        var sentences = document.Sentences;
        for (var s = evidence[0] - 1; s >= 0 && evidence[0] - s <= Defaults.Sentences && document.RoleOf(sentences[s]) != SpeakerRole.Interviewer; s--)
        {
            if (HasSpeaker(document, s))
            {
                return vote;
            }
        }

        for (var s = evidence[^1] + 1; s < sentences.Count && s - evidence[^1] <= Defaults.Sentences && document.RoleOf(sentences[s]) != SpeakerRole.Interviewer; s++)
        {
            if (HasSpeaker(document, s))
            {
                return vote;
            }
        }

        return Basis.Hearsay;
    }

    private static bool HasSpeaker(Document document, int s)
    {
        var sentence = document.Sentences[s];
        var tokens = document.Tokens;
        var end = WordSequence.End(document, sentence);
        for (var t = sentence.FirstToken; t < end; t++)
        {
            if (WordList.Contains(tokens[t].Span(document.Text), FirstSubjects))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Default values.</summary>
    internal static class Defaults
    {
        /// <summary>
        /// How many of the speaker's sentences either side of the evidence are read (not past an interviewer's
        /// sentence): out of fold, right bases 3,452 without the rule, 3,456 reading the evidence alone, 3,459 one
        /// sentence either side, 3,463 two, 3,462 three, 3,460 four (models/README.md, "Claim-level basis"); two lies
        /// inside the span that gains.
        /// </summary>
        public const int Sentences = 2;
    }
}
