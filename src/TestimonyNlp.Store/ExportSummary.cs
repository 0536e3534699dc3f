namespace TestimonyNlp.Store;

/// <summary>What an export wrote: the number of data rows (or features) in each file.</summary>
/// <param name="Directory">The folder the files were written to.</param>
/// <param name="Testimonies">Rows of <c>testimonies.csv</c>.</param>
/// <param name="Entities">Rows of <c>entities.csv</c>.</param>
/// <param name="Claims">Rows of <c>claims.csv</c>.</param>
/// <param name="Incidents">Rows of <c>incidents.csv</c>.</param>
/// <param name="Sites">Rows of <c>sites.csv</c>.</param>
/// <param name="MappedSites">Features of <c>sites.geojson</c>: the sites with coordinates.</param>
public sealed record ExportSummary(
    string Directory,
    long Testimonies,
    long Entities,
    long Claims,
    long Incidents,
    long Sites,
    long MappedSites);
