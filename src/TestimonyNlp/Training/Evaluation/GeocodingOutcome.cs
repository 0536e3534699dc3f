namespace TestimonyNlp.Training.Evaluation;

/// <summary>What the pipeline did with one gold gazetteer place.</summary>
public enum GeocodingOutcome
{
    /// <summary>The predicted place lies within the distance allowed of the gold entry (or has its GeoNames id).</summary>
    Correct,

    /// <summary>The predicted place is geocoded elsewhere.</summary>
    Wrong,

    /// <summary>A PLACE was predicted at the span but without coordinates.</summary>
    NotGeocoded,

    /// <summary>No PLACE was predicted at or overlapping the span.</summary>
    MissedEntity,
}
