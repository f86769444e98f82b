using ResourceService.Domain.Common;

namespace ResourceService.Application.UnitTests.Support;

/// <summary>What a unit of work answers: the changes were committed, or another writer got there first.</summary>
internal static class SaveOutcomes
{
    public static Result<Success> Saved => default(Success);

    public static Error Conflict { get; } = Error.Conflict("concurrency_conflict", "Another request changed this data first.");
}
