namespace TestimonyNlp.Store;

/// <summary>What a user of the review queue may do. Each role can do everything the ones before it can.</summary>
public enum ReviewRole
{
    /// <summary>Reads the queue, the testimonies and the history; changes nothing (<c>VIEWER</c>).</summary>
    Viewer,

    /// <summary>Also leases items and applies corrections (<c>REVIEWER</c>).</summary>
    Reviewer,

    /// <summary>Also manages users (<c>ADMIN</c>).</summary>
    Admin,
}
