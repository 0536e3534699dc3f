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
/// A disappearance voted witnessed below the floor takes HEARSAY on its evidence alone, whatever the lean, when no
/// first-person word is in it (see <see cref="Keep"/>).
/// </summary>
internal static class HearsayLeanUnseen
{
    /// <summary>The speaker as a subject, alone or in a contraction the tokenizer keeps whole.</summary>
    private static readonly string[] FirstSubjects =
        ["i", "we", "i'm", "i've", "i'd", "i'll", "we're", "we've", "we'd", "we'll"];

    /// <summary>The speaker in any role: a subject, an object or an owner.</summary>
    private static readonly string[] FirstPerson =
        [.. FirstSubjects, "me", "us", "my", "our", "mine", "ours", "myself", "ourselves"];

    /// <summary>
    /// The basis a claim whose sentences voted <paramref name="vote"/> keeps when the model chose
    /// <paramref name="lean"/> below its floor: <see cref="Basis.Hearsay"/> for a witnessed vote against a hearsay lean
    /// with the speaker nowhere in <paramref name="evidence"/> (sentence indices, ascending) nor in the speaker's
    /// <see cref="Defaults.Sentences"/> sentences either side of it, else the vote. A <see cref="Harm.Missing"/> claim
    /// is read by its evidence alone, whatever the lean: a disappearance is told by what has not happened since
    /// ("Nobody has heard of them."), so the sentences around it say nothing of who saw the taking, but one voted
    /// witnessed with no first-person word at all in its evidence (no I, we, me, us, my, our ...: "Rami never came
    /// back. Nobody knows where he is.") is most often what the family or the neighbours told, while "we have heard
    /// nothing" or "my brother" keeps the vote. Out of fold that part turns 14 matched claims, gold HEARSAY 11,
    /// EXPERIENCED 2 and REPORTED 1, none of them gold WITNESSED (models/README.md, "Claim-level basis").
    /// </summary>
    public static Basis? Keep(Document document, ReadOnlySpan<int> evidence, Harm harm, Basis? vote, Basis lean)
    {
        if (harm == Harm.Missing)
        {
            return vote == Basis.Witnessed && !evidence.IsEmpty && !AnyHas(document, evidence, FirstPerson) ? Basis.Hearsay : vote;
        }

        if (vote != Basis.Witnessed || lean != Basis.Hearsay || evidence.IsEmpty || AnyHas(document, evidence, FirstSubjects))
        {
            return vote;
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

    private static bool HasSpeaker(Document document, int s) => Has(document, s, FirstSubjects);

    private static bool AnyHas(Document document, ReadOnlySpan<int> sentences, string[] words)
    {
        foreach (var s in sentences)
        {
            if (Has(document, s, words))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Has(Document document, int s, string[] words)
    {
        var sentence = document.Sentences[s];
        var tokens = document.Tokens;
        var end = WordSequence.End(document, sentence);
        for (var t = sentence.FirstToken; t < end; t++)
        {
            if (WordList.Contains(tokens[t].Span(document.Text), words))
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
