using TestimonyNlp.Model;

namespace TestimonyNlp.Claims.Classification;

/// <summary>The basis labels the ML.NET basis model is trained on: CONTRACT.md wire names.</summary>
public static class BasisLabels
{
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
