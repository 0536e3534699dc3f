using TestimonyNlp.Model;

namespace TestimonyNlp.Claims.Building;

/// <summary>
/// Which drafts of one document become one claim: a harm the annotators fold into another one its every sentence also
/// asserts (an injury in detention, a flight told with a killing), and a later mention of a harm that merges into an
/// earlier claim when nothing conflicts and something ties them.
/// </summary>
internal static class MentionMerge
{
    /// <summary>Settings of the merge.</summary>
    public static class Defaults
    {
        /// <summary>Most sentences from a toll to a smaller count that names some of its victims and merges into it.</summary>
        public const int EnumerationGap = 1;
    }

    /// <summary>
    /// True when the draft's harm is one the annotators fold into another harm its every sentence also asserts:
    /// ill-treatment in detention ("they kept him a month and beat him") is part of the detention claim, a flight
    /// told in the same sentences as a killing, an injury, an arrest or a disappearance is no claim of its own (in the
    /// gold claims, an injury shares its evidence with a detention twice in 484 detentions, a flight with any of those
    /// never). Damage told in the sentence of a killing stays a claim of its own ("destroyed our building and killed
    /// four"), as "seven killed and twenty injured" is two claims: folding it in gained a little out of fold, but loses
    /// what the witness asserts.
    /// </summary>
    public static bool FoldedIn(DocumentLayout layout, ReadOnlySpan<SentenceAssessment> sentences, ClaimDraft draft)
    {
        var into = draft.Harm switch
        {
            Harm.Injured => HarmSet.Detained,
            Harm.Displaced => HarmSet.Killed | HarmSet.Injured | HarmSet.Missing | HarmSet.Detained,
            _ => HarmSet.None,
        };
        if (into == HarmSet.None)
        {
            return false;
        }

        var last = layout.SentenceOf(draft.Last - 1);
        for (var s = layout.SentenceOf(draft.First); s <= last; s++)
        {
            if ((sentences[s].Harms & into) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="later"/>, a mention of the same harm, merges into <paramref name="earlier"/>:
    /// nothing conflicts (weapon, party, a date or a new attack told between them, dates, site, count) and something
    /// ties them (a named victim, the site, dates given in both, or the count).</summary>
    public static bool CanMerge(DocumentLayout layout, ClaimDraft earlier, ClaimDraft later)
    {
        if (earlier.Harm == Harm.PropertyDamage)
        {
            // Damage told again is most often other property (one claim per house, shop or car): of the damage
            // spans the builder merged under cross-validation, 38 joined two gold claims and 13 one.
            return false;
        }

        if (earlier.Weapon is { } w1 && later.Weapon is { } w2 && w1 != w2)
        {
            return false;
        }

        // A crowd's exodus and the speaker's own flight, cut apart in the run (RunCuts.ChangesParty), stay apart.
        if (earlier.Harm == Harm.Displaced
            && RunCuts.ChangesParty(layout, layout.SentenceOf(earlier.First), layout.SentenceOf(earlier.Last - 1), layout.SentenceOf(later.First)))
        {
            return false;
        }

        if (RunCuts.ToldAtAnotherTimeBetween(layout, earlier.Last, earlier.Date, later.First) || RunCuts.ToldAgainBetween(layout, earlier.Last, later.First))
        {
            return false;
        }

        if (earlier.Date is { From: { } f1, To: { } t1 } && later.Date is { From: { } f2, To: { } t2 } && (f1 > t2 || f2 > t1))
        {
            return false;
        }

        var sameSite = false;
        if (earlier.Site is { } s1 && later.Site is { } s2)
        {
            sameSite = layout.SamePlace(s1, s2);
            if (!sameSite)
            {
                return false;
            }
        }

        // A smaller count in the next sentence names some of the victims of the toll ("17 bodies. Muhammad Hamouda, he was
        // sixty-five, and his wife"); a larger, an additive ("three more") or a later one is another toll.
        if (earlier.Min is { } m1 && later.Min is { } m2 && m1 != m2
            && (m2 > (earlier.Max ?? int.MaxValue) || later.Additive
                || layout.SentenceOf(later.First) - layout.SentenceOf(earlier.Last - 1) > Defaults.EnumerationGap))
        {
            return false;
        }

        var sameNamed = false;
        foreach (var id in later.Named)
        {
            foreach (var other in earlier.Named)
            {
                sameNamed |= layout.SamePerson(id, other);
            }
        }

        var sameDate = earlier.DateInEvidence && later.DateInEvidence;
        var sameCount = earlier.Min is not null && earlier.Min == later.Min && earlier.Max == later.Max;
        return sameNamed || sameSite || sameDate || sameCount;
    }
}
