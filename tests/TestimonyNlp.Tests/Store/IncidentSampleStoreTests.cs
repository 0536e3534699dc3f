using TestimonyNlp.Tests.Support;
using static TestimonyNlp.Tests.Store.IncidentReviewSamples;

namespace TestimonyNlp.Tests.Store;

/// <summary>The store every incident review test starts from: <see cref="IncidentReviewSamples"/> linked into a
/// fresh SQLite file, removed after the test.</summary>
public abstract class IncidentSampleStoreTests : IDisposable
{
    protected static readonly DateTimeOffset Now = new(2026, 3, 4, 9, 0, 0, TimeSpan.Zero);

    protected IncidentSampleStoreTests()
    {
        StorePath = Folder.File("incidents.db");
        Create(StorePath);
    }

    /// <summary>The test's own folder, for the store and any output.</summary>
    private protected TempDirectory Folder { get; } = new();

    /// <summary>The store file.</summary>
    protected string StorePath { get; }

    public void Dispose()
    {
        Folder.Dispose();
        GC.SuppressFinalize(this);
    }
}
