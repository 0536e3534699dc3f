namespace TestimonyNlp.Entities.Places;

/// <summary>How closely a written name matched a gazetteer name; the levels of <see cref="PlaceNameFolding"/>.</summary>
public enum PlaceMatchLevel : byte
{
    /// <summary>Equal after lower-casing, removing diacritics and apostrophes and unifying separators.</summary>
    Exact,

    /// <summary>Equal after transliteration folding (articles, endings, doubled letters, vowel spellings).</summary>
    Folded,

    /// <summary>Equal consonant skeletons only: the weakest match, used when nothing closer exists.</summary>
    Skeleton,
}
