namespace TestimonyNlp.Model;

/// <summary>What kind of characters a token is made of.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters, with inner apostrophes, hyphens or periods (<c>Sa'ad</c>, <c>al-Rashidiya</c>, <c>U.S.</c>).</summary>
    Word,

    /// <summary>A number, with grouping or decimals (<c>12,000</c>, <c>1.5</c>).</summary>
    Number,

    /// <summary>A numeric date (<c>4/11/2016</c>, <c>2019-04-02</c>).</summary>
    Date,

    /// <summary>A clock time (<c>1pm</c>, <c>14:30</c>, <c>01:12:05</c>).</summary>
    Time,

    /// <summary>Letters and digits mixed (<c>W-042</c>, <c>3rd</c>).</summary>
    Alphanumeric,

    /// <summary>A bracketed transcriber note taken whole (<c>[inaudible]</c>).</summary>
    Note,

    /// <summary>A single punctuation mark or a run of the same mark (<c>...</c>, <c>--</c>).</summary>
    Punctuation,

    /// <summary>Any other symbol.</summary>
    Symbol,
}

/// <summary>A token: a slice of the text, never a copy of it.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="Kind">What the token is made of.</param>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>The token's characters in <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> Span(string text) => text.AsSpan(Start, Length);
}

/// <summary>A sentence: a run of tokens inside one speaker turn.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="FirstToken">Index of the first token in <see cref="Document.Tokens"/>.</param>
/// <param name="TokenCount">Number of tokens.</param>
/// <param name="Segment">Index of the segment the sentence starts in, in <see cref="Testimony.Segments"/>.</param>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount, int Segment);
