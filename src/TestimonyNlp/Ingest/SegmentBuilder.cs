using System.Collections.Immutable;
using TestimonyNlp.Model;

namespace TestimonyNlp.Ingest;

/// <summary>
/// Collects the segments of one transcript in text order, numbers its turns without gaps, and at the end
/// decides the roles of named speakers: the header's interviewer, speaker or interpreter when the name
/// matches, else the one whose turns are mostly questions is the interviewer and the others are witnesses.
/// </summary>
internal sealed class SegmentBuilder
{
    private readonly string _content;
    private readonly List<Draft> _drafts = [];
    private readonly Dictionary<string, string> _speakers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _speakerLookup;
    private SpeakerRole _role;
    private string? _speaker;
    private bool _named;
    private bool _turnPending = true;
    private int _nextTurn;

    /// <summary>Creates a builder for segments of <paramref name="content"/>.</summary>
    public SegmentBuilder(string content)
    {
        _content = content;
        _speakerLookup = _speakers.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The current speaker's role.</summary>
    public SpeakerRole Role => _role;

    /// <summary>The current speaker label, or null.</summary>
    public string? Speaker => _speaker;

    /// <summary>True when the current speaker is a named speaker whose role is not decided yet.</summary>
    public bool Named => _named;

    /// <summary>Starts a new turn of the given speaker. The turn gets its number when its first segment is added.</summary>
    public void BeginTurn(SpeakerRole role, ReadOnlySpan<char> speaker, bool named)
    {
        _role = role;
        _speaker = speaker.IsEmpty ? null : Intern(speaker);
        _named = named && _speaker is not null;
        _turnPending = true;
    }

    /// <summary>Starts a new turn of a speaker whose label is already interned (or null).</summary>
    public void BeginTurn(SpeakerRole role, string? speaker, bool named)
    {
        _role = role;
        _speaker = speaker;
        _named = named && speaker is not null;
        _turnPending = true;
    }

    /// <summary>Adds a segment of the current turn. Empty or whitespace-edged ranges are trimmed; a range with
    /// no text is dropped.</summary>
    public void Add(int start, int end, TimeSpan? timeStart = null, TimeSpan? timeEnd = null)
    {
        while (start < end && char.IsWhiteSpace(_content[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(_content[end - 1]))
        {
            end--;
        }

        if (start >= end)
        {
            return;
        }

        if (_turnPending)
        {
            _nextTurn++;
            _turnPending = false;
        }

        _drafts.Add(new Draft(start, end, _role, _speaker, _named, _nextTurn - 1, timeStart, timeEnd));
    }

    /// <summary>Decides the roles of named speakers and returns the segments.</summary>
    public ImmutableArray<Segment> Build(TestimonyMetadata metadata)
    {
        var roles = ResolveNamedRoles(metadata);
        var builder = ImmutableArray.CreateBuilder<Segment>(_drafts.Count);
        foreach (var draft in _drafts)
        {
            var role = draft.Named && draft.Speaker is { } name && roles.TryGetValue(name, out var resolved)
                ? resolved
                : draft.Role;
            builder.Add(new Segment(draft.Start, draft.End, role, draft.Speaker, draft.Turn, draft.TimeStart, draft.TimeEnd));
        }

        return builder.MoveToImmutable();
    }

    private string Intern(ReadOnlySpan<char> speaker)
    {
        if (_speakerLookup.TryGetValue(speaker, out var existing))
        {
            return existing;
        }

        var created = speaker.ToString();
        _speakers.Add(created, created);
        return created;
    }

    private Dictionary<string, SpeakerRole> ResolveNamedRoles(TestimonyMetadata metadata)
    {
        var stats = new Dictionary<string, NamedStats>(StringComparer.OrdinalIgnoreCase);
        var interviewerKnown = false;
        for (var i = 0; i < _drafts.Count; i++)
        {
            var draft = _drafts[i];
            if (!draft.Named)
            {
                interviewerKnown |= draft.Role == SpeakerRole.Interviewer;
                continue;
            }

            var lastOfTurn = i + 1 == _drafts.Count || _drafts[i + 1].Turn != draft.Turn;
            if (!lastOfTurn)
            {
                continue;
            }

            stats.TryGetValue(draft.Speaker!, out var s);
            stats[draft.Speaker!] = new NamedStats(
                s.Turns == 0 ? i : s.First,
                s.Turns + 1,
                s.Questions + (EndsWithQuestion(draft) ? 1 : 0));
        }

        var roles = new Dictionary<string, SpeakerRole>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in stats.Keys)
        {
            if (Matches(name, metadata.Interviewer))
            {
                roles[name] = SpeakerRole.Interviewer;
                interviewerKnown = true;
            }
            else if (Matches(name, metadata.Speaker))
            {
                roles[name] = SpeakerRole.Witness;
            }
            else if (Matches(name, metadata.Interpreter))
            {
                roles[name] = SpeakerRole.Interpreter;
            }
        }

        string? questioner = null;
        if (!interviewerKnown)
        {
            var best = 0.5;
            var bestFirst = int.MaxValue;
            foreach (var (name, s) in stats)
            {
                if (roles.ContainsKey(name))
                {
                    continue;
                }

                var share = (double)s.Questions / s.Turns;
                if (share > best || (share == best && questioner is not null && s.First < bestFirst))
                {
                    best = share;
                    bestFirst = s.First;
                    questioner = name;
                }
            }
        }

        foreach (var name in stats.Keys)
        {
            if (!roles.ContainsKey(name))
            {
                roles[name] = string.Equals(name, questioner, StringComparison.OrdinalIgnoreCase)
                    ? SpeakerRole.Interviewer
                    : SpeakerRole.Witness;
            }
        }

        return roles;
    }

    private bool EndsWithQuestion(Draft draft)
    {
        for (var i = draft.End - 1; i >= draft.Start; i--)
        {
            var c = _content[i];
            if (c is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019' or '\u00BB')
            {
                continue;
            }

            return IngestText.IsQuestionMark(c);
        }

        return false;
    }

    private static bool Matches(string label, string? headerName) => SpeakerLabels.MatchesName(label, headerName);

    private readonly record struct Draft(
        int Start,
        int End,
        SpeakerRole Role,
        string? Speaker,
        bool Named,
        int Turn,
        TimeSpan? TimeStart,
        TimeSpan? TimeEnd);

    private readonly record struct NamedStats(int First, int Turns, int Questions);
}
