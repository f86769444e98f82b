using Microsoft.AspNetCore.StaticFiles;

namespace ResourceService.Api.WebConsole;

/// <summary>
/// The web console (docs/adr/0026): plain files under <c>wwwroot</c>, served at <c>/</c> before authentication, so a
/// browser can load the page without a token; every API call the page then makes carries one. Only files that exist
/// are served here: anything else falls through to the API's pipeline and answers as before.
/// </summary>
internal static class WebConsoleFiles
{
    /// <summary>
    /// Scripts, styles, images and calls from this origin only; nothing inline, no eval, no forms sent anywhere, no
    /// framing, and (Trusted Types) no string may ever become markup or code in the page.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'; " +
        "require-trusted-types-for 'script'; trusted-types 'none'";

    public const string SettingsRoute = "/console/settings";

    public static WebApplication UseWebConsole(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = PrepareResponse });
        return app;
    }

    /// <summary>What the page cannot know by itself: whether to show how to mint a development token.</summary>
    public static WebApplication MapWebConsoleSettings(this WebApplication app)
    {
        var settings = new WebConsoleSettings(app.Environment.IsDevelopment());
        // A constant, like the health answers: every page load asks for it, so it draws on no client's request budget.
        app.MapGet(SettingsRoute, () => TypedResults.Ok(settings)).AllowAnonymous().DisableRateLimiting().ExcludeFromDescription();
        return app;
    }

    // The API's own default-src 'none' is set as the response starts, unless a policy is already there: this one.
    // no-cache: the browser keeps the files but asks (ETag) each time, so a deployment is picked up at once.
    private static void PrepareResponse(StaticFileResponseContext context)
    {
        var headers = context.Context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.CacheControl = "no-cache";
        headers["Referrer-Policy"] = "no-referrer";
    }
}

/// <summary>The console's settings: <c>{"development": true}</c> in Development.</summary>
internal sealed record WebConsoleSettings(bool Development);
