using System.Security.Claims;

namespace TestimonyNlp.Review.Html;

/// <summary>The frame every page shares: head, styles, the signed-in user with a logout form, and the body.</summary>
internal static class PageLayout
{
    private const string Styles = """
        body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
        header{display:flex;gap:1em;align-items:center;padding:.5em 1em;background:#263238;color:#fff}
        header a{color:#fff;text-decoration:none;font-weight:600}
        header form{margin-left:auto}
        main{padding:1em;max-width:70em}
        table{border-collapse:collapse;width:100%}
        th,td{border-bottom:1px solid #ddd;padding:.25em .5em;text-align:left;vertical-align:top}
        .text{white-space:pre-wrap;background:#fff;border:1px solid #ddd;padding:1em;max-height:28em;overflow:auto}
        .ent{border-radius:3px;padding:0 1px}
        .ent-PERSON{background:#ffe0b2}.ent-PLACE{background:#c8e6c9}.ent-WEAPON{background:#ffcdd2}
        .ent-ACTOR{background:#d1c4e9}.ent-DATE{background:#b3e5fc}
        .current{outline:2px solid #d50000;font-weight:600}
        .notice{padding:.5em 1em;border-left:4px solid #d50000;background:#fff3f3}
        .ok{border-left-color:#2e7d32;background:#f1f8e9}
        .actions form{display:inline}
        button{font:inherit;padding:.2em .7em;margin:.1em}
        kbd{border:1px solid #aaa;border-radius:3px;padding:0 .3em;font-size:.85em}
        dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}
        dt{font-weight:600}
        .edits form{margin:.3em 0}
        .keys{color:#555;font-size:.9em}
        .disputed{background:#fff59d;border-radius:3px;padding:0 .3em;font-size:.85em}
        """;

    /// <summary>Writes a whole page around <paramref name="body"/>.</summary>
    /// <param name="title">The page title (encoded).</param>
    /// <param name="user">The signed-in user, or null on the login page.</param>
    /// <param name="antiforgeryToken">The request token for the logout form.</param>
    /// <param name="nonce">The nonce the Content-Security-Policy allows inline scripts with.</param>
    /// <param name="body">Writes the page's content.</param>
    /// <param name="script">An inline script (trusted, from this assembly), or null.</param>
    public static string Render(
        string title,
        ClaimsPrincipal? user,
        AntiforgeryField antiforgeryToken,
        string nonce,
        Action<HtmlBuilder> body,
        string? script = null)
    {
        var html = new HtmlBuilder();
        html.Raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Raw("<title>").Text(title).Raw(" · Testimony review</title>")
            .Raw("<style").Attribute("nonce", nonce).Raw(">").Raw(Styles).Raw("</style></head><body><header>")
            .Raw("<a href=\"/\">Review queue</a><a href=\"/incidents\">Incidents</a>");
        if (user?.Identity?.IsAuthenticated == true)
        {
            html.Raw(user.IsInRole(ReviewClaims.Admin) ? "<a href=\"/admin/users\">Users</a>" : string.Empty);
            html.Raw("<span>").Text(user.Identity.Name).Raw(" (").Text(ReviewClaims.RoleOf(user)).Raw(")</span>")
                .Raw("<form method=\"post\" action=\"/logout\">");
            antiforgeryToken.Write(html);
            html.Raw("<button type=\"submit\">Log out</button></form>");
        }

        html.Raw("</header><main>");
        body(html);
        html.Raw("</main>");
        if (script is not null)
        {
            html.Raw("<script").Attribute("nonce", nonce).Raw(">").Raw(script).Raw("</script>");
        }

        html.Raw("</body></html>");
        return html.ToString();
    }
}

/// <summary>The anti-forgery form field of one request.</summary>
/// <param name="FieldName">The form field's name.</param>
/// <param name="Value">The request token.</param>
internal sealed record AntiforgeryField(string FieldName, string Value)
{
    /// <summary>Writes the hidden input.</summary>
    public void Write(HtmlBuilder html) => html.Hidden(FieldName, Value);
}
