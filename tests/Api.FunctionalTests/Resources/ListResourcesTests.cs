using System.Net;
using System.Text.Json.Nodes;
using ResourceService.Api.FunctionalTests.Infrastructure;

namespace ResourceService.Api.FunctionalTests.Resources;

public sealed class ListResourcesTests : ApiFixture
{
    [Test]
    public async Task List_WithoutParameters_ReturnsFirstPageOf20SortedById()
    {
        for (var i = 0; i < 21; i++)
        {
            await Client.CreateAsync(UniqueName("default"));
        }

        using var response = await Client.GetAsync(ApiClient.Route);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = await response.ReadJsonAsync();
        var ids = Ids(body);
        var meta = body["meta"]!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(body["success"]!.GetValue<bool>(), Is.True);
            Assert.That(ids, Has.Count.EqualTo(20));
            Assert.That(ids, Is.Ordered.Ascending);
            Assert.That(meta["page"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(meta["pageSize"]!.GetValue<int>(), Is.EqualTo(20));
            Assert.That(meta["totalCount"]!.GetValue<int>(), Is.GreaterThanOrEqualTo(21));
            Assert.That(meta["totalPages"]!.GetValue<int>(), Is.GreaterThanOrEqualTo(2));
        }
    }

    [Test]
    public async Task List_WithNameFilter_MatchesCaseInsensitiveSubstringsOnly()
    {
        var tag = Guid.NewGuid().ToString("N");
        await Client.CreateAsync($"Alpha {tag} ÄPFEL");
        await Client.CreateAsync($"beta {tag} äpfel");
        await Client.CreateAsync($"gamma {tag} pear");

        var names = Names(await ListAsync($"name={tag.ToUpperInvariant()}%20%C3%A4PFEL"));

        Assert.That(names, Is.EquivalentTo(new[] { $"Alpha {tag} ÄPFEL", $"beta {tag} äpfel" }));
    }

    [TestCase("%25")]
    [TestCase("_")]
    public async Task List_WithLikeWildcardsInFilter_TreatsThemAsText(string wildcard)
    {
        var tag = Guid.NewGuid().ToString("N");
        await Client.CreateAsync($"{tag} plain");

        var body = await ListAsync($"name={tag}{wildcard}");

        Assert.That(body["meta"]!["totalCount"]!.GetValue<int>(), Is.Zero);
    }

    [Test]
    public async Task List_WithPaging_ReturnsConsecutivePagesWithoutOverlap()
    {
        var tag = Guid.NewGuid().ToString("N");
        for (var i = 0; i < 5; i++)
        {
            await Client.CreateAsync($"{tag}-{i}");
        }

        var first = await ListAsync($"name={tag}&pageSize=2&page=1");
        var second = await ListAsync($"name={tag}&pageSize=2&page=2");
        var third = await ListAsync($"name={tag}&pageSize=2&page=3");
        var beyond = await ListAsync($"name={tag}&pageSize=2&page=4");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Ids(first).Concat(Ids(second)).Concat(Ids(third)).ToList(), Is.Unique.And.Count.EqualTo(5));
            Assert.That(Ids(third), Has.Count.EqualTo(1));
            Assert.That(Ids(beyond), Is.Empty);
            Assert.That(first["meta"]!["totalCount"]!.GetValue<int>(), Is.EqualTo(5));
            Assert.That(first["meta"]!["totalPages"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(beyond["meta"]!["page"]!.GetValue<int>(), Is.EqualTo(4));
        }
    }

    [Test]
    public async Task List_SortedByName_OrdersCaseInsensitivelyBothWays()
    {
        var tag = Guid.NewGuid().ToString("N");
        await Client.CreateAsync($"{tag} banana");
        await Client.CreateAsync($"{tag} Apple");
        await Client.CreateAsync($"{tag} cherry");

        var ascending = Names(await ListAsync($"name={tag}&sort=name"));
        var descending = Names(await ListAsync($"name={tag}&sort=-name"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ascending, Is.EqualTo(new[] { $"{tag} Apple", $"{tag} banana", $"{tag} cherry" }));
            Assert.That(descending, Is.EqualTo(new[] { $"{tag} cherry", $"{tag} banana", $"{tag} Apple" }));
        }
    }

    [TestCase("createdAt")]
    [TestCase("id")]
    public async Task List_SortedByCreationOrId_FollowsCreationOrderBothWays(string field)
    {
        var tag = Guid.NewGuid().ToString("N");
        var createdIds = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            createdIds.Add((await Client.CreateAsync($"{tag} {i}"))["id"]!.GetValue<int>());
        }

        var ascending = Ids(await ListAsync($"name={tag}&sort={field}"));
        var descending = Ids(await ListAsync($"name={tag}&sort=-{field}"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ascending, Is.EqualTo(createdIds));
            Assert.That(descending, Is.EqualTo(Enumerable.Reverse(createdIds)));
        }
    }

    [TestCase("page=0", "page")]
    [TestCase("page=-3", "page")]
    [TestCase("pageSize=0", "pageSize")]
    [TestCase("pageSize=101", "pageSize")]
    [TestCase("sort=color", "sort")]
    [TestCase("sort=--name", "sort")]
    [TestCase("sort=%2Bname", "sort")]
    [TestCase("page=abc", "page")]
    [TestCase("pageSize=1.5", "pageSize")]
    [TestCase("page=99999999999", "page")]
    [TestCase("page=2147483647&pageSize=100", "page")]
    [TestCase("name=a%00b", "name")]
    [TestCase("name=line%0Abreak", "name")]
    public async Task List_WithAnInvalidParameter_Returns400NamingIt(string query, string parameter)
    {
        using var response = await Client.GetAsync($"{ApiClient.Route}?{query}");

        await response.AssertValidationProblemAsync(parameter);
    }

    [Test]
    public async Task List_WithSeveralInvalidParameters_NamesEachOfThem()
    {
        using var response = await Client.GetAsync($"{ApiClient.Route}?page=0&pageSize=500&sort=size");

        await response.AssertValidationProblemAsync("page", "pageSize", "sort");
    }

    [Test]
    public async Task List_WithTheLargestPageSize_Returns200()
    {
        var body = await ListAsync("pageSize=100");

        Assert.That(body["meta"]!["pageSize"]!.GetValue<int>(), Is.EqualTo(100));
    }

    private async Task<JsonNode> ListAsync(string query)
    {
        using var response = await Client.GetAsync($"{ApiClient.Route}?{query}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    private static List<int> Ids(JsonNode body) =>
        body["data"]!.AsArray().Select(item => item!["id"]!.GetValue<int>()).ToList();

    private static List<string> Names(JsonNode body) =>
        body["data"]!.AsArray().Select(item => item!["name"]!.GetValue<string>()).ToList();
}
