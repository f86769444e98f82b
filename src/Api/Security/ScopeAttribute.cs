namespace ResourceService.Api.Security;

/// <summary>
/// Declares an OAuth scope: put it on the <c>const string</c> that names the scope, in the module's own folder. Every
/// declared scope becomes an authorization policy of the same name (a token with the scope and one valid tenant), and
/// the OpenAPI bearer scheme lists it with <paramref name="grants"/>.
/// </summary>
/// <param name="grants">What the scope lets a caller do, as the bearer scheme lists it: <c>resource:read (GET)</c>.</param>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
internal sealed class ScopeAttribute(string grants) : Attribute
{
    public string Grants { get; } = grants;
}
