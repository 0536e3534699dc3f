using System.Collections.Immutable;
using TestimonyNlp.Claims.Counts;
using System.Runtime.InteropServices;
using TestimonyNlp.Claims.Dates;
using TestimonyNlp.Entities;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Building;

/// <summary>
/// What the claim builder looks up about one document: each sentence's speaker turn and role, which sentence
/// and token an offset falls in, and every DATE mention with the range the <see cref="DateNormaliser"/> stage gave it.
/// </summary>
internal sealed class DocumentLayout
{
    /// <summary>Opening words of an interpreter's turn that give the witness's answer, not a remark of the
    /// interpreter's own.</summary>
    private static readonly string[] RelayOpenings = ["she says ", "he says ", "she said ", "he said "];

    private readonly int[] _turns;
    private readonly bool[] _speech;
    private readonly int[] _answers;
    private readonly Dictionary<string, EntityMention> _byId;
    private readonly DateTraits[] _dateTraits;
    private readonly int[] _entitySentences;
    private readonly ActorTraits[] _actorTraits;

    public DocumentLayout(Document document)
    {
        Document = document;
        var segments = document.Testimony.Segments;
        var count = document.Sentences.Count;
        _turns = new int[count];
        _speech = new bool[count];
        _answers = new int[count];
        var answer = -1;
        var lastTurn = int.MinValue;
        var lastWitness = false;
        for (var i = 0; i < count; i++)
        {
            var index = document.Sentences[i].Segment;
            if (index >= 0 && index < segments.Length)
            {
                var segment = segments[index];
                var witness = segment.Role == SpeakerRole.Witness;
                if (segment.Turn != lastTurn && !(witness && lastWitness))
                {
                    answer++;
                }

                lastTurn = segment.Turn;
                lastWitness = witness;
                _answers[i] = answer;
                _turns[i] = segment.Turn;
                _speech[i] = segment.Role is SpeakerRole.Witness or SpeakerRole.Unknown
                    || RelaysAnswer(document.Text, segments, index);
            }
            else
            {
                _answers[i] = -1;
                lastTurn = int.MinValue;
                lastWitness = false;
                _turns[i] = -1;
                _speech[i] = segments.IsEmpty;
            }
        }

        var entities = document.Entities;
        _byId = new Dictionary<string, EntityMention>(entities.Count, StringComparer.Ordinal);
        _entitySentences = new int[entities.Count];
        _actorTraits = new ActorTraits[entities.Count];
        var dates = new List<(EntityMention, DateResolution)>();
        for (var index = 0; index < entities.Count; index++)
        {
            var entity = entities[index];
            _byId[entity.Id] = entity;
            var sentence = _entitySentences[index] = SentenceOf(entity.Start);
            if (entity.Type == EntityType.Date && sentence >= 0)
            {
                // The dates were resolved once, in text order, by the DateNormaliser stage; read them back (the
                // builder uses only the range, so the anchor is not kept).
                var resolution = DateNormaliser.SpanOf(entity) is { } span
                    ? DateResolution.Resolved(entity.Text, span, DateResolver.Classify(span), DateAnchor.Text)
                    : DateResolution.Unresolved(entity.Text);
                dates.Add((entity, resolution));
                HasYearless |= entity.Yearless is not null;
            }
        }

        Dates = dates;
        _dateTraits = new DateTraits[dates.Count];
        SentenceCounts = new CountMention[]?[count];
        SentenceTolls = new SentenceTolls(count);
    }

    /// <summary>True when a DATE mention inside the sentences tells a day or month without a year
    /// (<see cref="EntityMention.Yearless"/>).</summary>
    public bool HasYearless { get; }

    public Document Document { get; }

    /// <summary>Each sentence's counts as <see cref="EvidenceCounts.Find(DocumentLayout, int, List{CountMention})"/>
    /// reads them, null until first read: the builder's steps read one sentence's counts for several claims.</summary>
    public CountMention[]?[] SentenceCounts { get; }

    /// <summary>Each sentence's toll of each harm as <see cref="TollChoice.OfSentence"/> chooses it, unread until first
    /// asked.</summary>
    public SentenceTolls SentenceTolls { get; }

