using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Building;

/// <summary>
/// Reads from the words before an ACTOR mention whether the witness holds it to be the one who did what is told. An
/// actor named in doubt ("maybe the Russians", "who knows, al-Qaeda"), as what others say ("people say it was the
/// M23") or in a denial ("nobody from the resistance was there", "it was not the army") attributes nothing to a
/// harm told elsewhere, and the annotated claims leave such a harm without an actor.
/// </summary>
internal static class ActorCues
{
    /// <summary>Words of doubt or denial before an actor in its sentence.</summary>
    private static readonly string[] DoubtWords = ["maybe", "perhaps", "no", "not", "nobody", "never", "none"];

    /// <summary>Who is said to say or think something: "people say", "some said", "everybody thinks".</summary>
    private static readonly string[] Sayers = ["people", "some", "they", "others", "everyone", "everybody"];

    /// <summary>What they do: with a word of <see cref="Sayers"/> before it, others' word, not the witness's.</summary>
    private static readonly string[] SayingVerbs = ["say", "said", "says", "think", "thought"];

    /// <summary>Negated verbs of knowing before "know": "I don't know", "we did not know" (with "not" already a
    /// doubt word).</summary>
    private static readonly string[] NegatedKnowing = ["don't", "didn't", "dont", "don’t", "didn’t"];

    /// <summary>Verbs of an attack that name no weapon mention of their own: "the regime shelled our street".</summary>
    private static readonly string[] AttackVerbs = ["shelled", "shelling", "bombed", "bombing", "bombarded", "fired", "firing", "dropped", "shot",
        "shooting", "attacked", "struck", "launched"];

    /// <summary>Forms of "to be" that open a question of presence with "there": "were there", "is there".</summary>
    private static readonly string[] PresenceVerbs = ["was", "were", "is", "are"];

    /// <summary>Harms men do by hand, told with "they" ("they shot him", "they burned the houses"): the men of a side
    /// on the ground, where strikes from afar ("they hit", "they dropped") are often told without knowing whose.</summary>
    private static readonly string[] HandDoneHarms = ["shot", "shoot", "killed", "kill", "burned", "burnt", "burn", "looted",
        "beat", "slaughtered", "executed", "stabbed", "raped", "hanged"];

    /// <summary>Words that, before an actor in the interviewer's question, ask whether the harm was that side's: "Was it
    /// the army?", "From the Russians?", "fired by the Houthis".</summary>
    private static readonly string[] AttributingWords = ["it", "from", "by"];

    /// <summary>Words by which the interviewer asks whose a harm was or where it came from: "Who fired?", "Which side
    /// was it?", "Where did the shell come from?".</summary>
    private static readonly string[] AskingWhose = ["who", "whose", "which", "where", "whom"];

    /// <summary>How many turns after the evidence an answer to "Who ...?" still names its attacker past a DATE: within 2
    /// turns +12 claims out of fold, 1 turn none, 3 turns +10 (models/README.md, "Claim actors", rule 9).</summary>
    private const int WhoAnswerTurns = 2;

