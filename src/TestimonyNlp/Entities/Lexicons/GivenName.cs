namespace TestimonyNlp.Entities.Lexicons;

/// <summary>Regions whose naming traditions a given name belongs to.</summary>
[Flags]
public enum NameRegions
{
    /// <summary>Not a known given name.</summary>
    None = 0,

    /// <summary>Arabic of the Levant: Syria, Lebanon, Jordan, Palestine (<c>lev</c>).</summary>
    Levant = 1 << 0,

    /// <summary>Arabic of Iraq (<c>irq</c>).</summary>
    Iraq = 1 << 1,

    /// <summary>Arabic of the Gulf and Yemen (<c>gulf</c>).</summary>
    Gulf = 1 << 2,

    /// <summary>Arabic of Sudan, including Darfur (<c>sdn</c>).</summary>
    Sudan = 1 << 3,

    /// <summary>Arabic of Libya (<c>lby</c>).</summary>
    Libya = 1 << 4,

    /// <summary>Kurdish (<c>kur</c>).</summary>
    Kurdish = 1 << 5,

    /// <summary>Turkmen and Turkish (<c>tkm</c>).</summary>
    Turkic = 1 << 6,

    /// <summary>Pashto and Dari (<c>afg</c>).</summary>
    Afghan = 1 << 7,

    /// <summary>Somali (<c>som</c>).</summary>
    Somali = 1 << 8,

    /// <summary>Rohingya (<c>roh</c>).</summary>
    Rohingya = 1 << 9,

    /// <summary>Burmese and other names of Myanmar (<c>mya</c>).</summary>
    Burmese = 1 << 10,

    /// <summary>Ukrainian and Russian (<c>slav</c>).</summary>
    EastSlavic = 1 << 11,

    /// <summary>Spanish as given in Colombia (<c>es</c>).</summary>
    Spanish = 1 << 12,

    /// <summary>English, as borne by international staff (<c>en</c>).</summary>
    English = 1 << 13,

    /// <summary>Every Arabic region (<c>ar</c>).</summary>
    Arabic = Levant | Iraq | Gulf | Sudan | Libya,
}

/// <summary>A given name: the display form of its transliteration group, and its regions.</summary>
/// <param name="Canonical">The group's display form (<c>Mohammed</c> for <c>Muhammad</c>, <c>Mohamad</c>, <c>Mehmet</c>).</param>
/// <param name="Regions">The regions the name is given in.</param>
public sealed record GivenName(string Canonical, NameRegions Regions);

/// <summary>A given name, or a kunya (<c>Abu Yasser</c>, <c>Umm Khalid</c>), found in a text.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="FirstToken">Index of the first token.</param>
/// <param name="LastToken">Index of the last token.</param>
/// <param name="Name">The given name (for a kunya, the name after the prefix).</param>
/// <param name="IsKunya">True for a kunya: a prefix such as <c>Abu</c> or <c>Umm</c> followed by a given name.</param>
public readonly record struct GivenNameMatch(int Start, int End, int FirstToken, int LastToken, GivenName Name, bool IsKunya);
