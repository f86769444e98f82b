using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using ResourceService.Api.FunctionalTests.Infrastructure;

namespace ResourceService.Api.FunctionalTests.Resources;

/// <summary>Reads come from the cache; every write is visible to the very next read, item and list alike.</summary>
public sealed class CachingTests : ApiFixture
{
    [Test]
    public async Task Get_ReadAgain_IsServedFromTheCacheNotTheDatabase()
    {
        var created = await Client.CreateAsync(UniqueName("cached"));
        var path = $"{ApiClient.Route}/{created["id"]}";
        using (await Client.GetAsync(path))
        {
        }

        await RenameBehindTheServiceAsync((int)created["id"]!, "changed in the database");
        using var again = await Client.GetAsync(path);

        Assert.That((await again.ReadJsonAsync())["data"]!["name"]!.GetValue<string>(), Is.EqualTo(created["name"]!.GetValue<string>()));
    }

    [Test]
    public async Task Get_AfterRename_ReturnsTheNewNameAndVersionAtOnce()
    {
        var created = await Client.CreateAsync(UniqueName("before"));
        var path = $"{ApiClient.Route}/{created["id"]}";
        using (await Client.GetAsync(path))
        {
        }

        using (await Client.PutAsJsonAsync(path, new { name = "after" }))
        {
        }

        var data = (await (await Client.GetAsync(path)).ReadJsonAsync())["data"]!;
        Assert.That((data["name"]!.GetValue<string>(), data["version"]!.GetValue<int>()), Is.EqualTo(("after", 2)));
    }

    [Test]
    public async Task Get_AfterDelete_Answers404AtOnce()
    {
        var created = await Client.CreateAsync(UniqueName("deleted"));
        var path = $"{ApiClient.Route}/{created["id"]}";
        using (await Client.GetAsync(path))
        {
        }

        using (await Client.DeleteAsync(path))
        {
        }

        using var read = await Client.GetAsync(path);
        await read.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Get_OfAnIdAskedForBeforeItExisted_FindsItOnceCreated()
    {
        var first = await Client.CreateAsync(UniqueName("first"));
        var nextPath = $"{ApiClient.Route}/{(int)first["id"]! + 1}";
        using (var missing = await Client.GetAsync(nextPath))
        {
            Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        }

        var second = await Client.CreateAsync(UniqueName("second"));
        using var found = await Client.GetAsync($"{ApiClient.Route}/{second["id"]}");

        Assert.That(found.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task List_AfterEachWrite_ShowsItsRowsAndCountAtOnce()
    {
        var tag = UniqueName("list");
        var listPath = $"{ApiClient.Route}?name={tag}&sort=name";
        var a = await Client.CreateAsync($"{tag} a");
        Assert.That(await NamesAndCountAsync(listPath), Is.EqualTo((new[] { $"{tag} a" }, 1)));

        var b = await Client.CreateAsync($"{tag} b");
        Assert.That(await NamesAndCountAsync(listPath), Is.EqualTo((new[] { $"{tag} a", $"{tag} b" }, 2)));

        using (await Client.PutAsJsonAsync($"{ApiClient.Route}/{a["id"]}", new { name = $"{tag} c" }))
        {
        }

        Assert.That(await NamesAndCountAsync(listPath), Is.EqualTo((new[] { $"{tag} b", $"{tag} c" }, 2)));

        using (await Client.DeleteAsync($"{ApiClient.Route}/{b["id"]}"))
        {
        }

        Assert.That(await NamesAndCountAsync(listPath), Is.EqualTo((new[] { $"{tag} c" }, 1)));
    }

    [Test]
    public async Task List_WithoutFilter_CountsEveryCreateAndDeleteAtOnce()
    {
        using var own = Factory.Authorized(tenant: "counting");
        var before = await TotalCountAsync(own);
        var created = await own.CreateAsync(UniqueName("counted"));
        var afterCreate = await TotalCountAsync(own);
        using (await own.DeleteAsync($"{ApiClient.Route}/{created["id"]}"))
        {
        }

        Assert.That((afterCreate, await TotalCountAsync(own)), Is.EqualTo((before + 1, before)));
    }

    [Test]
    public async Task CachedReads_OfOneTenant_AreNeverServedToAnother()
    {
        using var acme = Factory.Authorized(tenant: "acme-cache");
        using var globex = Factory.Authorized(subject: "bob", tenant: "globex-cache");
        var tag = UniqueName("shared-url");
        var owned = await acme.CreateAsync($"{tag} acme");
        await globex.CreateAsync($"{tag} globex");
        var listPath = $"{ApiClient.Route}?name={tag}";
        using (await acme.GetAsync($"{ApiClient.Route}/{owned["id"]}"))
        using (await acme.GetAsync(listPath))
        {
        }

        using var item = await globex.GetAsync($"{ApiClient.Route}/{owned["id"]}");
        var list = await NamesAndCountAsync(listPath, globex);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(item.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(list, Is.EqualTo((new[] { $"{tag} globex" }, 1)));
        }
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task Get_WithIfNoneMatchOfTheCurrentVersion_Answers304WithTheETagAndNoBody(bool weak)
    {
        var created = await Client.CreateAsync(UniqueName("etag"));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{ApiClient.Route}/{created["id"]}");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"1\"", weak));

        using var response = await Client.SendAsync(request);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
            Assert.That(response.Headers.ETag?.Tag, Is.EqualTo("\"1\""));
            Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.Empty);
        }
    }

