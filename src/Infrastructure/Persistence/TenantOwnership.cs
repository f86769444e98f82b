using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResourceService.Application.Common;

namespace ResourceService.Infrastructure.Persistence;

public static class TenantOwnership
{
    /// <summary>The shadow property (column <c>tenant_id</c>) that tenant-owned rows carry.</summary>
    public const string Property = "TenantId";

    /// <summary>
    /// Rows of this entity belong to a tenant. Every context (<see cref="ServiceDbContext"/>) filters every query to the caller's
    /// tenant and stamps it on every insert, so that no use case can forget either. Rows that existed before
    /// tenancy belong to the default tenant.
    /// </summary>
    public static EntityTypeBuilder<TEntity> IsTenantOwned<TEntity>(this EntityTypeBuilder<TEntity> builder)
        where TEntity : class
    {
        builder.Property<string>(Property).HasMaxLength(Tenants.MaxLength).IsRequired().HasDefaultValue(Tenants.Default);
        return builder;
    }
}
