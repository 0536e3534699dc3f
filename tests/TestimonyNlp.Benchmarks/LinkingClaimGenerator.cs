using System.Collections.Immutable;
using System.Globalization;
using TestimonyNlp.Linking.Incidents;
using TestimonyNlp.Model;

namespace TestimonyNlp.Benchmarks;

/// <summary>
/// Generates claims for incident linking benchmarks with a fixed seed: testimonies of one to three events, each
/// event told in one to three claims (killed, injured, damage) close together in the text; about 30% of the
/// events a testimony tells are also told by another testimony. Events fall over ten years, at about 2,000 towns
/// in 50 governorates (a neighbourhood of the town half the time); some claims have no date, some a month, some
/// no site; weapons, actors, named victims and the places named in the evidence are given part of the time.
/// </summary>
internal static class LinkingClaimGenerator
{
    private const int Governorates = 50;
    private const int TownsPerGovernorate = 40;
    private const int NeighbourhoodsPerTown = 6;
    private const int Days = 3653;
    private const int Names = 20_000;
    private static readonly DateOnly FirstDay = new(2012, 1, 1);
    private static readonly string[] Actors = ["Army", "Air Force", "Militia A", "Militia B", "Coalition", "Insurgents"];

    /// <summary>Exactly <paramref name="count"/> claims, keys 0 to count - 1.</summary>
    public static List<LinkClaim> Generate(int count, int seed = 20_240_601)
    {
        var random = new Random(seed);
        var claims = new List<LinkClaim>(count);
        var events = new List<Event>();
        var testimony = 0;
        while (claims.Count < count)
        {
            var testimonyId = "t" + testimony.ToString(CultureInfo.InvariantCulture);
            // One witness in twenty gives a second interview.
            var witness = testimony > 0 && random.NextDouble() < 0.05
                ? "w" + random.Next(testimony).ToString(CultureInfo.InvariantCulture)
                : "w" + testimony.ToString(CultureInfo.InvariantCulture);
            var offset = 200;
            var told = 1 + random.Next(3);
            for (var e = 0; e < told && claims.Count < count; e++)
            {
                var shared = events.Count > 0 && random.NextDouble() < 0.3;
                var incident = shared ? events[events.Count - 1 - random.Next(Math.Min(events.Count, 500))] : NewEvent(random);
                if (!shared)
                {
                    events.Add(incident);
                }

                var parts = 1 + random.Next(3);
                for (var p = 0; p < parts && claims.Count < count; p++)
                {
                    claims.Add(Tell(random, claims.Count, testimonyId, witness, incident, (Harm)(p == 2 ? 5 : p), offset));
                    offset += 120 + random.Next(200);
                }

                offset += 1500;
            }

            testimony++;
        }

        return claims;
    }

    private static Event NewEvent(Random random)
    {
        var governorate = random.Next(Governorates);
        var town = random.Next(TownsPerGovernorate);
        var names = random.NextDouble() < 0.3
            ? ImmutableArray.Create("n" + random.Next(Names).ToString(CultureInfo.InvariantCulture))
            : [];
        return new Event(
            FirstDay.AddDays(random.Next(Days)),
            governorate,
            town,
            random.Next(NeighbourhoodsPerTown),
            (WeaponCategory)random.Next(14),
            Actors[random.Next(Actors.Length)],
            1 + random.Next(30),
            names);
    }

    private static LinkClaim Tell(Random random, int key, string testimony, string witness, Event e, Harm harm, int offset)
    {
        var governorate = "s-g" + e.Governorate.ToString(CultureInfo.InvariantCulture);
        var town = governorate + "-t" + e.Town.ToString(CultureInfo.InvariantCulture);
        string? site = null;
        ImmutableArray<string> ancestors = [];
        var where = random.NextDouble();
        if (where < 0.45)
        {
            site = town + "-n" + e.Neighbourhood.ToString(CultureInfo.InvariantCulture);
            ancestors = [town, governorate, "s-c"];
        }
        else if (where < 0.85)
        {
            site = town;
            ancestors = [governorate, "s-c"];
        }
        else if (where < 0.9)
        {
            site = governorate;
            ancestors = ["s-c"];
        }

        DateOnly? from = null, to = null;
        var when = random.NextDouble();
        if (when < 0.75)
        {
            from = to = e.Day.AddDays(random.NextDouble() < 0.1 ? 1 : 0);
        }
        else if (when < 0.9)
        {
            from = new DateOnly(e.Day.Year, e.Day.Month, 1);
            to = from.Value.AddMonths(1).AddDays(-1);
        }

        var toll = harm == Harm.PropertyDamage ? (int?)null : e.Toll + (random.NextDouble() < 0.2 ? random.Next(3) : 0);
        var evidencePlaces = EvidencePlaces(random, town);
        return new LinkClaim(
            key,
            testimony,
            witness,
            harm,
            site,
            ancestors,
            from,
            to,
            random.NextDouble() < 0.7 ? e.Weapon : null,
            random.NextDouble() < 0.5 ? e.Actor : null,
            toll,
            toll,
            harm == Harm.Killed ? e.Names : [],
            offset,
            offset + 100,
            null)
        {
            EvidencePlaces = evidencePlaces,
        };
    }

    // Witnesses name the event's town in the evidence more often than not, and now and then a town of another
    // governorate (where they fled to, where a relative lives), so the evidence-place term meets both kinds of pair.
    private static ImmutableArray<string> EvidencePlaces(Random random, string town)
    {
        var places = ImmutableArray.CreateBuilder<string>(2);
        if (random.NextDouble() < 0.6)
        {
            places.Add(town);
        }

        if (random.NextDouble() < 0.2)
        {
            places.Add("s-g" + random.Next(Governorates).ToString(CultureInfo.InvariantCulture)
                + "-t" + random.Next(TownsPerGovernorate).ToString(CultureInfo.InvariantCulture));
        }

        return places.DrainToImmutable();
    }

    private sealed record Event(
        DateOnly Day,
        int Governorate,
        int Town,
        int Neighbourhood,
        WeaponCategory Weapon,
        string Actor,
        int Toll,
        ImmutableArray<string> Names);
}
