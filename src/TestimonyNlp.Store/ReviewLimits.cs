namespace TestimonyNlp.Store;

/// <summary>Bounds the review store puts on what it is given.</summary>
public static class ReviewLimits
{
    /// <summary>The longest login name.</summary>
    public const int MaxUserNameLength = 64;

    /// <summary>The longest normalised form a reviewer may write.</summary>
    public const int MaxNormalizedLength = 1000;
}
