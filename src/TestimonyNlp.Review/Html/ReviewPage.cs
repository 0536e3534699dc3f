using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace TestimonyNlp.Review.Html;

/// <summary>What one request's pages need: the user, an anti-forgery token for its forms, the script nonce.</summary>
internal sealed class ReviewPage
{
    private readonly HttpContext _context;
    private AntiforgeryField? _antiforgery;

    private ReviewPage(HttpContext context) => _context = context;

    /// <summary>The page context of <paramref name="context"/>'s request.</summary>
    public static ReviewPage For(HttpContext context) => new(context);

    /// <summary>The anti-forgery field every form of the page carries (made, and its cookie set, on first use).</summary>
    public AntiforgeryField Antiforgery
    {
        get
        {
            if (_antiforgery is null)
            {
                var tokens = _context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(_context);
                _antiforgery = new AntiforgeryField(tokens.FormFieldName, tokens.RequestToken ?? string.Empty);
            }

            return _antiforgery;
        }
    }

    /// <summary>Writes a whole page.</summary>
    public string Render(string title, Action<HtmlBuilder> body, string? script = null) =>
        PageLayout.Render(
            title,
            _context.User,
            Antiforgery,
            SecurityHeadersMiddleware.NonceOf(_context),
            body,
            script);

    /// <summary>A whole page as a result with <paramref name="statusCode"/>.</summary>
    public ContentHttpResult Result(string title, Action<HtmlBuilder> body, int statusCode = StatusCodes.Status200OK, string? script = null) =>
        TypedResults.Content(Render(title, body, script), "text/html; charset=utf-8", statusCode: statusCode);

    /// <summary>A page with one message, for refusals (409, 400, 404).</summary>
    public ContentHttpResult Message(string title, string message, int statusCode, string? linkHref = null, string? linkText = null) =>
        Result(title, html =>
        {
            html.Raw("<h1>").Text(title).Raw("</h1><p class=\"notice\">").Text(message).Raw("</p>");
            if (linkHref is not null)
            {
                html.Raw("<p><a").Attribute("href", linkHref).Raw(">").Text(linkText ?? linkHref).Raw("</a></p>");
            }
        }, statusCode);
}

/// <summary>A 303 See Other redirect: after a POST, the browser GETs the next page.</summary>
/// <param name="Location">Where to go (a local path).</param>
internal sealed record SeeOther(string Location) : IResult, IStatusCodeHttpResult
{
    /// <inheritdoc />
    public int? StatusCode => StatusCodes.Status303SeeOther;

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
        httpContext.Response.Headers.Location = Location;
        return Task.CompletedTask;
    }
}