    /// <summary>
    /// True when the evidence from <paramref name="start"/> to <paramref name="end"/> tells "they" doing a harm by hand
    /// ("they shot him by the door", "they burned the granary"). The witness points back to the side named last, and
    /// gold gives the harm that side: out of fold, of deaths, wounds and damage left without an actor, taking the last
    /// actor named before them made 25 right and 6 wrong (counted with "they hit", "they dropped" or "they fired" as
    /// well, 28 right and 14 wrong) (models/README.md, "Claim actors", rule 6).
    /// </summary>
    public static bool TellsHandDoneHarm(DocumentLayout layout, int start, int end)
    {
        var document = layout.Document;
        var tokens = document.Tokens;
        for (var i = layout.TokenAt(start); i >= 0 && i + 1 < tokens.Count && tokens[i + 1].End <= end; i++)
        {
            if (tokens[i].Start >= start && tokens[i].Span(document.Text).Equals("they", StringComparison.OrdinalIgnoreCase)
                && WordList.Contains(tokens[i + 1].Span(document.Text), HandDoneHarms))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words naming a local council as the source of a toll: "the local council put on its page that five
    /// died".</summary>
    private static readonly string[] CouncilWords = ["council", "council's", "councils"];

    /// <summary>
    /// True when the evidence from <paramref name="start"/> to <paramref name="end"/> names a council as the source of
    /// what it tells ("The local council put on its Facebook page that five people died at the mill.", "the list of the
    /// council said nine dead"). The toll is the council's count, not the witness's account of an attack, and the
    /// annotated claims leave it without a side named elsewhere: out of fold, of deaths, wounds and damage citing a
    /// council and given an actor from outside their evidence, gold gave none every time (10 claims in 7 testimonies)
    /// (models/README.md, "Claim actors").
    /// </summary>
    public static bool CitesCouncil(DocumentLayout layout, int start, int end)
    {
        var document = layout.Document;
        var tokens = document.Tokens;
        for (var i = layout.TokenAt(start); i >= 0 && i < tokens.Count && tokens[i].End <= end; i++)
        {
            if (tokens[i].Start >= start && WordList.Contains(tokens[i].Span(document.Text), CouncilWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Verbs of knowing that, negated and followed by "who" or "whose", say the attacker is not known.</summary>
    private static readonly string[] KnowingVerbs = ["know", "knows", "knew"];

    /// <summary>Words before a verb of <see cref="KnowingVerbs"/> that negate it: "don't know", "does not know",
    /// "nobody knows", "no one knows", "who knows", "never knew".</summary>
    private static readonly string[] UnknowingWords = ["don't", "don’t", "dont", "didn't", "didn’t", "doesn't", "doesn’t",
        "not", "nobody", "one", "who", "never"];

    /// <summary>Verbs of telling that, after a word of <see cref="RefusingWords"/> and followed by "who" or "whose", say
    /// the witness cannot name the attacker: "I cannot say who", "I will not swear who".</summary>
    private static readonly string[] TellingVerbs = ["say", "tell", "swear", "guess"];

    /// <summary>Words before a verb of <see cref="TellingVerbs"/> that refuse it: "cannot say", "can't tell", "will not
    /// swear".</summary>
    private static readonly string[] RefusingWords = ["cannot", "can't", "can’t", "not", "won't", "won’t", "couldn't", "couldn’t"];

    /// <summary>Words after "who" that ask of the victims, not the attacker: "I don't know who was dead, who was
    /// alive", "who they were".</summary>
    private static readonly string[] VictimAsking = ["was", "were", "is", "are", "they"];

    /// <summary>What opens a question of knowledge: "do you know", "did she know".</summary>
    private static readonly string[] AskingVerbs = ["do", "did", "does"];

    /// <summary>Who is asked to know: "do you know", "does he know".</summary>
    private static readonly string[] AskedPeople = ["you", "she", "he", "they"];

    /// <summary>The first word of an answer that says no.</summary>
    private static readonly string[] AnswerNegations = ["no", "nobody", "not"];

    /// <summary>Words before "know" that negate it in an answer: "I don't know", "we did not know".</summary>
    private static readonly string[] NegatedAnswer = ["don't", "don’t", "dont", "didn't", "didn’t", "not"];

    /// <summary>How many speaker turns after the evidence's last one the witness's word that the attacker is not known
    /// still reaches: the interviewer's "Do you know who fired?" and its answer. Out of fold, of deaths, wounds and
    /// damage with an actor named outside the evidence, dropping it within one turn made 9 right values more, two
    /// turns 20, three 22 with more lost (models/README.md, "Claim actors").</summary>
    private const int UnknownAttackerTurns = 2;

    /// <summary>
    /// True when, from sentence <paramref name="first"/> of the evidence to two turns after its last sentence
    /// <paramref name="last"/>, the witness (or the interpreter) says the attacker is not known ("I don't know who
    /// fired", "nobody knows whose mortar", "he does not know who"), or answers no to the interviewer's "Do you know
    /// who ...?". Gold then leaves the harm without an actor, whatever side is named around it.
    /// </summary>
    public static bool IsAttackerUnknown(DocumentLayout layout, int first, int last)
    {
        var document = layout.Document;
        var lastTurn = layout.Turn(last) + UnknownAttackerTurns;
        for (var sentence = first; sentence < document.Sentences.Count && layout.Turn(sentence) <= lastTurn; sentence++)
        {
            if (!IsInterviewer(document, sentence))
            {
                if (SaysUnknown(document, sentence))
                {
                    return true;
                }

                continue;
            }

            if (!AsksWho(document, sentence))
            {
                continue;
            }

            var answer = sentence + 1;
            while (answer < document.Sentences.Count && IsInterviewer(document, answer))
            {
                answer++;
            }

            if (answer < document.Sentences.Count && layout.Turn(answer) <= lastTurn && AnswersNo(document, answer))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInterviewer(Document document, int sentence) =>
        document.RoleOf(document.Sentences[sentence]) == SpeakerRole.Interviewer;

    /// <summary>The last sentence of the turn before the turn of sentence <paramref name="sentence"/>, or -1.</summary>
    private static int PreviousTurnEnd(DocumentLayout layout, int sentence)
    {
        var turn = layout.Turn(sentence);
        var previous = sentence;
        while (previous >= 0 && layout.Turn(previous) == turn)
        {
            previous--;
        }

        return previous;
    }

    /// <summary>True when a sentence of the turn that ends with sentence <paramref name="question"/> holds one of
    /// <see cref="AskingWhose"/> ("who", "whose", "which", "where", "whom").</summary>
    private static bool TurnAsksWhose(DocumentLayout layout, int question) => TurnHolds(layout, question, AskingWhose);

    /// <summary>True when a sentence of the turn that ends with sentence <paramref name="question"/> holds one of
    /// <paramref name="words"/>.</summary>
    private static bool TurnHolds(DocumentLayout layout, int question, string[] words)
    {
        var document = layout.Document;
        var asked = layout.Turn(question);
        for (; question >= 0 && layout.Turn(question) == asked; question--)
        {
            if (WordSequence.HasWord(document, document.Sentences[question], words))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A negated verb of knowing followed, at most one word on, by "whose" or by "who" not asking of the
    /// victims: "I don't know who fired", "she does not know whose shell".</summary>
    private static bool SaysUnknown(Document document, int sentence)
    {
        var text = document.Text;
        var words = document.SentenceTokens(sentence);
        for (var i = 1; i + 1 < words.Length; i++)
        {
            if (!NegatesKnowing(words[i - 1].Span(text), words[i].Span(text)))
            {
                continue;
            }

            for (var j = i + 1; j <= i + 2 && j < words.Length; j++)
            {
                var word = words[j].Span(text);
                if (word.Equals("whose", StringComparison.OrdinalIgnoreCase)
                    || (word.Equals("who", StringComparison.OrdinalIgnoreCase)
                        && (j + 1 >= words.Length || !WordList.Contains(words[j + 1].Span(text), VictimAsking))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"Do you know who ...", "did he know whose ...".</summary>
    private static bool AsksWho(Document document, int sentence)
    {
        var text = document.Text;
        var words = document.SentenceTokens(sentence);
        for (var i = 0; i + 3 < words.Length; i++)
        {
            var asked = words[i + 3].Span(text);
            if (WordList.Contains(words[i].Span(text), AskingVerbs)
                && WordList.Contains(words[i + 1].Span(text), AskedPeople)
                && words[i + 2].Span(text).Equals("know", StringComparison.OrdinalIgnoreCase)
                && (asked.Equals("who", StringComparison.OrdinalIgnoreCase) || asked.Equals("whose", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An answer that opens with "no", "nobody" or "not", or whose first sentence negates knowing ("I don't
    /// know", "we did not know").</summary>
    private static bool AnswersNo(Document document, int sentence)
    {
        if (OpensWith(document, sentence, AnswerNegations))
        {
            return true;
        }

        // Tokens before the first word are marks or numbers, none of them "know" nor a negation.
        var text = document.Text;
        var words = document.SentenceTokens(sentence);
        for (var i = 1; i < words.Length; i++)
        {
            if (words[i].Span(text).Equals("know", StringComparison.OrdinalIgnoreCase)
                && WordList.Contains(words[i - 1].Span(text), NegatedAnswer))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="actor"/> is named in a question of whether a side was present ("Were there Taliban
    /// in the bazaar?", "Was there army near the school?"), or in the answer to one ("No, the Taliban were in the
    /// mountains"). Interviewers ask it of the side the attacker might claim to have aimed at; what follows tells
    /// where that side was, not who did the harm. Out of fold the builder's actor was right 14 times more of 4,248
    /// matched claims (models/README.md, "Claim actors").
    /// </summary>
    public static bool IsPresenceAsked(DocumentLayout layout, EntityMention actor)
    {
        if (ActorPlace.Of(layout, actor) is not { } place)
        {
            return false;
        }

        if (AsksPresence(layout, place.Sentence, actor.Start))
        {
            return true;
        }

        // The answer: the turn before the actor's, when it was the interviewer's, asked of presence.
        var question = PreviousTurnEnd(layout, place.Sentence);
        var asked = question >= 0 ? layout.Turn(question) : -1;
        for (; question >= 0 && layout.Turn(question) == asked && !layout.IsSpeech(question); question--)
        {
            if (AsksPresence(layout, question, int.MaxValue))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the words of sentence <paramref name="sentence"/> before offset <paramref name="before"/>
    /// hold a form of "to be" followed by "there".</summary>
    private static bool AsksPresence(DocumentLayout layout, int sentence, int before)
    {
        var text = layout.Document.Text;
        var words = layout.Document.SentenceTokens(sentence);
        for (var i = 0; i + 1 < words.Length && words[i + 1].Start < before; i++)
        {
            if (WordList.Contains(words[i].Span(text), PresenceVerbs)
                && words[i + 1].Span(text).Equals("there", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="actor"/> is named in an interviewer's turn with none of "it", "from" or "by" before it
    /// in its sentence: a question that turns to the side itself ("When did the army come?", "How did you get along
    /// with Hay'at Tahrir al-Sham?", "Did the RSF ever stop you?"), not one of whose the harm told before it was ("Was
    /// it the army?"). Taken after the evidence, such an actor was wrong more often than right: out of fold, of 677
    /// actors taken from after the evidence, passing these over made 27 right and 6 wrong (models/README.md, "Claim
    /// actors", rule 7).
    /// </summary>
    public static bool IsAskedAside(DocumentLayout layout, EntityMention actor)
    {
        var document = layout.Document;
        if (ActorPlace.Of(layout, actor) is not { } place || !IsInterviewer(document, place.Sentence))
        {
            return false;
        }

        var tokens = document.Tokens;
        for (var i = place.Opens; i < tokens.Count && tokens[i].Start < actor.Start; i++)
        {
            if (WordList.Contains(tokens[i].Span(document.Text), AttributingWords))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when <paramref name="actor"/> is named in a witness's answer to an interviewer's turn that asks "who",
    /// "whose", "which", "where" or "whom", and the first sentence of that answer says the attacker is not known: a
    /// negated verb of knowing or telling ("I don't know.", "Who knows.", "That I cannot say."), an opening "nobody"
    /// ("Nobody saw them put it."), or an opening "no" or "not" when the question asked what the witness knows ("Do you
    /// know who fired? No. Both sides were firing ... the army was inside."). The sides the witness goes on to name are
    /// guesses or where each side stood, and the annotated claims leave the harm without an actor. The answer may come
    /// long after the harm, past <see cref="IsAttackerUnknown"/>'s reach (models/README.md, "Claim actors").
    /// </summary>
    public static bool IsNamedUnknowing(DocumentLayout layout, EntityMention actor)
    {
        var document = layout.Document;
        if (ActorPlace.Of(layout, actor) is not { Sentence: > 0 and var sentence } || IsInterviewer(document, sentence))
        {
            return false;
        }

        // The answer's first sentence follows the question's turn.
        var question = PreviousTurnEnd(layout, sentence);
        if (question < 0 || !IsInterviewer(document, question) || !TurnAsksWhose(layout, question))
        {
            return false;
        }

        var first = question + 1;
        return SaysNotKnowing(document, first) || OpensWith(document, first, NobodyWords)
            || (OpensWith(document, first, AnswerNegations) && TurnAsksKnowing(layout, question));
    }

    /// <summary>A first word of an answer that says nobody knows or saw: "Nobody saw them put it."</summary>
    private static readonly string[] NobodyWords = ["nobody"];

    /// <summary>True when sentence <paramref name="sentence"/> holds a negated verb of knowing ("I don't know", "who
    /// knows", "nobody knows") or of telling ("I cannot say", "I can't tell you").</summary>
    private static bool SaysNotKnowing(Document document, int sentence)
    {
        var text = document.Text;
        var words = document.SentenceTokens(sentence);
        for (var i = 1; i < words.Length; i++)
        {
            if (NegatesKnowing(words[i - 1].Span(text), words[i].Span(text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the first word of sentence <paramref name="sentence"/> is one of <paramref name="words"/>.</summary>
    private static bool OpensWith(Document document, int sentence, string[] words)
    {
        var text = document.Text;
        foreach (var token in document.SentenceTokens(sentence))
        {
            var word = token.Span(text);
            if (char.IsLetter(word[0]))
            {
                return WordList.Contains(word, words);
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="verb"/> is a verb of knowing that <paramref name="negation"/> negates ("don't
    /// know", "nobody knows", "who knows") or a verb of telling it refuses ("cannot say", "won't tell").</summary>
    private static bool NegatesKnowing(ReadOnlySpan<char> negation, ReadOnlySpan<char> verb) =>
        (WordList.Contains(verb, KnowingVerbs) && WordList.Contains(negation, UnknowingWords))
        || (WordList.Contains(verb, TellingVerbs) && WordList.Contains(negation, RefusingWords));

    /// <summary>The word of a question about what the witness knows ("Do you know who fired?").</summary>
    private static readonly string[] Knowing = ["know"];

    /// <summary>True when a sentence of the turn that ends with sentence <paramref name="question"/> holds "know".</summary>
    private static bool TurnAsksKnowing(DocumentLayout layout, int question) => TurnHolds(layout, question, Knowing);

    /// <summary>
    /// True when <paramref name="actor"/> is named, in a turn after <paramref name="evidenceTurn"/>, in the witness's
    /// answer to an interviewer's turn that holds none of "who", "whose", "which", "where" or "whom": the answer to
    /// "Why did you leave?" or "Were you ever stopped yourself?" tells what that side did elsewhere ("the soldiers took
    /// him at the checkpoint"), where the answer to "Who fired?" names the attacker. The evidence's own answer goes on telling its harm ("... was killed. It was a
    /// shell of the regime."), whatever was asked. Out of fold, passing these over as well as those of
    /// <see cref="IsAskedAside"/> made 63 claims right and 25 wrong more (counted first on the fold models' claims:
    /// within the evidence's own answer too, 7 right and 9 wrong) (models/README.md, "Claim actors", rule 8).
    /// </summary>
    public static bool IsAnsweredAside(DocumentLayout layout, EntityMention actor, int evidenceTurn)
    {
        var document = layout.Document;
        if (ActorPlace.Of(layout, actor) is not { Sentence: var sentence } || IsInterviewer(document, sentence)
            || layout.Turn(sentence) <= evidenceTurn)
        {
            return false;
        }

        var question = PreviousTurnEnd(layout, sentence);
        return question >= 0 && IsInterviewer(document, question) && !TurnAsksWhose(layout, question);
    }

    /// <summary>
    /// True when <paramref name="actor"/> is named in the first sentence of a witness's answer, at most
    /// <see cref="WhoAnswerTurns"/> turns after <paramref name="evidenceTurn"/>, to an interviewer's turn that asks
    /// "who", "whose", "which", "where" or "whom" ("Q: Who was shelling? A: The army, from the side of Saraqeb."): the
    /// attacker of the harm just told, even when the evidence's answer went on to a later time ("after half an hour").
    /// Out of fold, taking it past the next DATE made 14 claims right and 1 wrong (counted first on the fold models'
    /// claims: within 2 turns +12, 3 turns +10, any sentence of the answer +5) (models/README.md, "Claim actors",
    /// rule 9).
    /// </summary>
    public static bool AnswersWhoDidIt(DocumentLayout layout, EntityMention actor, int evidenceTurn)
    {
        var document = layout.Document;
        if (ActorPlace.Of(layout, actor) is not { Sentence: > 0 and var sentence } || IsInterviewer(document, sentence)
            || layout.Turn(sentence) - evidenceTurn > WhoAnswerTurns
            || layout.Turn(sentence) <= evidenceTurn || layout.Turn(sentence - 1) == layout.Turn(sentence)
            || !IsInterviewer(document, sentence - 1))
        {
            return false;
        }

        return TurnAsksWhose(layout, sentence - 1);
    }

    /// <summary>How many speaker turns after the evidence an answer that is only a side's name, to "Who ...?", still
    /// names the attacker: the next four answers. Counted first on the fold models' claims left without an actor,
    /// within 4 turns +19, 6 +26, 8 +37, 12 +35, any distance +26 (models/README.md, "Claim actors").</summary>
    private const int NameAnswerTurns = 8;

    /// <summary>Words an answer that names only a side may hold beside the name: "It was the army.", "Yes, Daesh."</summary>
    private static readonly string[] NameAnswerFillers = ["the", "it", "was", "yes", "they", "were"];

    /// <summary>
    /// True when <paramref name="actor"/> is the whole of a witness's sentence (a label, "the", "it was" or "yes" aside),
    /// at most <see cref="NameAnswerTurns"/> turns after <paramref name="evidenceTurn"/>, in answer to an interviewer's
    /// turn that asks "who", "whose", "which", "where" or "whom" ("Q: Who were the attackers? A: Codeco."): the
    /// interviewer comes back to who did the harm told a few answers before, and the witness names the side alone. Out
    /// of fold, deaths, wounds and damage left without an actor taking it made 44 claims right and 15 wrong, and its
    /// winning over a side carried from before 13 right more (models/README.md, "Claim actors").
    /// </summary>
    public static bool AnswersWhoByName(DocumentLayout layout, EntityMention actor, int evidenceTurn)
    {
        var document = layout.Document;
        if (ActorPlace.Of(layout, actor) is not { Sentence: > 0 and var sentence } || IsInterviewer(document, sentence)
            || layout.Turn(sentence) <= evidenceTurn || layout.Turn(sentence) - evidenceTurn > NameAnswerTurns)
        {
            return false;
        }

        var question = PreviousTurnEnd(layout, sentence);
        if (question < 0 || !IsInterviewer(document, question) || !TurnAsksWhose(layout, question))
        {
            return false;
        }

        return IsNameAlone(document, sentence, actor);
    }

    /// <summary>True when <paramref name="actor"/> is the whole of <paramref name="sentence"/>, a speaker's label,
    /// punctuation and the words of <see cref="NameAnswerFillers"/> aside: "A: The regime.", "It was Daesh."</summary>
    private static bool IsNameAlone(Document document, int sentence, EntityMention actor)
    {
        var text = document.Text;
        var words = document.SentenceTokens(sentence);
        for (var i = 0; i < words.Length; i++)
        {
            var token = words[i];
            var word = token.Span(text);
            if ((token.Start >= actor.Start && token.End <= actor.End) || !char.IsLetter(word[0])
                || WordList.Contains(word, NameAnswerFillers)
                || (i + 1 < words.Length && words[i + 1].Span(text) is ":"))
            {
                continue;
            }

            return false;
        }

        return true;
    }

    /// <summary>Who is said to say a thing when a witness hands on common word: "everybody says", "people say" (not
    /// "they", whose "they said it on their radio" is the side's own word).</summary>
    private static readonly string[] CommonSayers = ["people", "everyone", "everybody"];

    /// <summary>
    /// True when <paramref name="actor"/> is the whole of a sentence and the next sentence of the same turn hands the
    /// name on as common word: "A: The militia. Everybody says the militia.", "The regime. That is what people say."
    /// The witness gives the name as what people say, not as what they know, as with "people say" before a side in its
    /// own sentence (<see cref="IsDoubted"/>).
    /// </summary>
    public static bool IsNamedAsHearsay(DocumentLayout layout, EntityMention actor)
    {
        var document = layout.Document;
        if (ActorPlace.Of(layout, actor) is not { } place || !IsNameAlone(document, place.Sentence, actor))
        {
            return false;
        }

        var next = place.Sentence + 1;
        if (next >= document.Sentences.Count || layout.Turn(next) != layout.Turn(place.Sentence))
        {
            return false;
        }

        var text = document.Text;
        var previous = ReadOnlySpan<char>.Empty;
        foreach (var token in document.SentenceTokens(next))
        {
            var word = token.Span(text);
            if (WordList.Contains(word, SayingVerbs) && WordList.Contains(previous, CommonSayers))
            {
                return true;
            }

            previous = word;
        }

        return false;
    }

    /// <summary>Words before "else" that close off every other side: "who else", "nobody else", "no one else".</summary>
    private static readonly string[] ExcludingWords = ["who", "nobody", "one", "none", "noone"];

    /// <summary>
    /// True when the witness names <paramref name="actor"/> by ruling every other side out: "only" right before it
    /// ("Only the militia keeps mortars on that ridge.", "Across the river only the army is posted."), or "who else",
    /// "nobody else" in its sentence or the next sentence of the same turn ("The rebels, who else fires rockets at
    /// night?", "The militia. Nobody else."). Reasoning by exclusion is the witness's firm word on who did it, not a side named in
    /// passing, though the sentence holds more than the name.
    /// </summary>
    internal static bool NamesByExclusion(DocumentLayout layout, EntityMention actor)
    {
        var document = layout.Document;
        if (ActorPlace.Of(layout, actor) is not { } place)
        {
            return false;
        }

        var before = place.WordBeforeArticle(document);
        if (before >= place.Opens && document.Tokens[before].Span(document.Text).Equals("only", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var next = place.Sentence + 1;
        return SaysNoOtherSide(document, place.Sentence)
            || (next < document.Sentences.Count && layout.Turn(next) == layout.Turn(place.Sentence) && SaysNoOtherSide(document, next));
    }

    /// <summary>"who else", "nobody else", "no one else" in sentence <paramref name="sentence"/>.</summary>
    private static bool SaysNoOtherSide(Document document, int sentence)
    {
        var text = document.Text;
        var words = document.SentenceTokens(sentence);
        for (var i = 1; i < words.Length; i++)
        {
            if (words[i].Span(text).Equals("else", StringComparison.OrdinalIgnoreCase) && WordList.Contains(words[i - 1].Span(text), ExcludingWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="actor"/> is named by ruling every other side out (<see cref="NamesByExclusion"/>),
    /// at most <see cref="NameAnswerTurns"/> turns after <paramref name="evidenceTurn"/>, in a witness's answer to an
    /// interviewer's turn that asks "who", "whose", "which", "where" or "whom": "Q: Who fired? A: Only the militia
    /// keeps mortars on that ridge.", "A: The rebels, who else fires rockets at night?".
    /// </summary>
    public static bool AnswersWhoByExclusion(DocumentLayout layout, EntityMention actor, int evidenceTurn)
    {
        var document = layout.Document;
        if (ActorPlace.Of(layout, actor) is not { Sentence: > 0 and var sentence } || IsInterviewer(document, sentence)
            || layout.Turn(sentence) <= evidenceTurn || layout.Turn(sentence) - evidenceTurn > NameAnswerTurns)
        {
            return false;
        }

        var question = PreviousTurnEnd(layout, sentence);
        return question >= 0 && IsInterviewer(document, question) && TurnAsksWhose(layout, question)
            && NamesByExclusion(layout, actor);
    }

    /// <summary>Verbs by which a side makes its own word known: "the army said", "the rebels announced it".</summary>
    private static readonly string[] ClaimingVerbs = ["said", "says", "announced", "claimed", "wrote", "admitted", "declared"];

    /// <summary>What a side says it did, after "they" or "we": "they said they killed", "we hit".</summary>
    private static readonly string[] ClaimedStrikes = ["killed", "hit", "targeted", "struck", "attacked", "bombed", "destroyed", "did"];

    /// <summary>The speakers of a side's claim: "they said they killed", "we hit".</summary>
    private static readonly string[] ClaimingSpeakers = ["they", "we"];

    /// <summary>Most tokens between a side's name and its verb of saying: "The militia, they said".</summary>
    private const int ClaimingVerbWindow = 3;

    /// <summary>
    /// True when <paramref name="actor"/> is named in a witness's turn, at most <see cref="NameAnswerTurns"/> turns
    /// after <paramref name="evidenceTurn"/>, as claiming an attack itself: a verb of saying within three tokens after
    /// its name, then, in the same sentence, "it was them", "themselves" or "they" or "we" before a verb of striking
    /// ("The rebels said on their channel that they hit the post.", "The militia put out a statement, they said they
    /// destroyed a depot.", "The army declared it was them."). The witness reports the side's own word of responsibility, which is
    /// not others' guess about it.
    /// </summary>
    public static bool ClaimsTheAttack(DocumentLayout layout, EntityMention actor, int evidenceTurn)
    {
        var document = layout.Document;
        if (ActorPlace.Of(layout, actor) is not { Sentence: var sentence } || IsInterviewer(document, sentence)
            || layout.Turn(sentence) < evidenceTurn || layout.Turn(sentence) - evidenceTurn > NameAnswerTurns)
        {
            return false;
        }

        var text = document.Text;
        var after = layout.TokensAfter(actor);
        var said = -1;
        for (var i = 0; i < after.Length && i < ClaimingVerbWindow; i++)
        {
            if (WordList.Contains(after[i].Span(text), ClaimingVerbs))
            {
                said = i;
                break;
            }
        }

        if (said < 0)
        {
            return false;
        }

        for (var i = said + 1; i < after.Length; i++)
        {
            var word = after[i].Span(text);
            if (word.Equals("themselves", StringComparison.OrdinalIgnoreCase)
                || (word.Equals("them", StringComparison.OrdinalIgnoreCase) && after[i - 1].Span(text).Equals("was", StringComparison.OrdinalIgnoreCase))
                || (i + 1 < after.Length && WordList.Contains(word, ClaimingSpeakers) && WordList.Contains(after[i + 1].Span(text), ClaimedStrikes)))
            {
                return !WeighsOnInTurn(layout, sentence);
            }
        }

        return false;
    }

    /// <summary>The word that opens a sentence setting another side beside the one just named: "Or the army."</summary>
    private static readonly string[] OtherSideOpeners = ["or"];

    /// <summary>True when a later sentence of the turn of <paramref name="sentence"/> opens with "or": "The rebels said
    /// it was them. Or the army, I don't know." The witness goes on to weigh another side.</summary>
    private static bool WeighsOnInTurn(DocumentLayout layout, int sentence)
    {
        var document = layout.Document;
        var turn = layout.Turn(sentence);
        for (var next = sentence + 1; next < document.Sentences.Count && layout.Turn(next) == turn; next++)
        {
            if (OpensWith(document, next, OtherSideOpeners))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Verbs after a side that tell it going away ("when Daesh left Hajin", "the Russians went away"); "pulled",
    /// "went" and "ran" only before <see cref="AwayWords"/>.</summary>
    private static readonly string[] LeavingVerbs = ["left", "withdrew", "retreated", "fled"];

    /// <summary>Verbs that tell a side going away only before a word of <see cref="AwayWords"/>: "pulled out", "ran away".</summary>
    private static readonly string[] GoingVerbs = ["pulled", "went", "ran", "moved"];

    /// <summary>Words after a verb of <see cref="GoingVerbs"/> that make it a going away.</summary>
    private static readonly string[] AwayWords = ["out", "away", "back"];

    /// <summary>Words right before a side (its article aside) that make it where a flight went: "we walked to the army
    /// post", "toward the militia lines".</summary>
    private static readonly string[] TowardWords = ["to", "toward", "towards"];

    /// <summary>
    /// True when <paramref name="actor"/>, named in the evidence of a flight, is not the side that drove people out:
    /// a side whose base, trucks, lines or checkpoint people went by or to ("with the trucks of the army", "near the
    /// base of the army", "to the lines of the army"), a side people went to ("we walked to the army post at dawn",
    /// "toward the militia lines"), a side going away ("when Daesh left Hajin", "after the Russians
    /// went away") or not yet come ("before the army entered"), or one named in doubt or as others' word ("people said
    /// the army was coming"). Gold leaves such flights without an actor, and gives one to a flight when a side took the
    /// place or drove people out ("when the Armenians took Aghdam", "the army dropped papers: go south").
    /// </summary>
    public static bool IsFlightAside(DocumentLayout layout, EntityMention actor)
    {
        var document = layout.Document;
        if (ActorPlace.Of(layout, actor) is not { } place)
        {
            return false;
        }

        // "the base of the army", "the checkpoint of the SDF" (a name's article stays outside it), "before the army";
        // "we walked to the army post at dawn", "toward the militia lines": the side people went to for safety.
        var previous = place.WordBeforeArticle(document);
        if (previous >= place.Opens)
        {
            var before = document.Tokens[previous].Span(document.Text);
            if (before.Equals("of", StringComparison.OrdinalIgnoreCase) || before.Equals("before", StringComparison.OrdinalIgnoreCase)
                || WordList.Contains(before, TowardWords))
            {
                return true;
            }
        }

        var after = layout.TokensAfter(actor);
        if (!after.IsEmpty)
        {
            var verb = after[0].Span(document.Text);
            if (WordList.Contains(verb, LeavingVerbs)
                || (WordList.Contains(verb, GoingVerbs) && after.Length > 1 && WordList.Contains(after[1].Span(document.Text), AwayWords)))
            {
                return true;
            }
        }

        return IsDoubted(layout, actor);
    }

    /// <summary>True when sentence <paramref name="sentence"/> tells of an attack with a verb ("they shelled the
    /// street", "the regime bombed us").</summary>
    public static bool TellsAttack(DocumentLayout layout, int sentence)
    {
        return WordList.ContainsAny(layout.Document.SentenceTokens(sentence), layout.Document.Text, AttackVerbs);
    }

    /// <summary>True when the words of <paramref name="actor"/>'s sentence before it doubt, deny or report as others'
    /// word that it did anything: "maybe", "perhaps", "no", "not", "nobody", "never", "none", "who knows", "don't
    /// know", or "people say" and its kin.</summary>
    public static bool IsDoubted(DocumentLayout layout, EntityMention actor)
    {
        if (ActorPlace.Of(layout, actor) is not { } place)
        {
            return false;
        }

        var document = layout.Document;
        var tokens = document.Tokens;
        var previous = ReadOnlySpan<char>.Empty;
        for (var i = place.Opens; i < tokens.Count && tokens[i].Start < actor.Start; i++)
        {
            var word = tokens[i].Span(document.Text);
            if (WordList.Contains(word, DoubtWords)
                || (word.Equals("knows", StringComparison.OrdinalIgnoreCase) && previous.Equals("who", StringComparison.OrdinalIgnoreCase))
                || (word.Equals("know", StringComparison.OrdinalIgnoreCase) && WordList.Contains(previous, NegatedKnowing))
                || (WordList.Contains(word, SayingVerbs) && WordList.Contains(previous, Sayers)))
            {
                return true;
            }

            previous = word;
        }

        return IsDeniedAfter(layout, actor);
    }

    /// <summary>Forms of "to be" before "in" or "with" that tell a person of a side: "he was in the army", "is he with
    /// Hamas", "suspected to be with the Wifaq".</summary>
    private static readonly string[] BeingForms = ["was", "is", "were", "are", "am", "be", "been", "being"];

    /// <summary>People whose being a side tells what they belong to: "you are Shabaab", "asked if I was Azov" (not
    /// "it", which attributes: "it was the army"; nor "they", the takers: "they said they were Hashd").</summary>
    private static readonly string[] Members = ["he", "she", "you", "we", "i"];

    /// <summary>Verbs of service before "in": "his friend who served in the army".</summary>
    private static readonly string[] ServingVerbs = ["served", "serves", "serve", "serving"];

    /// <summary>True when <paramref name="actor"/> is named as the victims' side rather than the attacker: the side a
    /// person belongs to (<see cref="IsMembership"/>), what an attack hit or was aimed at (<see cref="IsTargeted"/>), or the
    /// side a person is accused of serving (<see cref="IsAccused"/>), the side whose men are told as the dead or the
    /// wounded (<see cref="IsNamedAsHarmed"/>), the side the takers hunt for (<see cref="IsHunted"/>), or the side a
    /// relative or a soldier is said to be in (<see cref="IsPersonOfSide"/>).
    /// Such a side is passed over wherever it is named, the evidence included.</summary>
    public static bool IsVictimsSide(DocumentLayout layout, EntityMention actor) =>
        IsMembership(layout, actor) || IsTargeted(layout, actor) || IsAccused(layout, actor) || IsNamedAsHarmed(layout, actor)
        || IsHunted(layout, actor) || IsPersonOfSide(layout, actor);

    /// <summary>
    /// True when the sentence of <paramref name="actor"/> also names another side (a mention with another canonical
    /// name, not itself named as the victims' side, <see cref="IsVictimsSide"/>): "The coalition or the Iraqi planes,
    /// who knows", "Both were firing, Daesh from inside, the army from outside", "The Taliban say the army, the army
    /// says the Taliban". Named after the harm, such a sentence weighs two sides rather than telling whose attack it
    /// was, and gold gives the harm no actor more often than either side (models/README.md, "Claim actors").
    /// </summary>
    public static bool NamesAnotherSide(DocumentLayout layout, EntityMention actor)
    {
        if (ActorPlace.Of(layout, actor) is not { } place || actor.Normalized is null)
        {
            return false;
        }

        var document = layout.Document;
        var bounds = document.Sentences[place.Sentence];
        if (!WordSequence.HasWord(document, bounds, WeighingWords))
        {
            return false;
        }

        foreach (var other in layout.EntitiesWithin(bounds.Start, bounds.End))
        {
            if (other.Type == EntityType.Actor && other.Normalized is not null
                && !string.Equals(other.Normalized, actor.Normalized, StringComparison.Ordinal) && !IsVictimsSide(layout, other)
                && !IsAimedFor(layout, other))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words by which a sentence sets one side against another: an alternative ("the coalition or the Iraqi
    /// planes"), both ("both were firing") or each side's word ("the Taliban say the army").</summary>
    private static readonly string[] WeighingWords = ["or", "nor", "both", "either", "say", "says", "said", "tell", "told"];

    /// <summary>True when <paramref name="actor"/> follows "for", as the side an attack was laid for: "the Taliban put
    /// the mine for the police".</summary>
    private static bool IsAimedFor(DocumentLayout layout, EntityMention actor)
    {
        var document = layout.Document;
        var first = layout.TokenAt(actor.Start);
        return first > 0 && document.Tokens[first - 1].Span(document.Text).Equals("for", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Words of an accusation whose side an actor named after them is the one the accused is said to serve:
    /// "accused him of helping the army", "suspected of working for Daesh", "spies for the army".</summary>
    private static readonly string[] AccusingWords = ["accused", "accusing", "accuse", "accuses", "suspected", "suspecting",
        "suspect", "suspects", "spy", "spies", "informer", "informers", "collaborator", "collaborators"];

    /// <summary>The accused's roles, which may also follow the side they are said to serve: "army informers".</summary>
    private static readonly string[] ServingRoles = ["spy", "spies", "informer", "informers", "collaborator", "collaborators"];

    /// <summary>Most words looked back from an actor for a word of <see cref="AccusingWords"/>: "accused him of sending
    /// locations to the army".</summary>
    private const int AccusationWindow = 7;

    /// <summary>
    /// True when <paramref name="actor"/> is named as the side a person is accused of serving: after a word of
    /// <see cref="AccusingWords"/> within <see cref="AccusationWindow"/> words, no punctuation between ("accusing them
    /// of helping the AA", "they said spies for the army", "collaborators of the ELN"), or right before "informers",
    /// "spies" and the like ("accused them of being army informers"). The takers name the side they hunt, not
    /// themselves. Out of fold every actor so named (15) was the accused's side (models/README.md, "Claim actors").
    /// </summary>
    public static bool IsAccused(DocumentLayout layout, EntityMention actor)
    {
        var document = layout.Document;
        if (ActorPlace.Of(layout, actor) is not { } place)
        {
            return false;
        }

        var after = layout.TokensAfter(actor);
        return (after.Length > 0 && WordList.Contains(after[0].Span(document.Text), ServingRoles))
            || WordList.ContainsAny(place.WordsBefore(document, AccusationWindow), document.Text, AccusingWords);
    }

    /// <summary>
    /// True when <paramref name="actor"/> is named as the side a person belongs to or is taken to belong to: after
    /// "in" or "with" following a form of "to be" ("my brother who was in the Free Army", "because his son is in the
    /// army", "is he with Hamas?", "anybody suspected to be with the Wifaq") or "served in", or right after a person
    /// and a form of "to be" ("they said: you are Shabaab", "asked if I was Azov"). The takers' questions and the
    /// victims' past tell whose side the victim was on, not who did the harm. Out of fold, passing these over made 22
    /// claims right and none wrong (arrests 10, disappearances 6; 19 of them outside the evidence) (models/README.md,
    /// "Claim actors").
    /// </summary>
    public static bool IsMembership(DocumentLayout layout, EntityMention actor)
    {
        var document = layout.Document;
        if (ActorPlace.Of(layout, actor) is not { } place)
        {
            return false;
        }

        var tokens = document.Tokens;
        var opens = place.Opens;
        var i = place.WordBeforeArticle(document);
        if (i <= opens)
        {
            return false;
        }

        var word = tokens[i].Span(document.Text);
        var previous = tokens[i - 1].Span(document.Text);
        if (word.Equals("in", StringComparison.OrdinalIgnoreCase) || word.Equals("with", StringComparison.OrdinalIgnoreCase))
        {
            // "is he with Hamas": the person between the verb and "with".
            return WordList.Contains(previous, BeingForms)
                || (word.Equals("in", StringComparison.OrdinalIgnoreCase) && WordList.Contains(previous, ServingVerbs))
                || (WordList.Contains(previous, Members) && i - 2 >= opens && WordList.Contains(tokens[i - 2].Span(document.Text), BeingForms));
        }

        return WordList.Contains(word, BeingForms) && WordList.Contains(previous, Members);
    }

    /// <summary>The men of a side a harm may be told of right after its name: "four Taliban fighters were killed".</summary>
    private static readonly string[] SideMen = ["soldier", "soldiers", "fighter", "fighters", "men", "member", "members",
        "commander", "commanders", "policemen", "guard", "guards"];

    /// <summary>Words between a side (or its men) and the harm told of them: "were killed", "also died", "had been wounded".</summary>
    private static readonly string[] HarmedLinks = ["was", "were", "is", "are", "also", "had", "have", "has", "been", "got"];

    /// <summary>Harms told of a side's men, after a word of <see cref="HarmedLinks"/> ("were killed") or alone ("died").</summary>
    private static readonly string[] SufferedHarms = ["killed", "wounded", "injured", "hurt", "martyred", "dead", "died"];

    /// <summary>
    /// True when the words right after <paramref name="actor"/> tell its men dead or wounded: the side itself or its
    /// men, then words of <see cref="HarmedLinks"/> only, then a harm of <see cref="SufferedHarms"/> ("the radio
    /// said four Taliban were killed by a drone", "Abdullahi the vigilante also died", "two Peshmerga soldiers were
    /// wounded"). The witness names the side among those the attack hurt, not as the one who did it, and gold does not
    /// give it the harm; "Daesh killed them" (the side doing the killing) is not read.
    /// </summary>
    public static bool IsNamedAsHarmed(DocumentLayout layout, EntityMention actor)
    {
        var text = layout.Document.Text;
        var after = layout.TokensAfter(actor);
        var i = 0;
        if (i < after.Length && WordList.Contains(after[i].Span(text), SideMen))
        {
            i++;
        }

        var links = 0;
        while (i < after.Length && WordList.Contains(after[i].Span(text), HarmedLinks))
        {
            i++;
            links++;
        }

        if (i >= after.Length)
        {
            return false;
        }

        var harm = after[i].Span(text);
        return WordList.Contains(harm, SufferedHarms) && (links > 0 || harm.Equals("died", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Verbs of asking that make "about" a side the side asked after: "they questioned me about the ZSU".</summary>
    private static readonly string[] AskingAbout = ["ask", "asks", "asked", "asking", "question", "questioned", "questioning",
        "interrogate", "interrogated", "interrogating"];

    /// <summary>Most words looked back from "about" for a verb of <see cref="AskingAbout"/>: "questioned me for one hour,
    /// about my son, about the".</summary>
    private const int AskingAboutWindow = 10;

    /// <summary>What of a side a phone may hold: "a chat of the territorial defence", "a channel of the army".</summary>
    private static readonly string[] PhoneHoldings = ["channel", "channels", "chat", "chats", "contacts", "messages"];

    /// <summary>Ways of being in touch with a side, before "with" or "to": "talking with the Free Army".</summary>
    private static readonly string[] TouchingVerbs = ["talking", "talked", "talks", "speaking", "spoke", "contact", "contacts"];

    /// <summary>Calls to a side, right before its name: "a SIM card for calling the army".</summary>
    private static readonly string[] CallingVerbs = ["calling", "phoned", "phoning"];

    /// <summary>Question words that, with a form of "to be", ask where or who a side is: "where is KNU", "who is VDP".</summary>
    private static readonly string[] SeekingWords = ["where", "who"];

    /// <summary>
    /// True when <paramref name="actor"/> is named as the side the takers hunt for or the victim is said to be in touch
    /// with: right after "where is" or "who is" and the like ("they asked where is KNU", "who is VDP"), after "about"
    /// with a verb of asking shortly before it ("they questioned me about my son, about the ZSU"), after "a chat of",
    /// "a channel of" ("in his phone there was a chat of the territorial defence"), or after "calling", "talking with",
    /// "in contact with" ("because he was talking with the Free Army on the phone"). Like the side a victim is accused of
    /// serving (<see cref="IsAccused"/>), it is the victim's supposed side, not the taker, and gold does not give it the
    /// taking.
    /// </summary>
    public static bool IsHunted(DocumentLayout layout, EntityMention actor)
    {
        if (ActorPlace.Of(layout, actor) is not { } place)
        {
            return false;
        }

        var document = layout.Document;
        var tokens = document.Tokens;
        var opens = place.Opens;
        var i = place.WordBeforeArticle(document);
        if (i < opens)
        {
            return false;
        }

        var word = tokens[i].Span(document.Text);
        if (WordList.Contains(word, CallingVerbs))
        {
            return true;
        }

        if (word.Equals("about", StringComparison.OrdinalIgnoreCase))
        {
            return AsksBefore(layout, opens, i);
        }

        if (i <= opens)
        {
            return false;
        }

        // "they asked where is KNU", not "men who were Daesh": the question the takers asked.
        var previous = tokens[i - 1].Span(document.Text);
        return (WordList.Contains(word, PresenceVerbs) && WordList.Contains(previous, SeekingWords) && AsksBefore(layout, opens, i - 1))
            || (word.Equals("of", StringComparison.OrdinalIgnoreCase) && WordList.Contains(previous, PhoneHoldings))
            || ((word.Equals("with", StringComparison.OrdinalIgnoreCase) || word.Equals("to", StringComparison.OrdinalIgnoreCase))
                && WordList.Contains(previous, TouchingVerbs));
    }

    /// <summary>True when a verb of <see cref="AskingAbout"/> lies within <see cref="AskingAboutWindow"/> words before
    /// token <paramref name="index"/>, no earlier than token <paramref name="opens"/>.</summary>
    private static bool AsksBefore(DocumentLayout layout, int opens, int index)
    {
        var document = layout.Document;
        for (var j = index - 1; j >= Math.Max(opens, index - AskingAboutWindow); j--)
        {
            if (WordList.Contains(document.Tokens[j].Span(document.Text), AskingAbout))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>People said to be in a side, right before "in": a relative ("his cousin in the army") or a soldier ("a
    /// soldier, in the army"); not "men", whose side the words after may tell by their uniform.</summary>
    private static readonly string[] PeopleOfSides = ["son", "sons", "cousin", "cousins", "brother", "brothers", "father",
        "husband", "nephew", "nephews", "uncle", "daughter", "relative", "relatives", "friend", "friends", "soldier", "officer"];

    /// <summary>
    /// True when <paramref name="actor"/> follows "in" (its article aside) right after a person of
    /// <see cref="PeopleOfSides"/>, a comma or "before" allowed between ("they questioned him about his cousin in the
    /// army", "was Mykola's son in the army?", "I was a soldier before, in the army"). As with a form of "to be"
    /// (<see cref="IsMembership"/>), the words tell whose side the person is on, not who did the harm.
    /// </summary>
    public static bool IsPersonOfSide(DocumentLayout layout, EntityMention actor)
    {
        if (ActorPlace.Of(layout, actor) is not { } place)
        {
            return false;
        }

        var document = layout.Document;
        var tokens = document.Tokens;
        var opens = place.Opens;
        var i = place.WordBeforeArticle(document);
        if (i <= opens || !tokens[i].Span(document.Text).Equals("in", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // "a soldier before, in the army": a comma and "before" may stand between the person and "in".
        i--;
        if (i > opens && tokens[i].Span(document.Text) is ",")
        {
            i--;
        }

        if (i > opens && tokens[i].Span(document.Text).Equals("before", StringComparison.OrdinalIgnoreCase))
        {
            i--;
        }

        return WordList.Contains(tokens[i].Span(document.Text), PeopleOfSides);
    }

    /// <summary>Verbs of striking whose object an actor named after them is: "it hit a pickup of the army".</summary>
    private static readonly string[] StrikingVerbs = ["hit", "hits", "attacked", "attacking", "targeted", "targeting", "ambushed", "struck", "bombed", "shelled", "killed"];

    /// <summary>Words that aim a firing at what follows them: "fired mortars at the police".</summary>
    private static readonly string[] AimWords = ["at", "on", "against"];

    /// <summary>Verbs of firing that <see cref="AimWords"/> follow within two words: "shot at", "fired missiles on".</summary>
    private static readonly string[] FiringVerbs = ["fired", "firing", "fire", "fires", "shot", "shoot", "shooting", "shoots"];

    /// <summary>Words that end the look back from an actor for the verb it is the object of: its agent ("by", "from") or
    /// another clause ("and", "when", "where").</summary>
    private static readonly string[] TargetBreaks = ["by", "from", "and", "when", "where", "who", "which", "that", "while", "but"];

    /// <summary>Most words looked back from an actor for the striking or aiming word ("shot at the soldiers of the").</summary>
    private const int TargetWindow = 6;

    /// <summary>Most words looked back from an aiming word for its verb of firing: "fired mortars at", "shot at".</summary>
    private const int FiringReach = 3;

    /// <summary>
    /// True when <paramref name="actor"/> is named as what an attack was aimed at: the object of a verb of striking
    /// ("it hit a pickup of the army", "a drone hit a car of the Kaniyat") or after "at", "on" or "against" right after
    /// a verb of firing and its weapon ("they fired mortars at the police", "they shot at the soldiers of the FDS"),
    /// within <see cref="TargetWindow"/> words, no punctuation, agent or other clause between. The side attacked is not
    /// the attacker, and gold does not give it the harm.
    /// </summary>
    public static bool IsTargeted(DocumentLayout layout, EntityMention actor)
    {
        var document = layout.Document;
        if (ActorPlace.Of(layout, actor) is not { } place)
        {
            return false;
        }

        var before = place.WordsBefore(document, TargetWindow);
        for (var i = before.Length - 1; i >= 0; i--)
        {
            var word = before[i].Span(document.Text);
            if (WordList.Contains(word, StrikingVerbs))
            {
                return true;
            }

            if (WordList.Contains(word, AimWords))
            {
                var aim = place.FirstToken - before.Length + i;
                return WordList.ContainsAny(place.WordsBefore(document, aim, FiringReach), document.Text, FiringVerbs);
            }

            if (WordList.Contains(word, TargetBreaks))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Verbs of two sides fighting each other: "fighting between the army and the dissidents", "clan militia
    /// fighting with the army", "the ELN and the dissidents were fighting".</summary>
    private static readonly string[] FightingVerbs = ["fighting", "fought", "fight", "fights", "clashed", "clashing", "clashes", "clash"];

    /// <summary>Words a side's fighting may follow it by: "the Clan and the dissidents were fighting", "had clashed".</summary>
    private static readonly string[] FightingAuxiliaries = ["were", "was", "are", "is", "had", "have", "has", "been", "still", "also"];

    /// <summary>Most words looked back from an actor for "between": "combat between the army and the dissidents".</summary>
    private const int BetweenWindow = 6;

    /// <summary>The word that sets two sides fighting each other: "shooting between the army and the rebels".</summary>
    private static readonly string[] Between = ["between"];

    /// <summary>
    /// True when <paramref name="actor"/> is named as one of two sides fighting each other: after "between" within
    /// <see cref="BetweenWindow"/> words, no punctuation between ("there was shooting between the army and the
    /// dissidents on the hill"), after a verb of fighting and "with" or "against" ("a pickup of clan militia fighting
    /// with the army"), or as one of a pair of sides that fight ("the ELN and the dissidents were fighting"). A harm
    /// told as caught between two sides fighting is held to be neither's, and gold leaves it without an actor (in the
    /// train and dev labels, every claim whose evidence tells fighting between two sides). Out of fold, for deaths,
    /// wounds and damage, 11 claims right more and none lost (models/README.md, "Claim actors").
    /// </summary>
    public static bool IsFightingParty(DocumentLayout layout, EntityMention actor)
    {
        var document = layout.Document;
        if (ActorPlace.Of(layout, actor) is not { } place)
        {
            return false;
        }

        if (WordList.ContainsAny(place.WordsBefore(document, BetweenWindow), document.Text, Between))
        {
            return true;
        }

        // "fighting with the army": the article may stand outside the name.
        var tokens = document.Tokens;
        var opens = place.Opens;
        var previous = place.WordBeforeArticle(document);
        if (previous > opens && WordList.Contains(tokens[previous].Span(document.Text), PartnerWords)
            && WordList.Contains(tokens[previous - 1].Span(document.Text), FightingVerbs))
        {
            return true;
        }

        // "the Clan and the dissidents were fighting": this side and another, joined by "and", before the fighting.
        if (previous > opens && tokens[previous].Span(document.Text).Equals("and", StringComparison.OrdinalIgnoreCase)
            && IsOtherSide(layout, actor, tokens[previous - 1].Start))
        {
            return FightsAfter(layout, layout.TokensAfter(actor));
        }

        var after = layout.TokensAfter(actor);
        if (after.Length > 2 && after[0].Span(document.Text).Equals("and", StringComparison.OrdinalIgnoreCase))
        {
            var partnerAt = after[1].Span(document.Text).Equals("the", StringComparison.OrdinalIgnoreCase) && !IsOtherSide(layout, actor, after[1].Start)
                ? after[2].Start
                : after[1].Start;
            if (IsOtherSide(layout, actor, partnerAt) && layout.EntityAt(partnerAt) is { } partner)
            {
                return FightsAfter(layout, layout.TokensAfter(partner));
            }
        }

        return false;
    }

    /// <summary>Words that join a verb of fighting to the side fought: "fighting with", "fought against".</summary>
    private static readonly string[] PartnerWords = ["with", "against"];

    /// <summary>True when the mention at <paramref name="offset"/> is an ACTOR of another canonical name than
    /// <paramref name="actor"/>.</summary>
    private static bool IsOtherSide(DocumentLayout layout, EntityMention actor, int offset) =>
        layout.EntityAt(offset) is { Type: EntityType.Actor, Normalized: { } name } && !string.Equals(name, actor.Normalized, StringComparison.Ordinal);

    /// <summary>True when <paramref name="after"/>, the words after a pair of sides, open with a verb of fighting,
    /// past "were", "had" and the like: "were fighting", "fought", "had clashed".</summary>
    private static bool FightsAfter(DocumentLayout layout, ReadOnlySpan<Token> after)
    {
        var text = layout.Document.Text;
        var i = 0;
        while (i < after.Length && WordList.Contains(after[i].Span(text), FightingAuxiliaries))
        {
            i++;
        }

        return i < after.Length && WordList.Contains(after[i].Span(text), FightingVerbs);
    }

    /// <summary>Words that, within <see cref="DenialWindow"/> words after an actor in its sentence, deny what it did or
    /// has: "Fano has no drone", "the army does not strike its own city", "the soldiers were not there".</summary>
    private static readonly string[] DenialWords = ["no", "not", "never", "cannot", "don't", "don’t", "doesn't", "doesn’t",
        "didn't", "didn’t", "wasn't", "wasn’t", "weren't", "weren’t", "can't", "can’t"];

    /// <summary>How many words after an actor a word of <see cref="DenialWords"/> denies it: "the army trucks were not".</summary>
    private const int DenialWindow = 3;

    /// <summary>True when a word of <see cref="DenialWords"/> follows <paramref name="actor"/> within
    /// <see cref="DenialWindow"/> words, no punctuation between: the witness says what that side did not do ("the army
    /// does not strike its own city", "Boko Haram has no plane"), and gold does not give it the harm.</summary>
    private static bool IsDeniedAfter(DocumentLayout layout, EntityMention actor)
    {
        var text = layout.Document.Text;
        var after = layout.TokensAfter(actor);
        for (var i = 0; i < after.Length && i < DenialWindow; i++)
        {
            if (after[i].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (WordList.Contains(after[i].Span(text), DenialWords))
            {
                return true;
            }
        }

        return false;
    }
}
