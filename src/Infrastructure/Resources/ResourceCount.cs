namespace ResourceService.Infrastructure.Resources;

/// <summary>
/// One of a tenant's <see cref="Shards"/> counters of its resources, kept by database triggers in the same
/// transaction as each insert and delete, so that an unfiltered list's total is exact at any size and costs a
/// read of a few rows. Spreading the count over shards (by id) keeps concurrent inserts from queueing on one row.
/// </summary>
internal sealed class ResourceCount
{
    public const int Shards = 16;

    public int Shard { get; private set; }

    public long Count { get; private set; }
}