    /// <summary>DATE mentions inside sentences, in text order, each resolved against those before it.</summary>
    public IReadOnlyList<(EntityMention Entity, DateResolution Resolution)> Dates { get; }

    /// <summary>What the builder asks of the DATE mention <see cref="Dates"/>[<paramref name="index"/>] whatever the
    /// claim, read from its words the first time and kept: every claim's date and weapon walk the document's dates, and
    /// asked per claim, these checks of each date's words were an eighth of the claim stage's time.</summary>
    public DateTraits TraitsOfDate(int index)
    {
        var traits = _dateTraits[index];
        if (traits == DateTraits.None)
        {
            traits = _dateTraits[index] = ReadTraits(Dates[index].Entity);
        }

        return traits;
    }

    /// <summary>What the builder asks of the ACTOR mention <see cref="Model.Document.Entities"/>[<paramref name="index"/>]
    /// whatever the claim, read from its words the first time and kept: the weapon and actor of every claim walk the
    /// document's mentions, and each actor named before or after the evidence was read again for each claim.</summary>
    public ActorTraits TraitsOfActor(int index)
    {
        var traits = _actorTraits[index];
        if (traits == ActorTraits.None)
        {
            traits = _actorTraits[index] = ReadActorTraits(Document.Entities[index]);
        }

        return traits;
    }

    private ActorTraits ReadActorTraits(EntityMention actor)
    {
        var traits = ActorTraits.Read;
        if (ActorCues.IsVictimsSide(this, actor))
        {
            traits |= ActorTraits.VictimsSide;
        }

        if (ActorCues.IsDoubted(this, actor) || ActorCues.IsPresenceAsked(this, actor) || ActorCues.IsNamedAsHearsay(this, actor))
        {
            traits |= ActorTraits.DoubtedOrAsked;
        }

        if (ActorCues.IsNamedUnknowing(this, actor))
        {
            traits |= ActorTraits.NamedUnknowing;
        }

        if (ActorCues.IsFightingParty(this, actor))
        {
            traits |= ActorTraits.FightingParty;
        }

        return traits;
    }

    private DateTraits ReadTraits(EntityMention date)
    {
        var document = Document;
        var traits = DateTraits.Read;
        if (DateWords.MovesOn(date.Text))
        {
            traits |= DateTraits.MovesOn;
        }

        var toldAfter = DateAsides.IsToldAfter(document, date.Start, date.End);
        if (toldAfter)
        {
            traits |= DateTraits.ToldAfter;
        }

        if (toldAfter || DateAsides.InAside(document, date.Start) || DateAsides.FollowsSince(document.Text, date.Start)
            || DateAsides.IsMemoryReason(document, date.Start, date.End) || DateAsides.IsDoneBefore(document, date.Start, date.End)
            || DateAsides.IsVisitAfter(document, date.Start, date.End))
        {
            traits |= DateTraits.Background;
        }

        if (DateAsides.IsTakenBack(document, date.End))
        {
            traits |= DateTraits.TakenBack | DateTraits.Background;
        }

        if (ClaimContext.OnlyTimeOfDay(this, date))
        {
            traits |= DateTraits.TimeOfDay;
        }

        if (ClaimContext.IsThatDay(this, date))
        {
            traits |= DateTraits.ThatDay;
        }

        if (ClaimContext.NamesCalendarTime(date.Text))
        {
            traits |= DateTraits.Calendar;
        }

        return traits;
    }

    /// <summary>Where the event told at <paramref name="offset"/> began to be told: the start of the last DATE
    /// mention before it, or <see cref="int.MaxValue"/> when none.</summary>
    public int EventStart(int offset)
    {
        var found = int.MaxValue;
        var dates = Dates;
        for (var index = 0; index < dates.Count; index++)
        {
            var entity = dates[index].Entity;
            if (entity.End > offset)
            {
                break;
            }

            found = entity.Start;
        }

        return found;
    }

    /// <summary>Where the next event begins to be told after <paramref name="offset"/>: the start of the first DATE
    /// mention at or after it, or <see cref="int.MaxValue"/> when none.</summary>
    public int NextDateStart(int offset)
    {
        var dates = Dates;
        for (var index = 0; index < dates.Count; index++)
        {
            var entity = dates[index].Entity;
            if (entity.Start >= offset)
            {
                return entity.Start;
            }
        }

        return int.MaxValue;
    }

