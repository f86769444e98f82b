using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using ResourceService.Api.FunctionalTests.Infrastructure;
using ResourceService.Domain.Common;
using ResourceService.TestSupport;

namespace ResourceService.Api.FunctionalTests.Platform;

public sealed class AuthenticationTests : ApiFixture
{
    public static IEnumerable<TestCaseData> InvalidTokens()
    {
        yield return new TestCaseData("not-a-jwt").SetName("Garbage");
        yield return new TestCaseData(TestTokens.Create(expires: DateTime.UtcNow.AddMinutes(-10), notBefore: DateTime.UtcNow.AddMinutes(-20)))
            .SetName("Expired");
        yield return new TestCaseData(TestTokens.Create(notBefore: DateTime.UtcNow.AddMinutes(10), expires: DateTime.UtcNow.AddMinutes(20)))
            .SetName("NotYetValid");
        yield return new TestCaseData(TestTokens.Create(key: RandomNumberGenerator.GetBytes(32))).SetName("WrongSignature");
        yield return new TestCaseData(TestTokens.Create(issuer: "https://evil.test")).SetName("WrongIssuer");
        yield return new TestCaseData(TestTokens.Create(audience: "another-api")).SetName("WrongAudience");
        yield return new TestCaseData(UnsignedToken()).SetName("AlgNone");
        yield return new TestCaseData(TestTokens.Create(subject: new string('s', Subjects.MaxLength + 1))).SetName("SubjectLongerThanOpenIdConnectAllows");
    }

    [Test]
    public async Task Request_WithoutToken_Returns401ProblemWithBearerChallenge()
    {
        using var anonymous = Factory.CreateClient();

        using var response = await anonymous.GetAsync(ApiClient.Route);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.That(response.Headers.WwwAuthenticate.Select(header => header.Scheme), Does.Contain("Bearer"));
    }

    [TestCaseSource(nameof(InvalidTokens))]
    public async Task Request_WithInvalidToken_Returns401Problem(string token)
    {
        using var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await client.GetAsync(ApiClient.Route);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [TestCase("/api/v1/anything-else")]
    [TestCase("/internal")]
    public async Task AnonymousRequest_ToAnAddressThatNamesNoPolicy_NeedsAToken(string path)
    {
        using var anonymous = Factory.CreateClient();

        using var response = await anonymous.GetAsync(path);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Write_WithReadOnlyToken_Returns403ProblemAndStoresNothing()
    {
        var name = UniqueName("forbidden");
        using var reader = Factory.Authorized(TestTokens.Read);

        using var response = await reader.PostNameAsync(name);

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        using var list = await Client.GetAsync($"{ApiClient.Route}?name={name}");
        Assert.That((await list.ReadJsonAsync())["meta"]!["totalCount"]!.GetValue<int>(), Is.Zero);
    }

    [Test]
    public async Task UpdateAndDelete_WithReadOnlyToken_Return403Problem()
    {
        var created = await Client.CreateAsync("Protected");
        using var reader = Factory.Authorized(TestTokens.Read);

        using var update = await reader.PutAsJsonAsync($"{ApiClient.Route}/{created["id"]}", new { name = "Hijacked" });
        using var delete = await reader.DeleteAsync($"{ApiClient.Route}/{created["id"]}");

        await update.AssertProblemAsync(HttpStatusCode.Forbidden);
        await delete.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [TestCase(TestTokens.Write)]
    [TestCase(null)]
    [TestCase("resource:readonly resource")]
    public async Task Read_WithoutReadScope_Returns403Problem(string? scope)
    {
        using var client = Factory.Authorized(scope);

        using var response = await client.GetAsync(ApiClient.Route);

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Write_WithTheLongestSubjectOpenIdConnectAllows_IsAccepted()
    {
        using var client = Factory.CreateClient();
        var token = TestTokens.Create(subject: new string('s', Subjects.MaxLength));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var created = await client.PostNameAsync(UniqueName("longest-subject"));

        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task Scopes_AsRepeatedClaims_AreHonoured()
    {
        using var client = Factory.CreateClient();
        var token = TestTokens.Create(scope: null, extraClaims: [new Claim("scope", TestTokens.Read), new Claim("scope", TestTokens.Write)]);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var created = await client.PostNameAsync("Repeated scopes");
        using var listed = await client.GetAsync(ApiClient.Route);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(listed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
    }

    private static string UnsignedToken()
    {
        static string Encode(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var expires = DateTimeOffset.UtcNow.AddMinutes(30).ToUnixTimeSeconds();
        var payload = $$"""{"sub":"mallory","scope":"resource:read resource:write","iss":"{{TestTokens.Issuer}}","aud":"{{TestTokens.Audience}}","exp":{{expires}}}""";
        return $"{Encode("""{"alg":"none","typ":"JWT"}""")}.{Encode(payload)}.";
    }
}
