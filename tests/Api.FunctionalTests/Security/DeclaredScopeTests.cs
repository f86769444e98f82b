using ResourceService.Api.Security;

namespace ResourceService.Api.FunctionalTests.Security;

/// <summary>The scopes, and so the policies and the bearer scheme's list, are what the modules declare with [Scope].</summary>
public sealed class DeclaredScopeTests
{
    [Test]
    public void Declared_HoldTheResourcesModulesScopesInNameOrder()
    {
        // Other modules' scopes join the list, so only the Resources module's are pinned here.
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Scopes.Declared, Is.SupersetOf(new[]
            {
                new DeclaredScope("resource:read", "GET"),
                new DeclaredScope("resource:write", "POST, PUT, DELETE"),
            }));
            Assert.That(Scopes.Declared.Select(scope => scope.Name), Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
        }
    }

    [Test]
    public void In_ReadsOnlyTheMarkedConstants()
    {
        Assert.That(DeclaredScope.In([typeof(NotesScopes)]), Is.EqualTo(new[] { new DeclaredScope("notes:read", "GET /api/v1/notes") }));
    }

    [Test]
    public void In_WhenTwoModulesDeclareOneScope_StopsTheStartUp()
    {
        Assert.That(() => DeclaredScope.In([typeof(NotesScopes), typeof(OtherNotesScopes)]),
            Throws.InvalidOperationException.With.Message.EqualTo("The scope 'notes:read' is declared 2 times; declare each scope once."));
    }

    [TestCase(typeof(SpacedScopes))]
    [TestCase(typeof(EmptyScopes))]
    [TestCase(typeof(FieldScopes))]
    public void In_WhenAMarkedFieldIsNoScopeAClaimCouldCarry_StopsTheStartUp(Type declarations)
    {
        Assert.That(() => DeclaredScope.In([declarations]),
            Throws.InvalidOperationException.With.Message.Contains("is not a const string naming one scope without spaces"));
    }

    private static class NotesScopes
    {
        [Scope("GET /api/v1/notes")]
        public const string Read = "notes:read";

        // Not marked: a constant that happens to look like a scope is no declaration.
        public const string Draft = "notes:draft";
    }

    private static class OtherNotesScopes
    {
        [Scope("GET")]
        public const string Read = "notes:read";
    }

    private static class SpacedScopes
    {
        [Scope("GET")]
        public const string Read = "notes:read notes:write";
    }

    private static class EmptyScopes
    {
        [Scope("GET")]
        public const string Read = "";
    }

    private static class FieldScopes
    {
        [Scope("GET")]
        public static readonly string Read = "notes:read";
    }
}
