namespace TestimonyNlp.Store;

/// <summary>What <see cref="ITestimonyStore.Save"/> did with a testimony.</summary>
public enum SaveStatus
{
    /// <summary>The testimony was new and is now stored with its entities and claims.</summary>
    Stored,

    /// <summary>A testimony with the same content hash was already stored and current; nothing was written.</summary>
    AlreadyStored,

    /// <summary>The content matched an earlier, superseded version of the same source and testimony id (the
    /// edit was reverted): that version is current again and the one that replaced it is superseded. Nothing
    /// else was written.</summary>
    Restored,
}

/// <summary>The result of saving one testimony.</summary>
/// <param name="Status">What was done.</param>
/// <param name="TestimonyRowId">The store's row id of the testimony with this content hash.</param>
/// <param name="SupersededCount">How many stored versions of the same source and testimony id this save
/// marked <see cref="TestimonyStatus.Superseded"/>.</param>
public sealed record SaveOutcome(SaveStatus Status, long TestimonyRowId, int SupersededCount);
