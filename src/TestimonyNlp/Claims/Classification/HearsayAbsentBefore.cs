using TestimonyNlp.Model;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Makes a claim HEARSAY that was given WITNESSED when the speaker, in the sentences just before its evidence, says
/// they were not there or names who told them what follows ("I was not there. The roof fell on the family of the
/// baker.", "My aunt told us everything at the wedding. The shells fell on the school for two days."). The sentence
/// models read a harm told plainly as seen; <see cref="HearsayToldAfter"/> reads only after the evidence, and
/// <see cref="HearsayAbsentAtTaking"/> only before a disappearance. Out of fold the rule turns 5 matched claims, all
/// gold HEARSAY (models/README.md, "Claim-level basis").
/// </summary>
internal static class HearsayAbsentBefore
{
    /// <summary>What this rule looks for before the evidence: the speaker's absence, "I know from", "told me
    /// everything".</summary>
    private static readonly string[][][][] AbsenceOrTeller =
        [HearsayAbsentAtTaking.NotThere, HearsayToldAfter.KnownFrom, HearsayToldAfter.ToldIt];

    /// <summary>
    /// Turns to <see cref="Basis.Hearsay"/> each <see cref="Basis.Witnessed"/> claim of <paramref name="claims"/> from
    /// <paramref name="from"/> on whose speaker says, in one of the <see cref="HearsayAbsentAtTaking.Defaults.Sentences"/>
    /// sentences right before its evidence (not past the interviewer), that they were not there, that they know it from
    /// someone, or that someone told them all of it.
    /// </summary>
    public static void Apply(Document document, List<Claim> claims, int from) =>
        HearsayAbsentAtTaking.TurnWhereSaidBefore(
            document,
            claims,
            from,
            static claim => claim.Basis == Basis.Witnessed,
            AbsenceOrTeller);
}
