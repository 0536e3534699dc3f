using System.Security.Cryptography;
using Microsoft.AspNetCore.Antiforgery;
using TestimonyNlp.Review.Html;

namespace TestimonyNlp.Review;

/// <summary>
/// Headers on every response: a Content-Security-Policy that runs only this request's inline script (by nonce),
/// no sniffing, no framing, no referrer, and no caching of pages that hold testimony.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    /// <summary>The key of the request's nonce in <see cref="HttpContext.Items"/>.</summary>
    public const string NonceKey = "csp-nonce";

    /// <summary>Adds the headers and passes the request on.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        context.Items[NonceKey] = nonce;
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy =
            $"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; form-action 'self'; " +
            "frame-ancestors 'none'; base-uri 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-cache, no-store";
        headers.Pragma = "no-cache";
        return next(context);
    }

    /// <summary>The nonce of <paramref name="context"/>'s request.</summary>
    public static string NonceOf(HttpContext context) => (string)context.Items[NonceKey]!;
}

/// <summary>
/// Every POST, whatever its endpoint, must carry a valid anti-forgery token: the check is made here, after
/// authentication and authorisation and before the endpoint runs, and a request without one gets 400. So does a form
/// that cannot be read at all (a value holding a null character, a body cut short), which the check would otherwise
/// throw on as a server error.
/// </summary>
internal sealed class AntiforgeryMiddleware(RequestDelegate next, IAntiforgery antiforgery)
{
    /// <summary>Checks the token of a POST, then passes the request on.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsPost(context.Request.Method))
        {
            bool valid;
            try
            {
                valid = await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false);
            }
            catch (AntiforgeryValidationException exception) when (exception.InnerException is InvalidDataException or IOException or BadHttpRequestException)
            {
                await RefuseAsync(context, "Form not read", "This form could not be read: one of its values holds a character a form cannot carry, such as a null character. Go back, remove it and try again.").ConfigureAwait(false);
                return;
            }

            if (!valid)
            {
                await RefuseAsync(context, "Form expired", "This form expired or did not come from this app. Go back, reload the page and try again.").ConfigureAwait(false);
                return;
            }
        }

        await next(context).ConfigureAwait(false);
    }

    private static Task RefuseAsync(HttpContext context, string title, string message)
    {
        var page = ReviewPage.For(context);
        var html = page.Render(title, html => html.Raw("<p class=\"notice\">").Text(message).Raw("</p>"));
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(html);
    }
}
