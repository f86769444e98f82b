using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ResourceService.Domain.Common;

namespace ResourceService.Api.Security;

/// <summary>
/// Validates a bearer token once and remembers the result for the token's remaining lifetime, at most
/// <see cref="MaxRemembered"/>, so that a client sending the same token with every request pays for parsing and
/// checking its signature once (ADR 0024). Only valid tokens are remembered, so an attacker can neither fill the
/// memory with rubbish nor make a bad token pass; each handler belongs to one set of bearer options, so a change of
/// keys, issuers or audiences starts with nothing remembered. A token whose subject is longer than OpenID Connect
/// allows is invalid here, so that no module that records the caller meets one it cannot store.
/// </summary>
internal sealed class RememberedTokens(TimeProvider clock) : JsonWebTokenHandler, IDisposable
{
    public static readonly TimeSpan MaxRemembered = TimeSpan.FromMinutes(5);

    private const int MaxTokens = 10_000;

    private readonly MemoryCache _valid = new(new MemoryCacheOptions { SizeLimit = MaxTokens });

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (_valid.TryGetValue(token, out Remembered? remembered) && remembered!.Until > now)
        {
            return remembered.Result;
        }

        var result = WithinSubjectLimit(await base.ValidateTokenAsync(token, validationParameters));
        if (result.IsValid && result.SecurityToken is { ValidTo: var validTo } && validTo > now)
        {
            var until = validTo < now + MaxRemembered ? validTo : now + MaxRemembered;
            _valid.Set(token, new Remembered(result, until), new MemoryCacheEntryOptions { AbsoluteExpiration = until, Size = 1 });
        }

        return result;
    }

    public void Dispose() => _valid.Dispose();

    private static TokenValidationResult WithinSubjectLimit(TokenValidationResult result) =>
        result.IsValid && result.Claims.TryGetValue(HttpCurrentUser.SubjectClaim, out var subject) &&
        subject is string { Length: > Subjects.MaxLength }
            ? new TokenValidationResult
            {
                IsValid = false,
                Exception = new SecurityTokenValidationException($"The token's subject is longer than {Subjects.MaxLength} characters."),
            }
            : result;

    private sealed record Remembered(TokenValidationResult Result, DateTime Until);
}
