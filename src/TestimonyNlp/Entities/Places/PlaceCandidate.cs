namespace TestimonyNlp.Entities.Places;

/// <summary>A gazetteer entry a written name may refer to.</summary>
/// <param name="Entry">The place.</param>
/// <param name="Level">How closely the written name matched.</param>
/// <param name="MatchedName">The gazetteer name (primary name, variant or alias) it matched.</param>
/// <param name="ViaAlias">True when the matched name is a hand-written alias or exonym.</param>
public sealed record PlaceCandidate(PlaceEntry Entry, PlaceMatchLevel Level, string MatchedName, bool ViaAlias);
