using System.Net;

namespace TestimonyNlp.Review;

/// <summary>How the review app is hosted: which store it serves and where it listens.</summary>
public sealed record ReviewOptions
{
    /// <summary>The SQLite store that <c>process</c> wrote (it must exist).</summary>
    public string Database { get; init; } = Defaults.Database;

    /// <summary>The URLs to listen on, separated by semicolons (loopback only unless told otherwise).</summary>
    public string Urls { get; init; } = Defaults.Urls;

    /// <summary>How long an opened item stays leased to the reviewer who opened it.</summary>
    public TimeSpan LeaseDuration { get; init; } = Defaults.LeaseDuration;

    /// <summary>How long a login lasts without a request.</summary>
    public TimeSpan SessionIdleTimeout { get; init; } = Defaults.SessionIdleTimeout;

    /// <summary>
    /// The reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> headers are believed (none by
    /// default: the peer's address is the client's). Only these: a forwarded header from any other peer is ignored.
    /// </summary>
    public IReadOnlyList<IPAddress> KnownProxies { get; init; } = [];

    /// <summary>Default values.</summary>
    public static class Defaults
    {
        /// <summary>The store file in the current folder, as <c>process</c> makes it.</summary>
        public const string Database = "testimony.db";

        /// <summary>Loopback only: the queue is not reachable from other machines unless asked.</summary>
        public const string Urls = "http://127.0.0.1:5080";

        /// <summary>Ten minutes: long enough to read an item, short enough that an abandoned one comes back.</summary>
        public static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(10);

        /// <summary>Eight hours: one working day.</summary>
        public static readonly TimeSpan SessionIdleTimeout = TimeSpan.FromHours(8);

        /// <summary>Login attempts one client address may make per minute over all user names: six names at their
        /// own limit of ten, enough for an office behind one proxy, too few to try names without end.</summary>
        public const int LoginAttemptsPerAddressPerMinute = 60;
    }
}
