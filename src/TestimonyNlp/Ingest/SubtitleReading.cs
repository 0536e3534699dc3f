namespace TestimonyNlp.Ingest;

/// <summary>The steps both subtitle readers share: decode, parse, wrap.</summary>
internal static class SubtitleReading
{
    public static IngestOutcome Read(string source, ReadOnlySpan<byte> bytes, SubtitleDialect dialect, string format)
    {
        var decoded = TranscriptDecoder.Decode(bytes);
        if (!decoded.Success)
        {
            return IngestOutcome.ForFailure(source, decoded.Error);
        }

        var parsed = SubtitleParser.Parse(decoded.Text, dialect);
        if (parsed.Error is not null || parsed.Content is null)
        {
            return IngestOutcome.ForFailure(source, parsed.Error ?? "no subtitle cues found");
        }

        var warnings = decoded.Warning is null ? parsed.Warnings : parsed.Warnings.Insert(0, decoded.Warning);
        return IngestOutcome.ForSuccess(new Model.Testimony
        {
            Source = source,
            TestimonyId = parsed.Metadata.InterviewId ?? IngestText.FileStem(source),
            Metadata = parsed.Metadata,
            Content = parsed.Content,
            ContentSha256 = IngestText.Sha256Hex(bytes),
            Format = format,
            Segments = parsed.Segments,
            Warnings = warnings,
        });
    }
}
