using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using ResourceService.Api.Security;

namespace ResourceService.Api.OpenApi;

/// <summary>Declares the bearer scheme and marks every operation that needs a token, with the scopes it needs.</summary>
internal sealed class BearerSecurityTransformer : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    private const string SchemeName = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = $"A JWT whose scope claim grants {DeclaredScopes()}. " +
                "Tokens are checked as RFC8725 (JWT Best Current Practices) asks: the signature must verify with a key of " +
                "the configured issuer, so unsigned (alg none) tokens are refused; the token must be within its lifetime; " +
                "and its issuer and audience must be those that Authentication:Schemes:Bearer names (ValidIssuer, ValidAudiences).",
        };
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var policies = context.Description.ActionDescriptor.EndpointMetadata
            .OfType<IAuthorizeData>()
            .Select(data => data.Policy)
            .OfType<string>()
            .ToList();
        if (policies.Count == 0)
        {
            return Task.CompletedTask;
        }

        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = policies,
        });
        return Task.CompletedTask;
    }

    /// <summary>The scopes the modules declare, each with what it grants: "a (GET), b (GET) or c (POST)".</summary>
    private static string DeclaredScopes()
    {
        var scopes = Scopes.Declared.Select(scope => $"{scope.Name} ({scope.Grants})").ToList();
        return scopes.Count < 2 ? string.Concat(scopes) : $"{string.Join(", ", scopes[..^1])} or {scopes[^1]}";
    }
}
