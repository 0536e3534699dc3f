using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using TestimonyNlp.Store;

namespace TestimonyNlp.Review;

/// <summary>
/// The review queue web app: login, the queue of items to review, each item's page and its accept, reject,
/// change-type and undo actions. Secure by default: every page but the login page needs a signed-in user, every
/// POST needs a valid anti-forgery token, and viewers cannot write.
/// </summary>
public static class ReviewApp
{
    /// <summary>Builds the app over the store in <paramref name="options"/> (not started).</summary>
    public static WebApplication Build(ReviewOptions options) => Build(options, []);

    /// <summary>Builds the app with host arguments (<c>--environment</c>, <c>--contentRoot</c>, as a test host
    /// passes them) besides <paramref name="options"/>.</summary>
    internal static WebApplication Build(ReviewOptions options, string[] hostArgs)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = hostArgs,
            ApplicationName = typeof(ReviewApp).Assembly.GetName().Name,
        });
        builder.WebHost.UseUrls(options.Urls);

        // Request lines name item references and testimony ids only; the framework's chatter stays out of the console.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        // It warns that keys are kept unencrypted; MemoryXmlRepository keeps them in this process only.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", LogLevel.Error);

        ConfigureServices(builder.Services, options);
        var app = builder.Build();
        app.UseMiddleware<SecurityHeadersMiddleware>();

        // Read from the services, where a test host may have replaced the options.
        if (app.Services.GetRequiredService<ReviewOptions>().KnownProxies is { Count: > 0 } proxies)
        {
            app.UseForwardedHeaders(LoginRateLimit.ForwardedHeaders(proxies));
        }

        app.UseMiddleware<LoginNameMiddleware>();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<AntiforgeryMiddleware>();
        app.MapAccount();
        app.MapQueue();
        app.MapItems();
        app.MapAdmin();
        app.MapIncidents();
        return app;
    }

    private static void ConfigureServices(IServiceCollection services, ReviewOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);

        // One connection per request: the stores are not thread-safe, SQLite's WAL lets them work side by side.
        services.AddScoped<IReviewStore>(provider =>
            SqliteReviewStore.Open(provider.GetRequiredService<ReviewOptions>().Database, provider.GetRequiredService<TimeProvider>()));
        services.AddScoped<ITestimonyStore>(provider =>
            SqliteTestimonyStore.Open(provider.GetRequiredService<ReviewOptions>().Database, provider.GetRequiredService<TimeProvider>()));

        services.AddDataProtection().SetApplicationName(Defaults.ApplicationName);
        services.Configure<KeyManagementOptions>(keys => keys.XmlRepository = new MemoryXmlRepository());

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = Defaults.AuthenticationCookie;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = options.SessionIdleTimeout;
                cookie.SlidingExpiration = true;
                cookie.LoginPath = Defaults.LoginPath;
                cookie.Events.OnRedirectToLogin = RedirectToLogin;
                cookie.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
                cookie.Events.OnValidatePrincipal = ReviewClaims.ValidateAsync;
            });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(ReviewClaims.WritePolicy, policy => policy.RequireRole(ReviewClaims.Reviewer, ReviewClaims.Admin));
        // Password guessing is slowed per client address and user name, so that colleagues behind one proxy do not
        // lock each other out; the limit is far above what a person typing needs. The ceiling per address (all names
        // together, checked first) keeps one address from trying name after name.
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = LoginRateLimit.PerAddress(ReviewOptions.Defaults.LoginAttemptsPerAddressPerMinute);
            limiter.AddPolicy(Defaults.LoginRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                LoginRateLimit.PartitionKey(context),
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Defaults.LoginAttemptsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = Defaults.AntiforgeryCookie;
            antiforgery.Cookie.HttpOnly = true;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            antiforgery.FormFieldName = Defaults.AntiforgeryField;
        });
    }

    /// <summary>A page asked for without login goes to the login page (a relative redirect back to it); any other
    /// request gets 401.</summary>
    private static Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            var back = request.PathBase + request.Path + request.QueryString;
            context.Response.Redirect(Defaults.LoginPath + "?ReturnUrl=" + Uri.EscapeDataString(back.ToString()));
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        }

        return Task.CompletedTask;
    }

    /// <summary>Default values.</summary>
    public static class Defaults
    {
        /// <summary>The name data protection isolates the app's keys under.</summary>
        public const string ApplicationName = "TestimonyNlp.Review";

        /// <summary>The login page.</summary>
        public const string LoginPath = "/login";

        /// <summary>The authentication cookie's name.</summary>
        public const string AuthenticationCookie = "testimony_review";

        /// <summary>The anti-forgery cookie's name.</summary>
        public const string AntiforgeryCookie = "testimony_review_af";

        /// <summary>The rate limiting policy of login attempts.</summary>
        public const string LoginRateLimit = "login";

        /// <summary>Login attempts one client address may make per minute for one user name.</summary>
        public const int LoginAttemptsPerMinute = 10;

        /// <summary>The anti-forgery form field's name.</summary>
        public const string AntiforgeryField = "__RequestVerificationToken";
    }
}
