using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using ResourceService.Application.Common;

namespace ResourceService.Api.Security;

internal static class SecurityServices
{
    /// <summary>Where <c>AddJwtBearer()</c> reads the bearer scheme's settings (and <c>dotnet user-jwts</c> writes them).</summary>
    public const string BearerSection = "Authentication:Schemes:" + JwtBearerDefaults.AuthenticationScheme;

    /// <summary>
    /// JWT bearer tokens, validated from the standard section <c>Authentication:Schemes:Bearer</c> (the one
    /// <c>dotnet user-jwts</c> writes), and one policy per scope that a module declares.
    /// </summary>
    public static IServiceCollection AddTokenSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var tenancy = configuration.GetSection(TenancyOptions.Section).Get<TenancyOptions>() ?? new TenancyOptions();
        services.AddOptions<TenancyOptions>().Bind(configuration.GetSection(TenancyOptions.Section));

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        // The framework binds this section once per options instance but never drops the instance when the section
        // changes, so a key written later (dotnet user-jwts after start-up, a rotated secret) was never read. This
        // source tells the options monitor to rebuild the scheme's options — keys, issuers, audiences, authority —
        // on every change; the handler reads them per request.
        services.AddSingleton<IOptionsChangeTokenSource<JwtBearerOptions>>(new ConfigurationChangeTokenSource<JwtBearerOptions>(
            JwtBearerDefaults.AuthenticationScheme, configuration.GetSection(BearerSection)));
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<TimeProvider>((options, clock) =>
        {
            // Claim types stay as the token names them (sub, scope), whatever the identity provider.
            options.MapInboundClaims = false;
            options.TokenValidationParameters.NameClaimType = HttpCurrentUser.SubjectClaim;
            options.TokenHandlers.Clear();
            options.TokenHandlers.Add(new RememberedTokens(clock) { MapInboundClaims = false });
        });
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Validate<IHostEnvironment>(
                (options, environment) => !environment.IsProduction() || (ValidatesTokens(options) && NamesAnAudience(options)),
                "No bearer token validation is configured. Set Authentication:Schemes:Bearer:Authority to an OpenID Connect " +
                "provider, or SigningKeys with ValidIssuer, and ValidAudiences in both cases; the service refuses to start in " +
                "Production without them.")
            .ValidateOnStart();

        // An endpoint that names no policy still needs a valid token; public ones opt out with AllowAnonymous.
        var authorization = services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        // One policy per scope that a module declares, named after the scope; no module is listed here.
        foreach (var scope in Scopes.Declared)
        {
            authorization.AddPolicy(scope.Name, policy => RequireScope(policy, scope.Name, tenancy.ClaimType));
        }

        services.AddHttpContextAccessor();
        services.AddScoped<HttpCurrentUser>();
        services.AddScoped<ICurrentUser>(provider => provider.GetRequiredService<HttpCurrentUser>());
        return services;
    }

    private static bool ValidatesTokens(JwtBearerOptions options) =>
        !string.IsNullOrEmpty(options.Authority) ||
        !string.IsNullOrEmpty(options.MetadataAddress) ||
        options.Configuration is not null ||
        options.TokenValidationParameters.IssuerSigningKey is not null ||
        options.TokenValidationParameters.IssuerSigningKeys?.Any() == true;

    private static bool NamesAnAudience(JwtBearerOptions options) =>
        !string.IsNullOrEmpty(options.Audience) ||
        !string.IsNullOrEmpty(options.TokenValidationParameters.ValidAudience) ||
        options.TokenValidationParameters.ValidAudiences?.Any() == true;

    private static void RequireScope(AuthorizationPolicyBuilder policy, string scope, string tenantClaim) =>
        policy.RequireAuthenticatedUser().RequireAssertion(context =>
            Scopes.Grants(context.User, scope) && TenancyOptions.IsValid(context.User.FindAll(tenantClaim).Select(claim => claim.Value)));
}
