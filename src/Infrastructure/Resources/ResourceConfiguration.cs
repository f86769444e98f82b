using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResourceService.Domain.Resources;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.Resources;

internal sealed class ResourceConfiguration : IEntityTypeConfiguration<Resource>
{
    /// <summary>
    /// The triggers the migrations create on the table (ADR 0021): the counts on every engine, and SQLite's name search
    /// index. EF must know that the table has triggers, or SQL Server refuses its OUTPUT clause.
    /// </summary>
    public static readonly string[] Triggers =
    [
        "resource_count_insert", "resource_count_delete",
        "resource_name_search_insert", "resource_name_search_delete", "resource_name_search_update",
    ];

    public void Configure(EntityTypeBuilder<Resource> builder)
    {
        builder.ToTable("resource", table =>
        {
            foreach (var trigger in Triggers)
            {
                table.HasTrigger(trigger);
            }
        });
        builder.HasKey(resource => resource.Id);
        builder.Property(resource => resource.Id).ValueGeneratedOnAdd();
        // A name is at most 255 code points (ADR 0029); the columns hold the UTF-16 units that SQL Server counts.
        builder.Property(resource => resource.Name).HasMaxLength(ResourceName.MaxUtf16Length).IsRequired();
        builder.Property(resource => resource.NameKey).HasMaxLength(ResourceName.MaxUtf16Length).IsRequired().UseOrdinalCollation();
        builder.Property(resource => resource.Version).IsConcurrencyToken();
        builder.IsTenantOwned();

        // One index per sort order, each ending in the id that breaks ties, so that a page by offset or by
        // cursor reads only its own rows in index order.
        builder.HasIndex(TenantOwnership.Property, nameof(Resource.Id));
        builder.HasIndex(TenantOwnership.Property, nameof(Resource.NameKey), nameof(Resource.Id));
        builder.HasIndex(TenantOwnership.Property, nameof(Resource.CreatedAt), nameof(Resource.Id));
    }
}
