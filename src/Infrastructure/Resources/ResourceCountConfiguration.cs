using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.Resources;

internal sealed class ResourceCountConfiguration : IEntityTypeConfiguration<ResourceCount>
{
    public void Configure(EntityTypeBuilder<ResourceCount> builder)
    {
        builder.ToTable("resource_count");
        builder.IsTenantOwned();
        builder.HasKey(TenantOwnership.Property, nameof(ResourceCount.Shard));
        builder.Property(count => count.Shard).ValueGeneratedNever();
    }
}
