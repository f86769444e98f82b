namespace ResourceService.Application.Resources.ListResources;

/// <summary>What the read side answers for a list: the rows, whether more follow, and how many match.</summary>
/// <param name="TotalCountExact">False when <paramref name="TotalCount"/> is a lower bound (a filter matched very many rows).</param>
public sealed record ResourcePage(IReadOnlyList<ResourceResponse> Items, bool HasMore, int TotalCount, bool TotalCountExact);
