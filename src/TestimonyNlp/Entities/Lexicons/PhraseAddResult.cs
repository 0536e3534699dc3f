namespace TestimonyNlp.Entities.Lexicons;

/// <summary>What <see cref="PhraseSpotter{TPayload}.Builder.Add(string, TPayload, bool)"/> did with a phrase.</summary>
public enum PhraseAddResult
{
    /// <summary>The phrase was added.</summary>
    Added,

    /// <summary>The phrase folds to one already added with an equal payload; nothing changed.</summary>
    AlreadyPresent,

    /// <summary>The phrase folds to one already added with a different payload; nothing changed.</summary>
    Conflict,

    /// <summary>The phrase has no tokens.</summary>
    Empty,

    /// <summary>The phrase has a token that can never match (punctuation, a symbol, a note), or more parts than a
    /// phrase may have.</summary>
    Unmatchable,
}