    /// <summary>The speaker turn of sentence <paramref name="sentence"/>; -1 for none.</summary>
    public int Turn(int sentence) => sentence >= 0 ? _turns[sentence] : -1;

    /// <summary>The witness's answer that sentence <paramref name="sentence"/> belongs to: its speaker turn, except that
    /// turns of the witness that follow one another with no other speaker between (cues of a subtitle file, lines
    /// each opened by "A:") are one answer; -1 for none.</summary>
    public int Answer(int sentence) => sentence >= 0 ? _answers[sentence] : -1;

    /// <summary>True for an interpreter's turn, after the interviewer's question or the witness's own turn, that opens
    /// "She says ..." or "He says ...": the interpreted answer ("She says her son Brayan was taken", "He says his wife
    /// was in the yard ... and a piece went into her arm"). Out of fold such turns held 5 gold claims the pipeline
    /// missed, against 2 claims gold does not have; a remark in the interpreter's own words ("Ammi means uncle") is
    /// still no claim.</summary>
    private static bool RelaysAnswer(string text, ImmutableArray<Segment> segments, int index)
    {
        var segment = segments[index];
        if (segment.Role != SpeakerRole.Interpreter)
        {
            return false;
        }

        var before = index - 1;
        while (before >= 0 && segments[before].Turn == segment.Turn)
        {
            before--;
        }

        if (before < 0 || segments[before].Role is not (SpeakerRole.Interviewer or SpeakerRole.Witness))
        {
            return false;
        }

        var opening = text.AsSpan(segment.Start, segment.Length).TrimStart();
        foreach (var relay in RelayOpenings)
        {
            if (opening.StartsWith(relay, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the sentence is a witness's speech (or of an unlabelled speaker), which can be evidence.</summary>
    public bool IsSpeech(int sentence) => _speech[sentence];

    /// <summary>Index of the sentence holding the start of <see cref="Model.Document.Entities"/>[<paramref name="index"/>],
    /// or -1 (a header line), found once per document.</summary>
    public int SentenceOfEntity(int index) => _entitySentences[index];

    /// <summary>True when the entity lies in a sentence (not a header line).</summary>
    public bool InSpeech(EntityMention entity) => SentenceOf(entity.Start) >= 0;

    /// <summary>Index of the sentence holding <paramref name="offset"/>, or -1.</summary>
    public int SentenceOf(int offset) => Document.SentenceAt(offset);

    /// <summary>The first and last sentences of <paramref name="draft"/>'s evidence; false when either end lies outside
    /// every sentence (a header line).</summary>
    public bool TrySentencesOf(ClaimDraft draft, out int first, out int last)
    {
        first = SentenceOf(draft.First);
        last = SentenceOf(draft.Last - 1);
        return first >= 0 && last >= 0;
    }

    /// <summary>Index of the first token that ends after <paramref name="offset"/>.</summary>
    public int TokenAt(int offset)
    {
        var tokens = Document.Tokens;
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The tokens right after <paramref name="entity"/> to the end of its sentence, as a run of the token list:
    /// what the words after a name say of it ("the army left", "Fano has no drone"). Empty when the entity lies in no
    /// sentence, ends its sentence, or ends inside a token.</summary>
    public ReadOnlySpan<Token> TokensAfter(EntityMention entity)
    {
        var sentence = SentenceOf(entity.Start);
        var tokens = Document.Tokens;
        var next = TokenAt(entity.End);
        if (sentence < 0 || next >= tokens.Count || tokens[next].Start < entity.End)
        {
            return [];
        }

        var bounds = Document.Sentences[sentence];
        var end = bounds.FirstToken + bounds.TokenCount;
        return next < end ? CollectionsMarshal.AsSpan(tokens)[next..end] : [];
    }

    /// <summary>The entity mention that holds <paramref name="offset"/>, or null. The mentions are in text order and do
    /// not overlap (<see cref="EntityMerger"/> settles them), so at most one holds it.</summary>
    public EntityMention? EntityAt(int offset) => Document.EntityAt(offset);

    /// <summary>The entity mentions that lie wholly between <paramref name="start"/> and <paramref name="end"/>, in text
    /// order. The mentions are in text order and do not overlap, so they are one run of the list, found by two binary
    /// searches instead of a scan of every mention.</summary>
    public ReadOnlySpan<EntityMention> EntitiesWithin(int start, int end)
    {
        var first = FirstStartingFrom(start);
        var after = FirstEndingAfter(end);
        return after > first ? CollectionsMarshal.AsSpan(Document.Entities)[first..after] : [];
    }

    /// <summary>The entity mentions that share a character with <paramref name="start"/> to <paramref name="end"/>,
    /// in text order.</summary>
    public ReadOnlySpan<EntityMention> EntitiesOverlapping(int start, int end)
    {
        var first = FirstEndingAfter(start);
        var after = FirstStartingFrom(end);
        return after > first ? CollectionsMarshal.AsSpan(Document.Entities)[first..after] : [];
    }

    /// <summary>Index of the first mention that ends after <paramref name="offset"/>.</summary>
    private int FirstEndingAfter(int offset)
    {
        var entities = Document.Entities;
        int lo = 0, hi = entities.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (entities[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Index of the first mention that starts at or after <paramref name="offset"/>.</summary>
    private int FirstStartingFrom(int offset)
    {
        var entities = Document.Entities;
        int lo = 0, hi = entities.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (entities[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Whether two PERSON ids name the same person, or one names part of the other's name ("Elias" and
    /// "Elias Nsengiyumva", "Doctor Nadir Babiker" and "Nadir").</summary>
    public bool SameOrPartName(string a, string b)
    {
        if (Same(a, b))
        {
            return true;
        }

        return _byId.TryGetValue(a, out var x) && _byId.TryGetValue(b, out var y)
            && ((WordsWithin(x.Text, y.Text) && !ChildOfKunya(x.Text, y.Text)) || (WordsWithin(y.Text, x.Text) && !ChildOfKunya(y.Text, x.Text)));
    }

    /// <summary>True when <paramref name="whole"/> is a kunya and <paramref name="part"/> the child's name it holds:
    /// "Ali" is another person than "Abu Ali".</summary>
    private static bool ChildOfKunya(ReadOnlySpan<char> part, ReadOnlySpan<char> whole)
    {
        var space = whole.IndexOf(' ');
        return space > 0 && VictimCountReader.IsKunyaParticle(whole[..space]) && whole[(space + 1)..].Trim().Equals(part.Trim(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a PERSON id of <paramref name="these"/> and one of <paramref name="those"/> name the same person
    /// or one a part of the other's name (<see cref="SameOrPartName"/>): "Karim" after "Karim Haddad".</summary>
    public bool SharesName(ImmutableArray<string> these, ImmutableArray<string> those)
    {
        foreach (var id in these)
        {
            foreach (var other in those)
            {
                if (SameOrPartName(id, other))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when every word of <paramref name="part"/> is a word of <paramref name="whole"/>, ignoring case.</summary>
    private static bool WordsWithin(ReadOnlySpan<char> part, ReadOnlySpan<char> whole)
    {
        var any = false;
        foreach (var range in part.Split(' '))
        {
            var word = part[range];
            if (word.IsEmpty)
            {
                continue;
            }

            var found = false;
            foreach (var other in whole.Split(' '))
            {
                found |= whole[other].Equals(word, StringComparison.OrdinalIgnoreCase);
            }

            if (!found)
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>The entity of the document with id <paramref name="id"/>, or null.</summary>
    public EntityMention? Entity(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Whether two PLACE ids name the same place (same canonical name, else same words).</summary>
    public bool SamePlace(string a, string b) => Same(a, b);

    /// <summary>Whether two PERSON ids name the same person (same words).</summary>
    public bool SamePerson(string a, string b) => Same(a, b);

    private bool Same(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        if (!_byId.TryGetValue(a, out var x) || !_byId.TryGetValue(b, out var y))
        {
            return false;
        }

        return string.Equals(x.Normalized ?? x.Text, y.Normalized ?? y.Text, StringComparison.OrdinalIgnoreCase);
    }
}
