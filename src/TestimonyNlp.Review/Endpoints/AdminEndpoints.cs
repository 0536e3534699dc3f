using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TestimonyNlp.Review.Html;
using TestimonyNlp.Store;

namespace TestimonyNlp.Review;

/// <summary>
/// The users page, for admins only: list the accounts with their roles, add one, change a role, reset a password.
/// The last admin can be neither demoted nor replaced by nobody. The store has no audit table for accounts (its
/// audit log is per review item), so each change is written to the app's log instead: who did what to which
/// account, never a password or hash.
/// </summary>
internal static class AdminEndpoints
{
    /// <summary>The users page.</summary>
    public const string UsersPath = "/admin/users";

    /// <summary>Maps <c>GET /admin/users</c>, <c>POST /admin/users</c>, <c>POST /admin/users/{id}/role</c> and
    /// <c>POST /admin/users/{id}/password</c>, all for the admin role only.</summary>
    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder routes)
    {
        // The anti-forgery check of every POST is AntiforgeryMiddleware's, explicit and before any endpoint.
        var admin = routes.MapGroup(UsersPath).DisableAntiforgery().RequireAuthorization(policy => policy.RequireRole(ReviewClaims.Admin));
        admin.MapGet(string.Empty, Users);
        admin.MapPost(string.Empty, AddUser);
        admin.MapPost("/{id:long}/role", ChangeRole);
        admin.MapPost("/{id:long}/password", ResetPassword);
        return routes;
    }

    private static ContentHttpResult Users(HttpContext context, IReviewStore store, [FromQuery(Name = "done")] string? done) =>
        AdminPage.Users(ReviewPage.For(context), store.ReadUsers(), Done(done), ok: true);

    private static Results<SeeOther, ContentHttpResult> AddUser(
        HttpContext context,
        IReviewStore store,
        ILoggerFactory logs,
        [FromForm(Name = "name")] string? name,
        [FromForm(Name = "role")] string? role,
        [FromForm(Name = "password")] string? password,
        [FromForm(Name = "confirm")] string? confirm)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length == 0 || trimmed.Length > ReviewLimits.MaxUserNameLength)
        {
            return Refuse(context, store, string.Create(CultureInfo.InvariantCulture, $"A name has 1 to {ReviewLimits.MaxUserNameLength} characters."), StatusCodes.Status400BadRequest);
        }

        if (ParseRole(role) is not { } parsed)
        {
            return Refuse(context, store, "Choose a role: admin, reviewer or viewer.", StatusCodes.Status400BadRequest);
        }

        if (PasswordProblem(password, confirm) is { } problem)
        {
            return Refuse(context, store, problem, StatusCodes.Status400BadRequest);
        }

        if (store.FindUser(trimmed) is not null)
        {
            return Refuse(context, store, $"There is already an account named {trimmed}.", StatusCodes.Status409Conflict);
        }

        try
        {
            store.AddUser(trimmed, parsed, ReviewPasswords.Hash(password!));
        }
        catch (StoreException)
        {
            // Another admin added the same name a moment ago.
            return Refuse(context, store, $"There is already an account named {trimmed}.", StatusCodes.Status409Conflict);
        }

        Log(logs, context, "added as " + parsed.ToName(), trimmed);
        return new SeeOther(UsersPath + "?done=added");
    }

    private static Results<SeeOther, ContentHttpResult, NotFound> ChangeRole(
        HttpContext context,
        IReviewStore store,
        ILoggerFactory logs,
        long id,
        [FromForm(Name = "role")] string? role)
    {
        if (store.ReadUsers().FirstOrDefault(u => u.Id == id) is not { } user)
        {
            return TypedResults.NotFound();
        }

        if (ParseRole(role) is not { } parsed)
        {
            return Refuse(context, store, "Choose a role: admin, reviewer or viewer.", StatusCodes.Status400BadRequest);
        }

        // The store counts the admins under its write lock: two admins demoting each other at once keep one.
        switch (store.SetUserRoleKeepingAdmin(user.Name, parsed))
        {
            case UserRoleOutcome.NotFound:
                return TypedResults.NotFound();
            case UserRoleOutcome.LastAdmin:
                return Refuse(context, store, $"{user.Name} is the last admin: make another account admin first.", StatusCodes.Status409Conflict);
        }

        Log(logs, context, "role set to " + parsed.ToName(), user.Name);
        return new SeeOther(UsersPath + "?done=role");
    }

    private static Results<SeeOther, ContentHttpResult, NotFound> ResetPassword(
        HttpContext context,
        IReviewStore store,
        ILoggerFactory logs,
        long id,
        [FromForm(Name = "password")] string? password,
        [FromForm(Name = "confirm")] string? confirm)
    {
        if (store.ReadUsers().FirstOrDefault(u => u.Id == id) is not { } user)
        {
            return TypedResults.NotFound();
        }

        if (PasswordProblem(password, confirm) is { } problem)
        {
            return Refuse(context, store, problem, StatusCodes.Status400BadRequest);
        }

        if (!store.SetPasswordHash(user.Name, ReviewPasswords.Hash(password!)))
        {
            return TypedResults.NotFound();
        }

        Log(logs, context, "password reset", user.Name);
        return new SeeOther(UsersPath + "?done=password");
    }

    /// <summary>Why the two password fields cannot be used, or null.</summary>
    internal static string? PasswordProblem(string? password, string? confirm)
    {
        if (ReviewPasswords.Problem(password) is { } problem)
        {
            return char.ToUpperInvariant(problem[0]) + problem[1..] + ".";
        }

        return string.Equals(password, confirm, StringComparison.Ordinal) ? null : "The two passwords differ.";
    }

    private static ReviewRole? ParseRole(string? role) => role switch
    {
        ReviewClaims.Admin => ReviewRole.Admin,
        ReviewClaims.Reviewer => ReviewRole.Reviewer,
        ReviewClaims.Viewer => ReviewRole.Viewer,
        _ => null,
    };

    private static string? Done(string? done) => done switch
    {
        "added" => "Account added.",
        "role" => "Role changed.",
        "password" => "Password reset.",
        _ => null,
    };

    private static ContentHttpResult Refuse(HttpContext context, IReviewStore store, string message, int statusCode) =>
        AdminPage.Users(ReviewPage.For(context), store.ReadUsers(), message, ok: false, statusCode);

    private static void Log(ILoggerFactory logs, HttpContext context, string change, string account) =>
        // Account names and roles only: never a password or its hash.
        logs.CreateLogger(typeof(AdminEndpoints).FullName!)
            .LogInformation("Admin {Admin}: {Change}, account {Account}", context.User.Identity?.Name, change, account);
}
