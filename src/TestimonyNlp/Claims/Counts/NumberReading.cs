namespace TestimonyNlp.Claims.Counts;

/// <summary>How a number is written.</summary>
public enum NumberForm
{
    /// <summary>Digits: <c>12</c>, <c>1,200</c>, <c>3 thousand</c>.</summary>
    Digits,

    /// <summary>Words: <c>seven</c>, <c>twenty-two</c>, <c>a hundred and five</c>, <c>a dozen</c>, <c>a couple</c>.</summary>
    Words,

    /// <summary>A collective plural with only a lower bound: <c>dozens</c>, <c>hundreds</c>, <c>thousands</c>, <c>tens</c>.</summary>
    Collective,
}

/// <summary>A number read from tokens.</summary>
/// <param name="Min">The value, or the lower bound of a collective plural (<c>dozens</c> is 24).</param>
/// <param name="Max">The value, or null for a collective plural.</param>
/// <param name="FirstToken">Index of the first token of the number.</param>
/// <param name="TokenCount">Number of tokens the number spans.</param>
/// <param name="Form">How it is written.</param>
public readonly record struct NumberReading(int Min, int? Max, int FirstToken, int TokenCount, NumberForm Form)
{
    /// <summary>Index just past the last token of the number.</summary>
    public int EndToken => FirstToken + TokenCount;
}
