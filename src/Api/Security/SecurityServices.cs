using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using ResourceService.Application.Common;

namespace ResourceService.Api.Security;

internal static class SecurityServices
{
    /// <summary>
    /// JWT bearer tokens, validated from the standard section <c>Authentication:Schemes:Bearer</c> (the one
    /// <c>dotnet user-jwts</c> writes), and one policy per scope.
    /// </summary>
    public static IServiceCollection AddTokenSecurity(this IServiceCollection services)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            // Claim types stay as the token names them (sub, scope), whatever the identity provider.
            options.MapInboundClaims = false;
            options.TokenValidationParameters.NameClaimType = "sub";
        });

        // An endpoint that names no policy still needs a valid token; public ones opt out with AllowAnonymous.
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Scopes.ResourceRead, policy => policy.RequireAuthenticatedUser()
                .RequireAssertion(context => Scopes.Grants(context.User, Scopes.ResourceRead)))
            .AddPolicy(Scopes.ResourceWrite, policy => policy.RequireAuthenticatedUser()
                .RequireAssertion(context => Scopes.Grants(context.User, Scopes.ResourceWrite)));

        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        return services;
    }
}
