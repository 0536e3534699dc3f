using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TestimonyNlp.Review.Html;
using TestimonyNlp.Store;

namespace TestimonyNlp.Review;

/// <summary>Login and logout.</summary>
internal static class AccountEndpoints
{
    /// <summary>The one message of a failed login: it never says whether the name or the password was wrong.</summary>
    public const string LoginFailed = "Wrong name or password.";

    /// <summary>Maps <c>GET /login</c>, <c>POST /login</c> and <c>POST /logout</c>.</summary>
    public static IEndpointRouteBuilder MapAccount(this IEndpointRouteBuilder routes)
    {
        // The anti-forgery check of every POST is AntiforgeryMiddleware's, explicit and before any endpoint.
        var group = routes.MapGroup(string.Empty).DisableAntiforgery();
        group.MapGet("/login", LoginPage).AllowAnonymous();
        group.MapPost("/login", LoginAsync).AllowAnonymous().RequireRateLimiting(ReviewApp.Defaults.LoginRateLimit);
        group.MapPost("/logout", (Func<HttpContext, Task<SeeOther>>)LogoutAsync);
        return routes;
    }

    private static ContentHttpResult LoginPage(HttpContext context, [FromQuery(Name = "ReturnUrl")] string? returnUrl) =>
        Render(ReviewPage.For(context), returnUrl, failed: false);

    private static async Task<Results<SeeOther, ContentHttpResult>> LoginAsync(
        HttpContext context,
        IReviewStore store,
        [FromForm(Name = "name")] string? name,
        [FromForm(Name = "password")] string? password,
        [FromForm(Name = "returnUrl")] string? returnUrl)
    {
        var user = string.IsNullOrWhiteSpace(name) ? null : store.FindUser(name.Trim());
        var check = ReviewPasswords.Check(user, password ?? string.Empty);
        if (check == PasswordCheck.Wrong || user is null)
        {
            return Render(ReviewPage.For(context), returnUrl, failed: true);
        }

        if (check == PasswordCheck.RightButRehash)
        {
            store.SetPasswordHash(user.Name, ReviewPasswords.Hash(password!));
        }

        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, ReviewClaims.Principal(user))
            .ConfigureAwait(false);
        return new SeeOther(IsLocal(returnUrl) ? returnUrl! : "/");
    }

    private static async Task<SeeOther> LogoutAsync(HttpContext context)
    {
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
        return new SeeOther(ReviewApp.Defaults.LoginPath);
    }

    private static ContentHttpResult Render(ReviewPage page, string? returnUrl, bool failed) =>
        page.Result("Log in", html =>
        {
            html.Raw("<h1>Log in</h1>");
            if (failed)
            {
                html.Raw("<p class=\"notice\" id=\"login-failed\">").Text(LoginFailed).Raw("</p>");
            }

            html.Raw("<form method=\"post\" action=\"/login\">");
            page.Antiforgery.Write(html);
            html.Hidden("returnUrl", IsLocal(returnUrl) ? returnUrl : "/")
                .Raw("<p><label>Name <input name=\"name\" autocomplete=\"username\" required autofocus></label></p>")
                .Raw("<p><label>Password <input name=\"password\" type=\"password\" autocomplete=\"current-password\" required></label></p>")
                .Raw("<p><button type=\"submit\">Log in</button></p></form>");
        }, failed ? StatusCodes.Status401Unauthorized : StatusCodes.Status200OK);

    /// <summary>A path on this site (<c>/items/entity-3</c>), never another host (<c>//evil</c>, <c>/\evil</c>).</summary>
    internal static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
