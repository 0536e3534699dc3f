using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Takes PROPERTY_DAMAGE from a sentence whose only thing struck is a vehicle of an armed side and that names nothing
/// else damaged: "A drone hit a pickup of the militia on the road.", "The rocket struck a car of the Red Wolves." Gold
/// keeps no damage claim for a fighters' own car or truck (corpus/MARKUP.md counts civilian property only) and records
/// such a sentence as the deaths it caused or as nothing; the damage model reads the strike on a car as damage. The
/// vehicle is an armed side's when "of", past a determiner, is followed by a word of <see cref="ArmedSides"/> or an
/// ACTOR mention. Any other damaged thing of <see cref="BurnedPeopleNotDamage.DamagedThing"/> (a market, a motorbike
/// passing) or damage word keeps the damage. Run after <see cref="BurnedPeopleNotDamage"/>. Matched on the token spans:
/// a hyphened word ("pick-up") is one token.
/// </summary>
internal static class ArmedVehicleNotDamage
{
    /// <summary>Vehicles an armed side drives.</summary>
    private static readonly string[] Vehicles = ["car", "cars", "pickup", "pickups", "pick-up", "pick-ups", "truck", "trucks", "vehicle", "vehicles", "humvee", "humvees", "jeep", "jeeps", "convoy"];

    /// <summary>Armed sides that own the vehicle after "of".</summary>
    private static readonly string[] ArmedSides = ["army", "soldiers", "fighters", "militia", "militias", "police", "military", "rebels", "militants"];

    /// <summary>Determiners and qualifiers passed over between "of" and the armed side ("of the army", "of the local fighters").</summary>
    private static readonly string[] PassedOver = ["the", "a", "an", "their", "tribal", "local"];

    /// <summary>Takes PROPERTY_DAMAGE from the sentences of <paramref name="assessments"/> (one per entry of
    /// <see cref="Document.Sentences"/>) that strike only an armed side's vehicle.</summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments) =>
        SentenceHarmTaking.TakeWhere(
            document, assessments, HarmSet.PropertyDamage, HarmSet.None, aloneInRun: false,
            OnlyArmedVehicle);

    /// <summary>Whether <paramref name="sentence"/> names a vehicle of an armed side and no other damaged thing.</summary>
    private static bool OnlyArmedVehicle(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var end = WordSequence.End(document, sentence);
        var armed = false;
        for (var t = sentence.FirstToken; t < end; t++)
        {
            var word = tokens[t].Span(text);
            if (WordList.Contains(word, Vehicles))
            {
                if (!OwnedByArmedSide(document, t + 1, end))
                {
                    return false;
                }

                armed = true;
            }
            else if (WordList.Contains(word, BurnedPeopleNotDamage.DamagedThing) || WordList.StartsWithAny(word, BurnedPeopleNotDamage.DamageStems))
            {
                return false;
            }
        }

        return armed;
    }

    /// <summary>Whether "of" at <paramref name="of"/>, past <see cref="PassedOver"/>, is followed by an armed side.</summary>
    private static bool OwnedByArmedSide(Document document, int of, int end)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        if (of >= end || !tokens[of].Span(text).Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var n = of + 1;
        while (n < end && WordList.Contains(tokens[n].Span(text), PassedOver))
        {
            n++;
        }

        return n < end
            && (WordList.Contains(tokens[n].Span(text), ArmedSides) || document.EntityAt(tokens[n].Start) is { Type: EntityType.Actor });
    }
}
