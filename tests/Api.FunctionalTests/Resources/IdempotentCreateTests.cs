using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ResourceService.Api.FunctionalTests.Infrastructure;

namespace ResourceService.Api.FunctionalTests.Resources;

public sealed class IdempotentCreateTests : ApiFixture
{
    [Test]
    public async Task Create_RetriedWithTheSameKeyAndBody_AnswersTheFirstResponseAndStoresOneRow()
    {
        var name = UniqueName("retry");
        var key = Guid.NewGuid().ToString();

        using var first = await PostAsync(Client, name, key);
        using var retry = await PostAsync(Client, name, key);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(await retry.Content.ReadAsStringAsync(), Is.EqualTo(await first.Content.ReadAsStringAsync()));
            Assert.That(retry.Headers.Location, Is.EqualTo(first.Headers.Location));
            Assert.That(await CountAsync(name), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Create_WithAKeyUsedForAnotherBody_Returns422AndStoresNothingNew()
    {
        var key = Guid.NewGuid().ToString();
        var other = UniqueName("other");
        using var first = await PostAsync(Client, UniqueName("first"), key);

        using var reused = await PostAsync(Client, other, key);

        await reused.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.That(await CountAsync(other), Is.Zero);
    }

    [Test]
    public async Task Create_WithTheSameKeyFromAnotherCaller_CreatesItsOwnResource()
    {
        var name = UniqueName("shared-key");
        var key = Guid.NewGuid().ToString();
        using var bob = Factory.Authorized(subject: "bob");

        var alices = (await (await PostAsync(Client, name, key)).ReadJsonAsync())["data"]!["id"]!.GetValue<int>();
        var bobs = (await (await PostAsync(bob, name, key)).ReadJsonAsync())["data"]!["id"]!.GetValue<int>();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(bobs, Is.Not.EqualTo(alices));
            Assert.That(await CountAsync(name), Is.EqualTo(2));
        }
    }

    [Test]
    public async Task Create_RetriedConcurrently_CreatesExactlyOneRowAndEverySuccessNamesIt()
    {
        var name = UniqueName("race");
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => PostAsync(Client, name, key)));

        var statuses = responses.Select(response => response.StatusCode).ToList();
        var ids = new List<int>();
        foreach (var response in responses.Where(response => response.StatusCode == HttpStatusCode.Created))
        {
            ids.Add((await response.ReadJsonAsync())["data"]!["id"]!.GetValue<int>());
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.Created).Or.EqualTo(HttpStatusCode.Conflict));
            Assert.That(ids, Is.Not.Empty);
            Assert.That(ids.Distinct().Count(), Is.EqualTo(1));
            Assert.That(await CountAsync(name), Is.EqualTo(1));
        }

        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Test]
    public async Task Create_WhenTheFirstAttemptWasInvalid_LetsACorrectedRetryUseTheKey()
    {
        var key = Guid.NewGuid().ToString();
        var name = UniqueName("corrected");

        using var invalid = await PostAsync(Client, " ", key);
        using var corrected = await PostAsync(Client, name, key);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(invalid.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(corrected.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        }
    }

    [TestCase("has space")]
    [TestCase("ключ")]
    public async Task Create_WithAnInvalidKey_Returns400NamingTheHeader(string key)
    {
        using var response = await PostAsync(Client, UniqueName(), key);

        await response.AssertValidationProblemAsync("Idempotency-Key");
    }

    [Test]
    public async Task Create_WithATooLongKey_Returns400NamingTheHeader()
    {
        using var response = await PostAsync(Client, UniqueName(), new string('k', 256));

        await response.AssertValidationProblemAsync("Idempotency-Key");
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string name, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, ApiClient.Route) { Content = JsonContent.Create(new { name }) };
        Assert.That(request.Headers.TryAddWithoutValidation("Idempotency-Key", key), Is.True);
        return await client.SendAsync(request);
    }

    private async Task<int> CountAsync(string name)
    {
        using var response = await Client.GetAsync($"{ApiClient.Route}?name={Uri.EscapeDataString(name)}");
        JsonNode body = await response.ReadJsonAsync();
        return body["meta"]!["totalCount"]!.GetValue<int>();
    }
}
