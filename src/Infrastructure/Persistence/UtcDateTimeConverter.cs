using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ResourceService.Infrastructure.Persistence;

/// <summary>
/// Every time is stored in UTC; engines such as SQLite forget that on the way back, so reads mark it again
/// and the API can always write the offset.
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    toStore => toStore.Kind == DateTimeKind.Utc ? toStore : toStore.ToUniversalTime(),
    fromStore => DateTime.SpecifyKind(fromStore, DateTimeKind.Utc));
