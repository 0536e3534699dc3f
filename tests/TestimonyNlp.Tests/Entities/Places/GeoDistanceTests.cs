using TestimonyNlp.Entities.Places;

namespace TestimonyNlp.Tests.Entities.Places;

public sealed class GeoDistanceTests
{
    [Fact]
    public void Kilometres_OneDegreeOfLongitudeAtTheEquator_About111Kilometres()
    {
        Assert.Equal(111.195, Math.Round(GeoDistance.Kilometres(0, 0, 0, 1), 3));
    }

    [Fact]
    public void Kilometres_SamePoint_Zero()
    {
        Assert.Equal(0, GeoDistance.Kilometres(36.2, 37.15, 36.2, 37.15));
    }
}
