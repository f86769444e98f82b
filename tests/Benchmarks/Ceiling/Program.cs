using System.Text.Json;
using System.Text.Json.Serialization;
using ResourceService.Ceiling;

// The fastest this machine can answer the service's two read shapes: Kestrel, routing and System.Text.Json over
// objects already in memory, without authentication, logging, database or cache. No service can beat it here.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, CeilingJson.Default));
var app = builder.Build();

var created = new DateTime(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc);
var items = Enumerable.Range(1, 1000)
    .Select(id => new Item(id, $"blue widget {id:D4}", created.AddSeconds(id), null, 1))
    .ToArray();
var page = new Page(true, items[..20], new Meta(1, 20, items.Length, items.Length / 20, true,
    "eyJrIjpbIjIwMjYtMTItMDFUMTI6MDA6MjBaIiwyMF0sInYiOjF9.b64hmacsignatureofthecursor0123456789abcdefABCDEF"));

app.MapGet("/api/v1/resource/{id:int}", (int id) =>
    id >= 1 && id <= items.Length ? Results.Ok(new Envelope(true, items[id - 1])) : Results.NotFound());
app.MapGet("/api/v1/resource", () => Results.Ok(page));
app.MapGet("/health/live", () => Results.Ok());

app.Run();

namespace ResourceService.Ceiling
{
    internal sealed record Item(int Id, string Name, DateTime CreatedAt, DateTime? UpdatedAt, int Version);

    internal sealed record Envelope(bool Success, Item Data);

    internal sealed record Meta(int? Page, int PageSize, int TotalCount, int? TotalPages, bool TotalCountExact, string? NextCursor);

    internal sealed record Page(bool Success, IReadOnlyList<Item> Data, Meta Meta);

    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
    [JsonSerializable(typeof(Envelope))]
    [JsonSerializable(typeof(Page))]
    internal sealed partial class CeilingJson : JsonSerializerContext;
}
