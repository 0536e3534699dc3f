using TestimonyNlp.Entities.Places;
using TestimonyNlp.Model;
using TestimonyNlp.Pipeline;

namespace TestimonyNlp.Entities.Headers;

/// <summary>
/// Finds the people and places named in a transcript's header block (<c>Interviewer: Sarah Whitcombe</c>,
/// <c>Location: Popayán, Cauca, Colombia</c>), which lies outside every speaker turn and so outside what the
/// spotters and the tagger read. A header value is a short list, so it is read as capitalised runs of words
/// between commas: in a place line each run is a place (area descriptors such as <c>camp</c> or <c>State</c>
/// stay outside, by the corpus conventions); in a person line the first run is the person and later runs are
/// places when a locative word (<c>in</c>, <c>from</c>) or the gazetteer says so. Places the gazetteer knows
/// carry its name and coordinates, resolved within the country the same line names. Thread-safe.
/// </summary>
public sealed class HeaderEntityStage : IPipelineStage
{
    private readonly PlaceGazetteer _gazetteer;

    /// <summary>Creates the stage over the place gazetteer.</summary>
    public HeaderEntityStage(PlaceGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
    }

    /// <inheritdoc />
    public string Name => "header-entities";

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lines = document.Testimony.HeaderLines;
        if (lines.IsDefaultOrEmpty)
        {
            return;
        }

        var text = document.Text;
        var runs = new List<HeaderRun>();
        foreach (var line in lines)
        {
            var kind = KindOf(text.AsSpan(line.KeyStart, line.KeyEnd - line.KeyStart), line.Field);
            if (kind == LineKind.Other || line.ValueEnd <= line.ValueStart)
            {
                continue;
            }

            runs.Clear();
            HeaderRuns.Find(text, line.ValueStart, line.ValueEnd, runs);
            AddLine(document, kind, runs);
        }
    }

    private void AddLine(Document document, LineKind kind, List<HeaderRun> runs)
    {
        var text = document.Text;

        // A country named anywhere on the line ("Popayán, Cauca, Colombia") decides between same-named places.
        string? country = null;
        foreach (var run in runs)
        {
            if (_gazetteer.Resolve(text.AsSpan(run.Start, run.End - run.Start)) is { Entry.Precision: SitePrecision.Country } found)
            {
                country = found.Entry.Country;
                break;
            }
        }

        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            var name = text.AsSpan(run.Start, run.End - run.Start);
            var place = _gazetteer.Resolve(name, country);
            var type = Classify(kind, run, i, place is not null);
            if (type is null)
            {
                continue;
            }

            if (type == EntityType.Person)
            {
                document.Entities.Add(new EntityMention(
                    string.Empty, EntityType.Person, run.Start, run.End, name.ToString(), null, Defaults.PersonConfidence));
                continue;
            }

            document.Entities.Add(new EntityMention(
                string.Empty,
                EntityType.Place,
                run.Start,
                run.End,
                name.ToString(),
                place?.Entry.Name,
                place is null ? Defaults.UnknownPlaceConfidence : Defaults.KnownPlaceConfidence)
            {
                Geo = place?.Entry.ToGeoPoint(),
            });
        }
    }

    private static EntityType? Classify(LineKind kind, HeaderRun run, int index, bool known)
    {
        if (kind == LineKind.Place)
        {
            // In a place line a run that starts a comma-separated part is a place even when the gazetteer does not
            // know it (a camp, a neighbourhood); one inside free text must be known or introduced as a place.
            return run.FirstInPart || run.AfterLocative || known ? EntityType.Place : null;
        }

        if (run.AfterNameCue || (index == 0 && run.StartsValue))
        {
            return EntityType.Person;
        }

        return run.AfterLocative || (run.WholePart && known) ? EntityType.Place : null;
    }

    private static LineKind KindOf(ReadOnlySpan<char> key, HeaderField field)
    {
        switch (field)
        {
            case HeaderField.Place:
                return LineKind.Place;
            case HeaderField.Interviewer or HeaderField.Interpreter or HeaderField.Speaker:
                return LineKind.Person;
            case HeaderField.None:
                // Keys the metadata does not keep still name people or places ("Caller", "Witness location").
                if (key.Contains("location", StringComparison.OrdinalIgnoreCase) || key.Contains("place", StringComparison.OrdinalIgnoreCase))
                {
                    return LineKind.Place;
                }

                return key.Equals("caller", StringComparison.OrdinalIgnoreCase)
                    || key.EndsWith(" by", StringComparison.OrdinalIgnoreCase)
                        ? LineKind.Person
                        : LineKind.Other;
            default:
                return LineKind.Other;
        }
    }

    private enum LineKind : byte
    {
        Other,
        Place,
        Person,
    }

    /// <summary>Confidences of header mentions.</summary>
    public static class Defaults
    {
        /// <summary>A name in a person line (<c>Interviewer: ...</c>).</summary>
        public const double PersonConfidence = 0.95;

        /// <summary>A place the gazetteer knows.</summary>
        public const double KnownPlaceConfidence = 0.95;

        /// <summary>A place the gazetteer does not know (a camp, a neighbourhood).</summary>
        public const double UnknownPlaceConfidence = 0.85;
    }
}