    [TestCase("\"2\"")]
    [TestCase("\"0\", \"7\"")]
    public async Task Get_WithIfNoneMatchOfAnotherVersion_Answers200WithTheResource(string ifNoneMatch)
    {
        var created = await Client.CreateAsync(UniqueName("stale-etag"));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{ApiClient.Route}/{created["id"]}");
        request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);

        using var response = await Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.ReadJsonAsync())["data"]!["id"]!.GetValue<int>(), Is.EqualTo(created["id"]!.GetValue<int>()));
    }

    [Test]
    public async Task Get_AfterRename_NoLongerAnswers304ToTheOldVersion()
    {
        var created = await Client.CreateAsync(UniqueName("renamed-etag"));
        var path = $"{ApiClient.Route}/{created["id"]}";
        using (await Client.PutAsJsonAsync(path, new { name = "renamed" }))
        {
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"1\""));
        using var response = await Client.SendAsync(request);

        Assert.That((response.StatusCode, response.Headers.ETag?.Tag), Is.EqualTo((HttpStatusCode.OK, "\"2\"")));
    }

    [TestCase("")]
    [TestCase("?pageSize=5")]
    public async Task AuthenticatedReads_MayBeKeptOnlyByTheCallersBrowserAndRevalidated(string query)
    {
        var created = await Client.CreateAsync(UniqueName("private"));
        var path = query.Length == 0 ? $"{ApiClient.Route}/{created["id"]}" : ApiClient.Route + query;

        using var response = await Client.GetAsync(path);

        Assert.That(response.Headers.CacheControl?.ToString(), Is.EqualTo("no-cache, private"));
    }

    private async Task RenameBehindTheServiceAsync(int id, string name)
    {
        await using var connection = new SqliteConnection($"Data Source={Factory.DatabaseFile}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE resource SET name = $name WHERE id = $id";
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$id", id);
        Assert.That(await command.ExecuteNonQueryAsync(), Is.EqualTo(1));
    }

    private async Task<(string[] Names, int TotalCount)> NamesAndCountAsync(string path, HttpClient? client = null)
    {
        using var response = await (client ?? Client).GetAsync(path);
        var body = await response.ReadJsonAsync();
        return (body["data"]!.AsArray().Select(item => item!["name"]!.GetValue<string>()).ToArray(),
            body["meta"]!["totalCount"]!.GetValue<int>());
    }

    private static async Task<int> TotalCountAsync(HttpClient client)
    {
        using var response = await client.GetAsync($"{ApiClient.Route}?pageSize=1");
        var meta = (await response.ReadJsonAsync())["meta"]!;
        Assert.That(meta["totalCountExact"]!.GetValue<bool>(), Is.True);
        return meta["totalCount"]!.GetValue<int>();
    }
}
