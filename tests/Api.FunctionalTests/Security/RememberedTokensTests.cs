using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;
using ResourceService.Api.Security;
using ResourceService.TestSupport;

namespace ResourceService.Api.FunctionalTests.Security;

/// <summary>A valid token is checked once and remembered for its lifetime, at most five minutes; nothing else is remembered.</summary>
public sealed class RememberedTokensTests
{
    private static readonly TokenValidationParameters Parameters = new()
    {
        ValidIssuer = TestTokens.Issuer,
        ValidAudience = TestTokens.Audience,
        IssuerSigningKey = new SymmetricSecurityKey(
            Convert.FromBase64String(TestTokens.BearerSettings["Authentication:Schemes:Bearer:SigningKeys:0:Value"])),
    };

    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    [Test]
    public async Task AValidToken_SentAgain_IsAnsweredFromMemory()
    {
        using var tokens = new RememberedTokens(_clock);
        var token = TestTokens.Create();

        var first = await tokens.ValidateTokenAsync(token, Parameters);
        var again = await tokens.ValidateTokenAsync(token, Parameters);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.IsValid, Is.True);
            Assert.That(again, Is.SameAs(first));
        }
    }

    [Test]
    public async Task AValidToken_IsCheckedAgainAfterFiveMinutes()
    {
        using var tokens = new RememberedTokens(_clock);
        var token = TestTokens.Create(expires: DateTime.UtcNow.AddHours(1));
        var first = await tokens.ValidateTokenAsync(token, Parameters);

        _clock.Advance(RememberedTokens.MaxRemembered + TimeSpan.FromSeconds(1));
        var later = await tokens.ValidateTokenAsync(token, Parameters);

        Assert.That(later, Is.Not.SameAs(first));
    }

    [Test]
    public async Task AValidToken_IsNotRememberedBeyondItsExpiry()
    {
        using var tokens = new RememberedTokens(_clock);
        var token = TestTokens.Create(expires: DateTime.UtcNow.AddMinutes(2));
        var first = await tokens.ValidateTokenAsync(token, Parameters);

        _clock.Advance(TimeSpan.FromMinutes(3));
        var later = await tokens.ValidateTokenAsync(token, Parameters);

        Assert.That(later, Is.Not.SameAs(first));
    }

    [Test]
    public async Task AToken_WithItsSignatureChanged_IsRefusedAfterTheOriginalWasAccepted()
    {
        using var tokens = new RememberedTokens(_clock);
        var token = TestTokens.Create();
        await tokens.ValidateTokenAsync(token, Parameters);

        var forged = token[..^2] + (token[^2] == 'A' ? 'B' : 'A') + token[^1];
        var result = await tokens.ValidateTokenAsync(forged, Parameters);

        Assert.That(result.IsValid, Is.False);
    }

    [Test]
    public async Task AnInvalidToken_IsCheckedEveryTime()
    {
        using var tokens = new RememberedTokens(_clock);
        var token = TestTokens.Create(key: new byte[32]);

        var first = await tokens.ValidateTokenAsync(token, Parameters);
        var again = await tokens.ValidateTokenAsync(token, Parameters);

        Assert.That((first.IsValid, again.IsValid, ReferenceEquals(first, again)), Is.EqualTo((false, false, false)));
    }
}
