using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace TestimonyNlp.Review;

/// <summary>
/// Keeps the data-protection keys (which sign login cookies and anti-forgery tokens) in memory only: nothing secret
/// is written to disk, and a restart signs everyone out.
/// </summary>
internal sealed class MemoryXmlRepository : IXmlRepository
{
    private readonly Lock _lock = new();
    private readonly List<XElement> _elements = [];

    /// <inheritdoc />
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        lock (_lock)
        {
            return _elements.Select(e => new XElement(e)).ToArray();
        }
    }

    /// <inheritdoc />
    public void StoreElement(XElement element, string friendlyName)
    {
        lock (_lock)
        {
            _elements.Add(new XElement(element));
        }
    }
}
