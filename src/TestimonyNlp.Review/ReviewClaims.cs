using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using TestimonyNlp.Store;

namespace TestimonyNlp.Review;

/// <summary>The claims of a signed-in reviewer, the role names and the authorisation policy names.</summary>
internal static class ReviewClaims
{
    /// <summary>The policy of every write: reviewers and admins.</summary>
    public const string WritePolicy = "write";

    /// <summary>Role name of <see cref="ReviewRole.Admin"/>.</summary>
    public const string Admin = "admin";

    /// <summary>Role name of <see cref="ReviewRole.Reviewer"/>.</summary>
    public const string Reviewer = "reviewer";

    /// <summary>Role name of <see cref="ReviewRole.Viewer"/>.</summary>
    public const string Viewer = "viewer";

    /// <summary>The role's name as the command line and the pages show it.</summary>
    public static string ToName(this ReviewRole role) => role switch
    {
        ReviewRole.Admin => Admin,
        ReviewRole.Reviewer => Reviewer,
        ReviewRole.Viewer => Viewer,
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    /// <summary>The principal a login gives <paramref name="user"/>.</summary>
    public static ClaimsPrincipal Principal(ReviewUser user)
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, user.Name),
                new Claim(ClaimTypes.Role, user.Role.ToName()),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>The role of a signed-in principal, or an empty string.</summary>
    public static string RoleOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Role) ?? string.Empty;

    /// <summary>True when the principal may write (reviewer or admin).</summary>
    public static bool CanWrite(ClaimsPrincipal user) => user.IsInRole(Reviewer) || user.IsInRole(Admin);

    /// <summary>
    /// Checks each request's cookie against the store: a user who no longer exists, or whose role changed since
    /// login, is signed out.
    /// </summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var store = context.HttpContext.RequestServices.GetRequiredService<IReviewStore>();
        var user = principal?.Identity?.Name is { } name ? store.FindUser(name) : null;
        if (user is null
            || principal is null
            || principal.FindFirstValue(ClaimTypes.NameIdentifier) != user.Id.ToString(CultureInfo.InvariantCulture)
            || RoleOf(principal) != user.Role.ToName())
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
        }
    }
}
