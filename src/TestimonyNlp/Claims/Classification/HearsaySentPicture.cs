using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Makes a PROPERTY_DAMAGE claim HEARSAY that was given WITNESSED, EXPERIENCED or REPORTED when the speaker says,
/// in its evidence or the sentence on either side, that someone sent them a photo or a video of it ("my neighbour
/// sent me a photo, the roof is gone", "from the pictures my cousin sent"). A home or a shop left behind is most often
/// known from a relative or a neighbour who went back: CONTRACT.md's HEARSAY is "told by others", and a picture sent
/// by a person is that person's account, not a document, the media or an organisation. The basis model reads "our
/// house" as lived, the picture as a report or the damage as seen. Evidence, or a picture's sentence, that names a
/// medium (Facebook, the news, a channel) is left to <see cref="ReportedSource"/>. Out of fold the rule turns 12 matched
/// claims, gold HEARSAY 11 and REPORTED 1 (models/README.md, "Claim-level basis").
/// </summary>
internal static class HearsaySentPicture
{
    private static readonly string[] Sent = ["sent", "sends"];

    private static readonly string[] Pictures =
    [
        "photo", "photos", "photograph", "photographs", "picture", "pictures", "video", "videos", "image", "images",
    ];

    /// <summary>Words between "sent" and the picture: "sent me the photos", "sent her a video".</summary>
    private static readonly string[] Between = ["me", "us", "her", "him", "them", "a", "the", "some", "two", "many", "his", "this", "these"];

    /// <summary>Media whose pictures are a report rather than someone's account.</summary>
    private static readonly string[] Media =
    [
        "facebook", "news", "television", "tv", "telegram", "youtube", "page", "channel", "internet", "radio", "newspaper",
    ];

    /// <summary>How far a picture may stand before its "sent": "the photos my friend sent".</summary>
    private const int SenderWords = 3;

    /// <summary>
    /// Turns to <see cref="Basis.Hearsay"/> each <see cref="Basis.Witnessed"/>, <see cref="Basis.Experienced"/> or
    /// <see cref="Basis.Reported"/> PROPERTY_DAMAGE claim of <paramref name="claims"/> from <paramref name="from"/> on
    /// whose evidence, the speaker's sentence just before it or the speaker's next sentence (not the interviewer's, nor
    /// another claim's evidence) says a photo or a video was sent, neither the evidence nor that sentence naming a medium.
    /// </summary>
    public static void Apply(Document document, List<Claim> claims, int from)
    {
        var read = new List<int>();
        for (var c = from; c < claims.Count; c++)
        {
            var claim = claims[c];
            if (claim.Harm != Harm.PropertyDamage || claim.Basis is not (Basis.Witnessed or Basis.Experienced or Basis.Reported) || claim.Evidence.IsEmpty)
            {
                continue;
            }

            read.Clear();
            ClaimBasisModel.EvidenceSentences(document, claim.Evidence, read);
            if (read.Count == 0 || WordSequence.HasWordInAny(document, read, Media))
            {
                continue;
            }

            var evidenceCount = read.Count;
            var before = read[0] - 1;
            if (before >= 0 && document.RoleOf(document.Sentences[before]) != SpeakerRole.Interviewer)
            {
                read.Add(before);
            }

            var end = AfterEvidence.End(claim);
            var (next, last) = AfterEvidence.SpeakerSentences(document, end, AfterEvidence.NextClaimStart(claims, from, c, end), 1);
            if (next < last)
            {
                read.Add(next);
            }

            if (SaysSent(document, read, evidenceCount))
            {
                claims[c] = claim with { Basis = Basis.Hearsay };
            }
        }
    }

    /// <summary>True when one of the sentences <paramref name="read"/> says a picture was sent, that sentence naming no
    /// medium (the first <paramref name="evidenceCount"/>, the evidence, were checked for media before).</summary>
    private static bool SaysSent(Document document, List<int> read, int evidenceCount)
    {
        for (var r = 0; r < read.Count; r++)
        {
            var sentence = document.Sentences[read[r]];
            if (PictureSent(document, sentence) && (r < evidenceCount || !WordSequence.HasWord(document, sentence, Media)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="sentence"/> has "sent" followed by a picture with at most two of
    /// <see cref="Between"/> in between ("sent me a photo"), or a picture followed by "sent" within
    /// <see cref="SenderWords"/> words ("the photos my friend sent").</summary>
    internal static bool PictureSent(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var end = WordSequence.End(document, sentence);
        for (var t = sentence.FirstToken; t < end; t++)
        {
            var word = tokens[t].Span(text);
            if (WordList.Contains(word, Sent))
            {
                var i = t + 1;
                while (i < end && i - t <= 2 && WordList.Contains(tokens[i].Span(text), Between))
                {
                    i++;
                }

                if (i < end && WordList.Contains(tokens[i].Span(text), Pictures))
                {
                    return true;
                }
            }
            else if (WordList.Contains(word, Pictures))
            {
                for (var i = t + 1; i < end && i - t <= SenderWords + 1 && tokens[i].Kind == TokenKind.Word; i++)
                {
                    if (WordList.Contains(tokens[i].Span(text), Sent))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
