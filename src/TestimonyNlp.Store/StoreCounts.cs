namespace TestimonyNlp.Store;

/// <summary>How much the store holds.</summary>
/// <param name="Testimonies">Stored testimonies, superseded versions included.</param>
/// <param name="SupersededTestimonies">Of those, the superseded versions.</param>
/// <param name="Entities">Entities of testimonies that are not superseded (the rows the export writes).</param>
/// <param name="Claims">Claims of testimonies that are not superseded (the rows the export writes).</param>
/// <param name="Sites">Sites.</param>
/// <param name="Incidents">Incidents.</param>
public sealed record StoreCounts(
    long Testimonies,
    long SupersededTestimonies,
    long Entities,
    long Claims,
    long Sites,
    long Incidents);
