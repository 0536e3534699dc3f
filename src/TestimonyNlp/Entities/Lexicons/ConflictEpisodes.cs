using System.Collections.Immutable;
using System.Globalization;
using TestimonyNlp.Entities.Places;
using TestimonyNlp.Model;

namespace TestimonyNlp.Entities.Lexicons;

/// <summary>
/// Episodes of the conflicts the testimonies come from (<c>models/episodes.tsv</c>), each with the towns it is told
/// by: what dates a testimony that gives neither an interview date nor a year. A witness of the siege of Mariupol
/// who says "on the 16th of March" means March 2022, and the episode's last day stands for the interview date the
/// testimony does not give. Immutable and thread-safe once loaded.
/// </summary>
/// <remarks>
/// File format: a <c># format: testimony-episodes 1</c> line, then rows of five tab-separated columns: ISO 3166-1
/// alpha-2 country code; first day and last day (<c>yyyy-MM-dd</c>); the towns, lower case, separated by <c>|</c>;
/// the episode's name. A town belongs to one episode only: a town with two wars of equal weight (Sloviansk in 2014
/// and 2022) is left out, since the table cannot tell which one a testimony means.
/// </remarks>
public sealed class ConflictEpisodes
{
    /// <summary>The format name on the file's format line.</summary>
    public const string FormatName = "testimony-episodes";

    /// <summary>The format version this build reads.</summary>
    public const int FormatVersion = 1;

    private const string DayFormat = "yyyy-MM-dd";

    private readonly PhraseSpotter<int> _towns;

    private ConflictEpisodes(ImmutableArray<ConflictEpisode> episodes, PhraseSpotter<int> towns, int townCount)
    {
        Episodes = episodes;
        _towns = towns;
        TownCount = townCount;
    }

    /// <summary>A table with no episode: no testimony is dated by one.</summary>
    public static ConflictEpisodes Empty { get; } =
        new([], new PhraseSpotter<int>.Builder().Build(), 0);

    /// <summary>The episodes, in file order.</summary>
    public ImmutableArray<ConflictEpisode> Episodes { get; }

    /// <summary>Number of town names in the file.</summary>
    public int TownCount { get; }

    /// <summary>Loads the table from <paramref name="path"/>.</summary>
    /// <exception cref="ModelFormatException">The file is not a version-1 episode table or has a malformed line.</exception>
    public static ConflictEpisodes Load(string path) => ModelFile.Load(path, Load);

    /// <summary>Loads the table from <paramref name="reader"/>; <paramref name="file"/> names it in errors.</summary>
    /// <exception cref="ModelFormatException">The text is not a version-1 episode table or has a malformed line.</exception>
    public static ConflictEpisodes Load(TextReader reader, string file)
    {
        var episodes = new List<ConflictEpisode>();
        var builder = new PhraseSpotter<int>.Builder();
        var townCount = 0;
        foreach (var line in ModelFile.Read(reader, file, FormatName, FormatVersion, columns: 5))
        {
            var country = line.Columns[0];
            if (!PlaceData.IsCountryCode(country))
            {
                throw new ModelFormatException(file, line.Number, $"country '{country}' is not an upper-case ISO 3166-1 alpha-2 code");
            }

            var first = ParseDay(line.Columns[1], file, line.Number);
            var last = ParseDay(line.Columns[2], file, line.Number);
            if (last < first)
            {
                throw new ModelFormatException(file, line.Number, $"the last day {line.Columns[2]} comes before the first {line.Columns[1]}");
            }

            var index = episodes.Count;
            foreach (var raw in line.Columns[3].Split('|'))
            {
                var town = raw.Trim(' ');
                if (!ModelFile.IsLowerCase(town))
                {
                    throw new ModelFormatException(file, line.Number, $"town '{town}' is not lower case");
                }

                switch (builder.Add(town, index))
                {
                    case PhraseAddResult.Added:
                        townCount++;
                        break;
                    case PhraseAddResult.AlreadyPresent:
                        throw new ModelFormatException(file, line.Number, $"town '{town}' is spelt like another town on this line (it differs only in hyphens, apostrophes or accents)");
                    case PhraseAddResult.Conflict:
                        throw new ModelFormatException(file, line.Number, $"town '{town}' is in an earlier episode too (or spelt like a town there); a town belongs to one episode");
                    case PhraseAddResult.Empty:
                        throw new ModelFormatException(file, line.Number, "empty town");
                    default:
                        throw new ModelFormatException(file, line.Number, $"town '{town}' has punctuation or symbols and can never match");
                }
            }

            episodes.Add(new ConflictEpisode(line.Columns[4], country, first, last));
        }

        return new ConflictEpisodes([.. episodes], builder.Build(), townCount);
    }

    /// <summary>
    /// The episode whose towns the PLACE mentions among <paramref name="entities"/> name most often, or null when they
    /// name none, or two episodes' towns equally often. A mention names a town by its words ("Maarat al-Nouman") or,
    /// when they are not in the table, by the gazetteer's name for it (<c>Tyre</c> for "Sour").
    /// </summary>
    public ConflictEpisode? EpisodeOf(IReadOnlyList<EntityMention> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        if (Episodes.IsEmpty)
        {
            return null;
        }

        Span<int> counts = Episodes.Length <= Defaults.StackEpisodes ? stackalloc int[Episodes.Length] : new int[Episodes.Length];
        counts.Clear();
        var named = false;
        foreach (var entity in entities)
        {
            if (entity.Type == EntityType.Place
                && (_towns.TryMatchWhole(entity.Text, out var episode)
                    || entity.Normalized is { } normalized && _towns.TryMatchWhole(normalized, out episode)))
            {
                counts[episode]++;
                named = true;
            }
        }

        if (!named)
        {
            return null;
        }

        var best = 0;
        var tied = false;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                (best, tied) = (i, false);
            }
            else if (counts[i] == counts[best])
            {
                tied = true;
            }
        }

        return tied ? null : Episodes[best];
    }

    private static DateOnly ParseDay(string column, string file, int line) =>
        DateOnly.TryParseExact(column, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new ModelFormatException(file, line, $"'{column}' is not a day in the form {DayFormat}");

    /// <summary>Default settings.</summary>
    public static class Defaults
    {
        /// <summary>The most episodes whose counts are kept on the stack.</summary>
        public const int StackEpisodes = 256;
    }
}
