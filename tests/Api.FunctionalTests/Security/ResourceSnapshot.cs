using System.Globalization;
using System.Text.Json.Nodes;
using ResourceService.Api.FunctionalTests.Infrastructure;

namespace ResourceService.Api.FunctionalTests.Security;

/// <summary>Every resource the caller can see, read through the list endpoint 100 at a time, as id → JSON.</summary>
public sealed class ResourceSnapshot
{
    private const int PageSize = 100;

    private readonly SortedDictionary<int, string> _rows;

    private ResourceSnapshot(SortedDictionary<int, string> rows) => _rows = rows;

    public IReadOnlyCollection<int> Ids => _rows.Keys;

    public static async Task<ResourceSnapshot> ReadAsync(HttpClient client)
    {
        var rows = new SortedDictionary<int, string>();
        for (var page = 1; ; page++)
        {
            using var response = await client.GetAsync($"{ApiClient.Route}?pageSize={PageSize}&page={page}&sort=id");
            var body = await response.ReadJsonAsync();
            foreach (var row in body["data"]!.AsArray())
            {
                rows.Add(row!["id"]!.GetValue<int>(), row.ToJsonString());
            }

            if (page >= body["meta"]!["totalPages"]!.GetValue<int>())
            {
                return new ResourceSnapshot(rows);
            }
        }
    }

    public bool Contains(int id) => _rows.ContainsKey(id);

    /// <summary>This snapshot with the row added, or replaced when its id is already here.</summary>
    public ResourceSnapshot With(JsonNode row) =>
        new(new SortedDictionary<int, string>(_rows) { [row["id"]!.GetValue<int>()] = row.ToJsonString() });

    public ResourceSnapshot Without(int id)
    {
        var rows = new SortedDictionary<int, string>(_rows);
        rows.Remove(id);
        return new ResourceSnapshot(rows);
    }

    /// <summary>What differs from the expected snapshot, row by row; empty when nothing does.</summary>
    public string DifferencesFrom(ResourceSnapshot expected) =>
        string.Join('\n', expected._rows.Keys.Union(_rows.Keys).Order()
            .Select(id => (id, Expected: expected._rows.GetValueOrDefault(id), Actual: _rows.GetValueOrDefault(id)))
            .Where(row => row.Expected != row.Actual)
            .Select(row => string.Create(CultureInfo.InvariantCulture,
                $"  id {row.id}: expected {row.Expected ?? "(no row)"}, found {row.Actual ?? "(no row)"}")));
}
