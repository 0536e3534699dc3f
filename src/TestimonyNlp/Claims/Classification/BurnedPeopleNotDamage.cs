using System.Text.RegularExpressions;
using TestimonyNlp.Model;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Takes PROPERTY_DAMAGE from a sentence whose "burned" is told of people and that names nothing else damaged: "Two
/// men inside, they burned.", "it burned her", "her arm burned to the bone". The damage model reads "burned" as damage;
/// gold records such a sentence as the killing or the wound, or as nothing: no gold damage sentence of the train
/// transcripts matches the rule. Out of fold it took 10 false damage claims away and no right one (models/README.md,
/// "Claim classifiers", the damage false claims). Run after <see cref="NoHarmTold"/>.
/// </summary>
internal static class BurnedPeopleNotDamage
{
    /// <summary>A burn told of people: a person or one's limb at most 25 characters before it ("the soldiers inside,
    /// three, they burned", "his back and it burned") and with nothing burned after it ("the men burned the machinery" is
    /// damage), or a person right after it ("burned her"). 25 characters is the widest gap of the error analysis;
    /// "they" and a bare "them" are left out, said of houses as often as of people ("some of them" is kept).</summary>
    private static readonly Regex PeopleBurned = new(
        @"\b(?:(?:he|she|of them|people|men|women|man|woman|boys|girls|children|child|baby|soldiers|driver|others|(?:his|her|my|their) (?:arms?|back|face|legs?|hands?|skin|body|feet|foot|head))\b[^.;:?!]{0,25}?\bburn(?:ed|t|ing)?\b(?! (?:the|a|an|his|their|our|my|its?|them|all|everything|down)\b)|\bburn(?:ed|t|s)? (?:her|him|me|us)\b)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Anything a damage claim is told of (the claim builder's property nouns, the goods, crops, animals and
    /// shelters of the error analysis) and the other damage words: any of them keeps the damage.</summary>
    private static readonly Regex DamagedThing = new(
        @"\b(?:houses?|homes?|flats?|apartments?|shops?|stores?|bakery|mill|pharmacy|school|mosque|church|clinic|hospital|markets?|workshop|factory|warehouses?|buildings?|cars?|trucks?|boats?|tents?|farms?|kiosks?|restaurant|garages?|office|compound|well|trees|press|tractors?|kitchen|hotel|station|vans?|pickups?|motorbikes?|moto|bus|minibus|vehicles?|granar(?:y|ies)|silos|hangar|stalls|cranes|bridge|barns?|sheds?|hay|crops|wheat|fields?|olives|shelters?|tukuls?|hives|machines|machinery|greenhouses?|village|villages|town|everything|roof|walls?|windows?|doors?|rooms?|destroy\w*|damag\w*|collaps\w*|flatten\w*|ruin\w*|rubble|looted|torched)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Takes PROPERTY_DAMAGE from the sentences of <paramref name="assessments"/> (one per entry of
    /// <see cref="Document.Sentences"/>) whose burn is told of people and that name nothing damaged.</summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments) =>
        SentenceHarmTaking.TakeWhere(
            document, assessments, HarmSet.PropertyDamage, HarmSet.None, aloneInRun: false,
            Tells);

    private static bool Tells(Document document, Sentence sentence)
    {
        var text = document.Text.AsSpan(sentence.Start, sentence.End - sentence.Start);
        return PeopleBurned.IsMatch(text) && !DamagedThing.IsMatch(text);
    }
}
