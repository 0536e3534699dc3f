using System.Collections.Immutable;
using System.Runtime.InteropServices;
using TestimonyNlp.Model;

namespace TestimonyNlp.Claims.Building;

/// <summary>A claim being built: one evidence span, or several once merged.</summary>
internal sealed class ClaimDraft(Harm harm, int start, int end)
{
    private readonly List<(int Start, int End)> _spans = [(start, end)];

    public Harm Harm { get; } = harm;

    public int First => _spans[0].Start;

    public int Last => _spans[^1].End;

    /// <summary>The evidence spans in the order absorbed, read without an enumerator object: the builder walks them
    /// for every claim. Not to be held across <see cref="Absorb"/>.</summary>
    public ReadOnlySpan<(int Start, int End)> Spans => CollectionsMarshal.AsSpan(_spans);

    /// <summary>True when one of the evidence spans shares a character with <paramref name="start"/> to
    /// <paramref name="end"/>.</summary>
    public bool Overlaps(int start, int end)
    {
        foreach (var span in _spans)
        {
            if (span.Start < end && start < span.End)
            {
                return true;
            }
        }

        return false;
    }

    public int? Min { get; set; }

    public int? Max { get; set; }

    public ImmutableArray<string> Named { get; set; } = [];

    public WeaponCategory? Weapon { get; set; }

    public string? Actor { get; set; }

    public string? Site { get; set; }

    public DateRange? Date { get; set; }

    public bool DateInEvidence { get; set; }

    /// <summary>The date's mention counts on from an event ("two weeks later"; <see cref="ClaimDates.FollowTakings"/>).</summary>
    public bool DateCountedOn { get; set; }

    /// <summary>The count adds to an earlier one ("three more people", "two other men").</summary>
    public bool Additive { get; set; }

    public Basis? Basis { get; set; }

    /// <summary>The draft names victims cut from the toll of a crowd told before them in the run.</summary>
    public bool ApartFromToll { get; set; }

    /// <summary>The draft opens on another named victim cut from the run before it.</summary>
    public bool AnotherVictim { get; set; }

    public double Confidence { get; set; }

    public void Absorb(ClaimDraft later)
    {
        _spans.AddRange(later._spans);
        if (Min is null && Max is null)
        {
            (Min, Max) = (later.Min, later.Max);
        }

        Named = [.. Named, .. later.Named.Where(id => !Named.Contains(id))];
        Weapon ??= later.Weapon;
        Actor ??= later.Actor;
        Site ??= later.Site;
        if (!DateInEvidence && later.DateInEvidence)
        {
            (Date, DateInEvidence, DateCountedOn) = (later.Date, true, later.DateCountedOn);
        }

        Basis ??= later.Basis;
        Confidence = Math.Max(Confidence, later.Confidence);
    }

    public Claim ToClaim(string id, DocumentLayout layout)
    {
        var text = layout.Document.Text;
        var evidence = ImmutableArray.CreateBuilder<Evidence>(_spans.Count);
        foreach (var (start, end) in _spans)
        {
            evidence.Add(new Evidence(start, end, text[start..end]));
        }

        return new Claim
        {
            Id = id,
            Event = Weapon?.ToWire(),
            Harm = Harm,
            Victims = new VictimCount(Min, Max, Named),
            Weapon = Weapon,
            Actor = Actor,
            Site = Site,
            Date = Date ?? layout.Document.EpisodeDates,
            YearlessDate = Date is null && layout.Document.EpisodeDates is null ? ClaimDates.ChooseYearless(layout, First, Last, Harm) : null,
            Basis = Basis,
            Evidence = evidence.MoveToImmutable(),
            Confidence = Confidence,
        };
    }
}
