using TestimonyNlp.Store;

namespace TestimonyNlp.Tests.Store;

public sealed class ReviewItemRefTests
{
    [Theory]
    [InlineData("entity-12", ReviewItemKind.Entity, 12L)]
    [InlineData("claim-7", ReviewItemKind.Claim, 7L)]
    [InlineData("link-7", ReviewItemKind.IncidentLink, 7L)]
    [InlineData("entity-9223372036854775807", ReviewItemKind.Entity, long.MaxValue)]
    public void Parse_WireForm_ReturnsKindAndRowIdAndRoundTrips(string wire, ReviewItemKind kind, long rowId)
    {
        var item = ReviewItemRef.Parse(wire);

        Assert.Equal(new ReviewItemRef(kind, rowId), item);
        Assert.Equal(wire, item.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("entity")]
    [InlineData("entity-")]
    [InlineData("entity-0")]
    [InlineData("entity-012")]
    [InlineData("entity--3")]
    [InlineData("entity-+3")]
    [InlineData("entity-3 ")]
    [InlineData("Entity-3")]
    [InlineData("incident-3")]
    [InlineData("entity-9223372036854775808")]
    [InlineData("claim-١٢")]
    public void TryParse_NotAWireForm_ReturnsFalse(string wire)
    {
        Assert.False(ReviewItemRef.TryParse(wire, out var item));
        Assert.Equal(default, item);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        Assert.False(ReviewItemRef.TryParse(null, out _));
    }

    [Fact]
    public void Parse_NotAWireForm_ThrowsFormatException()
    {
        var exception = Assert.Throws<FormatException>(() => ReviewItemRef.Parse("entity-x"));

        Assert.Equal("a review item is written entity-N, claim-N, link-N or site-N with N a positive row id", exception.Message);
    }
}
