using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using TestimonyNlp.Store;

namespace TestimonyNlp.Review;

/// <summary>
/// The login rate limit's partitions: the client address and the user name the form names, so that one office
/// behind one proxy does not share a single budget while each name stays limited; and a ceiling per client address
/// over all names (<see cref="PerAddress"/>). Behind a trusted proxy the client
/// address is the one the proxy forwards (<see cref="ForwardedHeaders"/>, for <see cref="ReviewOptions.KnownProxies"/>
/// only); from any other peer, a forwarded header is ignored.
/// </summary>
internal static class LoginRateLimit
{
    /// <summary>The key of the submitted name in <see cref="HttpContext.Items"/>.</summary>
    public const string NameKey = "login-name";

    /// <summary>The partition of a login request: <c>address</c>, a line feed, the name folded to lower case.</summary>
    public static string PartitionKey(HttpContext context)
    {
        var address = AddressKey(context);
        var name = context.Items.TryGetValue(NameKey, out var value) && value is string submitted ? submitted : string.Empty;
        return address + "\n" + name;
    }

    /// <summary>The client address of a request (empty when the server knows none).</summary>
    public static string AddressKey(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? string.Empty;

    /// <summary>
    /// The ceiling per client address over all names: a login request (an endpoint under the login policy) counts
    /// against its address's budget of <paramref name="perMinute"/> a minute, on top of the limit per address and
    /// name, so that one address cannot try names without end; any other request is not limited here.
    /// </summary>
    public static PartitionedRateLimiter<HttpContext> PerAddress(int perMinute) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
            IsLogin(context)
                ? RateLimitPartition.GetFixedWindowLimiter(AddressKey(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = perMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(string.Empty));

    private static bool IsLogin(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>() is { } limit
        && string.Equals(limit.PolicyName, ReviewApp.Defaults.LoginRateLimit, StringComparison.Ordinal);

    /// <summary>The name as the partition holds it: trimmed, ASCII-folded like the store's names, and cut to the
    /// longest name an account can have, so that a flood of long names cannot grow the partitions.</summary>
    public static string Fold(string? name)
    {
        var trimmed = (name ?? string.Empty).Trim();
        if (trimmed.Length > ReviewLimits.MaxUserNameLength)
        {
            trimmed = trimmed[..ReviewLimits.MaxUserNameLength];
        }

        return string.Create(trimmed.Length, trimmed, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsAsciiLetterUpper(source[i]) ? (char)(source[i] + 32) : source[i];
            }
        });
    }

    /// <summary>The forwarded-header settings that trust exactly <paramref name="proxies"/> (none of the loopback
    /// defaults): the client address from <c>X-Forwarded-For</c>, the scheme from <c>X-Forwarded-Proto</c>.</summary>
    public static ForwardedHeadersOptions ForwardedHeaders(IReadOnlyList<IPAddress> proxies)
    {
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto,
        };
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        foreach (var proxy in proxies)
        {
            options.KnownProxies.Add(proxy);
        }

        return options;
    }
}

/// <summary>
/// Reads the login form before the rate limiter decides, and keeps the submitted name for
/// <see cref="LoginRateLimit.PartitionKey"/> (the limiter's partitioner cannot read a body itself).
/// </summary>
internal sealed class LoginNameMiddleware(RequestDelegate next)
{
    /// <summary>Keeps the name of a login POST, then passes the request on.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsPost(request.Method)
            && request.Path.Equals(ReviewApp.Defaults.LoginPath, StringComparison.OrdinalIgnoreCase)
            && request.HasFormContentType)
        {
            try
            {
                var form = await request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
                context.Items[LoginRateLimit.NameKey] = LoginRateLimit.Fold(form["name"].ToString());
            }
            catch (Exception exception) when (exception is InvalidDataException or IOException or BadHttpRequestException)
            {
                // A malformed form is limited under the empty name; the endpoint refuses it anyway.
            }
        }

        await next(context).ConfigureAwait(false);
    }
}
