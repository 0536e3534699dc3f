namespace TestimonyNlp.Store;

/// <summary>What <see cref="ReviewedAnnotationExport"/> wrote.</summary>
/// <param name="AnnotationsPath">The JSON Lines file (<c>reviewed.jsonl</c>).</param>
/// <param name="Testimonies">Lines written: testimonies with at least one reviewed entity or claim.</param>
/// <param name="Entities">Entities written (rejected ones are left out).</param>
/// <param name="Claims">Claims written (rejected ones are left out).</param>
/// <param name="Reviewed">Entities and claims written that a reviewer accepted or corrected.</param>
/// <param name="Incomplete">Entities and claims left out because the annotation format cannot hold them: a
/// WEAPON without category, a claim without basis or evidence.</param>
/// <param name="Rejected">Rejected entities and claims written to the lines' <c>"rejected"</c> field, as
/// negatives for training.</param>
public sealed record AnnotationExportSummary(
    string AnnotationsPath, int Testimonies, int Entities, int Claims, int Reviewed, int Incomplete, int Rejected);

/// <summary>What <see cref="ReviewedCsvExport"/> wrote: data rows per file.</summary>
/// <param name="Directory">The folder of the files.</param>
/// <param name="Testimonies">Rows of <c>testimonies.csv</c>: the current testimonies.</param>
/// <param name="Entities">Rows of <c>entities.csv</c>: entities not rejected.</param>
/// <param name="Claims">Rows of <c>claims.csv</c>: claims not rejected.</param>
/// <param name="Incidents">Rows of <c>incidents.csv</c>.</param>
/// <param name="Pseudonyms">Distinct pseudonyms given to people; 0 without pseudonymisation.</param>
public sealed record ReviewedCsvSummary(
    string Directory, long Testimonies, long Entities, long Claims, long Incidents, int Pseudonyms);
