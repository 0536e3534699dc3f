namespace TestimonyNlp.Entities.Places;

/// <summary>Distances on the Earth's surface.</summary>
public static class GeoDistance
{
    /// <summary>The mean Earth radius in kilometres (IUGG).</summary>
    public const double EarthRadiusKm = 6371.0088;

    /// <summary>Great-circle (haversine) distance in kilometres between two points given in decimal degrees.</summary>
    public static double Kilometres(double lat1, double lon1, double lat2, double lon2)
    {
        var dLat = double.DegreesToRadians(lat2 - lat1);
        var dLon = double.DegreesToRadians(lon2 - lon1);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(double.DegreesToRadians(lat1)) * Math.Cos(double.DegreesToRadians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
