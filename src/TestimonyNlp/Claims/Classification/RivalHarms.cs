using TestimonyNlp.Claims.Building;
using TestimonyNlp.Model;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Takes from a sentence the classifiers give two harms the one they barely gave, when they are sure of the other and
/// the sentence names no word of the first (<see cref="HarmWords"/>): "The windows of the flat came in and Rami was cut
/// on the arms by glass." is an injury, not damage as well; "Then we left for Tyre, after the shells fell near the
/// school." a flight, not damage. Gold gives one sentence two harms seldom (in the train gold, claims of two harms
/// share evidence 49 times outside killings with injuries, against 80 times for those), and a harm only just over its
/// threshold beside a sure one is mostly the other's words read as its own; out of fold the rule took 10 false claims
/// away and kept as many right ones (models/README.md, "Claim classifiers", the rival harms). Never between a killing and an
/// injury ("two were killed and five wounded"), and a disappearance is not taken for a detention: the taking opens the
/// account of a disappearance ("they took him at the checkpoint, and since then nothing"). A strike told falling on
/// property (<see cref="DamageToldByStrike"/>) names its damage, as a word of damage would. Only harms the classifiers
/// gave are weighed: a harm a rule gave has its own evidence. Run last of the rules on the harms.
/// </summary>
internal static class RivalHarms
{
    /// <summary>Takes from the sentences of <paramref name="assessments"/> (one per entry of
    /// <see cref="Document.Sentences"/>) a harm whose probability in <paramref name="harmProbabilities"/>
    /// (<see cref="ClaimClassifier.HarmCount"/> per sentence, in <see cref="Harm"/> order) is under its threshold in
    /// <paramref name="thresholds"/> plus <see cref="Defaults.BareMargin"/>, when another harm of the sentence has at
    /// least <see cref="Defaults.Sure"/> and no word of the sentence names the first.</summary>
    public static void Apply(
        Document document,
        Span<SentenceAssessment> assessments,
        ReadOnlySpan<float> harmProbabilities,
        ReadOnlySpan<float> thresholds)
    {
        for (var s = 0; s < assessments.Length; s++)
        {
            var harms = assessments[s].Harms;
            if (!HasTwo(harms))
            {
                continue;
            }

            var probabilities = harmProbabilities.Slice(s * ClaimClassifier.HarmCount, ClaimClassifier.HarmCount);
            var taken = HarmSet.None;
            for (var weak = 0; weak < ClaimClassifier.HarmCount; weak++)
            {
                var weakHarm = (Harm)weak;
                if ((harms & HarmSets.Of(weakHarm)) == HarmSet.None
                    || probabilities[weak] < thresholds[weak]
                    || probabilities[weak] >= thresholds[weak] + Defaults.BareMargin
                    || !HasSureRival(harms, weakHarm, probabilities)
                    || Names(document, s, weakHarm))
                {
                    continue;
                }

                taken |= HarmSets.Of(weakHarm);
            }

            if (taken != HarmSet.None)
            {
                assessments[s] = assessments[s].Without(taken);
            }
        }
    }

    /// <summary>True when another harm of <paramref name="harms"/> that may stand against <paramref name="weak"/> has
    /// at least <see cref="Defaults.Sure"/>.</summary>
    private static bool HasSureRival(HarmSet harms, Harm weak, ReadOnlySpan<float> probabilities)
    {
        for (var sure = 0; sure < ClaimClassifier.HarmCount; sure++)
        {
            var sureHarm = (Harm)sure;
            if (sureHarm != weak
                && (harms & HarmSets.Of(sureHarm)) != HarmSet.None
                && probabilities[sure] >= Defaults.Sure
                && AreRivals(sureHarm, weak))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a sure <paramref name="sure"/> may take a bare <paramref name="weak"/>: not a killing and an
    /// injury, told together in one sentence as often as not, and not a detention a disappearance.</summary>
    private static bool AreRivals(Harm sure, Harm weak) => (sure, weak) switch
    {
        (Harm.Killed, Harm.Injured) or (Harm.Injured, Harm.Killed) => false,
        (Harm.Detained, Harm.Missing) => false,
        _ => true,
    };

    private static bool HasTwo(HarmSet harms) => ((int)harms & ((int)harms - 1)) != 0;

    private static bool Names(Document document, int sentence, Harm harm)
    {
        // A strike told falling on property is damage by its own words ("One rocket fell on the house of X, his wife
        // died."), however bare the damage model's score beside the death
        if (harm == Harm.PropertyDamage && DamageToldByStrike.Tells(document, document.Sentences[sentence]))
        {
            return true;
        }

        foreach (var token in document.SentenceTokens(sentence))
        {
            if (token.Kind == TokenKind.Word && HarmWords.Names(harm, token.Span(document.Text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Defaults of the rule.</summary>
    public static class Defaults
    {
        /// <summary>The probability at which the classifiers are sure of a harm.</summary>
        public const float Sure = 0.85f;

        /// <summary>How far over its threshold a harm is barely given.</summary>
        public const float BareMargin = 0.25f;
    }
}
