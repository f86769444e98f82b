using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResourceService.Domain.Resources;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.Resources;

internal sealed class ResourceConfiguration : IEntityTypeConfiguration<Resource>
{
    public void Configure(EntityTypeBuilder<Resource> builder)
    {
        builder.ToTable("resource");
        builder.HasKey(resource => resource.Id);
        builder.Property(resource => resource.Id).ValueGeneratedOnAdd();
        builder.Property(resource => resource.Name).HasMaxLength(ResourceName.MaxLength).IsRequired();
        builder.Property(resource => resource.NameKey).HasMaxLength(ResourceName.MaxLength).IsRequired().UseOrdinalCollation();
        builder.Property(resource => resource.Version).IsConcurrencyToken();
        builder.IsTenantOwned();
        builder.HasIndex(TenantOwnership.Property, nameof(Resource.NameKey));
        builder.HasIndex(TenantOwnership.Property, nameof(Resource.CreatedAt));
    }
}
