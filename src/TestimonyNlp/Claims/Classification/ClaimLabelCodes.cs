using System.Globalization;
using TestimonyNlp.Model;

namespace TestimonyNlp.Claims.Classification;

/// <summary>The string labels the ML.NET models are trained on: harm sets as their bit values, bases by name.</summary>
public static class ClaimLabelCodes
{
    /// <summary>The harm code of a sentence that asserts no harm.</summary>
    public const string NoHarm = "0";

    /// <summary>The harm code of <paramref name="harms"/>: its bit value in decimal (<c>3</c> is killed and injured).</summary>
    public static string Harm(HarmSet harms) => harms == HarmSet.None ? NoHarm : ((int)harms).ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads a harm code; an unknown code is no harm.</summary>
    public static HarmSet ParseHarm(ReadOnlySpan<char> code) =>
        int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is > 0 and < 64 ? (HarmSet)value : HarmSet.None;

    /// <summary>The wire name of a basis (<c>WITNESSED</c>, ...).</summary>
    public static string Basis(Basis basis) => basis switch
    {
        Model.Basis.Witnessed => "WITNESSED",
        Model.Basis.Experienced => "EXPERIENCED",
        Model.Basis.Hearsay => "HEARSAY",
        Model.Basis.Reported => "REPORTED",
        _ => throw new ArgumentOutOfRangeException(nameof(basis)),
    };

    /// <summary>Reads a basis wire name.</summary>
    public static Basis? ParseBasis(ReadOnlySpan<char> name) => name switch
    {
        "WITNESSED" => Model.Basis.Witnessed,
        "EXPERIENCED" => Model.Basis.Experienced,
        "HEARSAY" => Model.Basis.Hearsay,
        "REPORTED" => Model.Basis.Reported,
        _ => null,
    };
}
