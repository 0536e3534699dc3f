using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using TestimonyNlp.Store;

namespace TestimonyNlp.Review.Html;

/// <summary>The users page: a table of accounts with a role form and a password form each, and a form to add one.</summary>
internal static class AdminPage
{
    private static readonly ReviewRole[] Roles = [ReviewRole.Admin, ReviewRole.Reviewer, ReviewRole.Viewer];

    /// <summary>The page, with <paramref name="notice"/> above the table when given (green when <paramref name="ok"/>).</summary>
    public static ContentHttpResult Users(ReviewPage page, IReadOnlyList<ReviewUser> users, string? notice, bool ok, int statusCode = StatusCodes.Status200OK) =>
        page.Result("Users", html =>
        {
            html.Raw("<h1>Users</h1>");
            if (notice is not null)
            {
                html.Raw(ok ? "<p class=\"notice ok\" id=\"admin-notice\">" : "<p class=\"notice\" id=\"admin-notice\">").Text(notice).Raw("</p>");
            }

            html.Raw("<table id=\"users\"><thead><tr><th>Name</th><th>Role</th><th>Created</th><th>Change role</th><th>Reset password</th></tr></thead><tbody>");
            foreach (var user in users)
            {
                var id = user.Id.ToString(CultureInfo.InvariantCulture);
                html.Raw("<tr").Attribute("id", "user-" + id).Raw("><td>").Text(user.Name)
                    .Raw("</td><td class=\"role\">").Text(user.Role.ToName())
                    .Raw("</td><td>").Text(user.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                    .Raw("</td><td><form method=\"post\"").Attribute("action", $"{AdminEndpoints.UsersPath}/{id}/role").Raw(">");
                page.Antiforgery.Write(html);
                RoleSelect(html, user.Role);
                html.Raw("<button type=\"submit\">Change</button></form></td><td><form method=\"post\"")
                    .Attribute("action", $"{AdminEndpoints.UsersPath}/{id}/password").Raw(">");
                page.Antiforgery.Write(html);
                PasswordFields(html, "new-password");
                html.Raw("<button type=\"submit\">Reset</button></form></td></tr>");
            }

            html.Raw("</tbody></table><h2>Add a user</h2><form method=\"post\"").Attribute("action", AdminEndpoints.UsersPath).Raw(" id=\"add-user\">");
            page.Antiforgery.Write(html);
            html.Raw("<p><label>Name <input name=\"name\" autocomplete=\"off\" required")
                .Attribute("maxlength", ReviewLimits.MaxUserNameLength.ToString(CultureInfo.InvariantCulture)).Raw("></label> ");
            RoleSelect(html, ReviewRole.Reviewer);
            html.Raw("</p><p>");
            PasswordFields(html, "new-password");
            html.Raw("</p><p><button type=\"submit\">Add</button></p></form>");
        }, statusCode);

    private static void RoleSelect(HtmlBuilder html, ReviewRole current)
    {
        html.Raw("<select name=\"role\" aria-label=\"Role\">");
        foreach (var role in Roles)
        {
            html.Raw("<option").Attribute("value", role.ToName()).Raw(role == current ? " selected>" : ">").Text(role.ToName()).Raw("</option>");
        }

        html.Raw("</select>");
    }

    private static void PasswordFields(HtmlBuilder html, string autocomplete) =>
        html.Raw("<input type=\"password\" name=\"password\" placeholder=\"password\" aria-label=\"Password\" required")
            .Attribute("minlength", ReviewPasswords.Defaults.MinimumLength.ToString(CultureInfo.InvariantCulture))
            .Attribute("autocomplete", autocomplete)
            .Raw("> <input type=\"password\" name=\"confirm\" placeholder=\"again\" aria-label=\"Password again\" required")
            .Attribute("minlength", ReviewPasswords.Defaults.MinimumLength.ToString(CultureInfo.InvariantCulture))
            .Attribute("autocomplete", autocomplete)
            .Raw("> ");
}
