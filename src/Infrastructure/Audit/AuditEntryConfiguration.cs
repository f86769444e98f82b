using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResourceService.Domain.Audit;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    private const int AuditActionLength = 20;

    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entry");
        builder.HasKey(entry => entry.Id);
        builder.Property(entry => entry.Id).ValueGeneratedOnAdd();
        builder.Property(entry => entry.EntityType).HasMaxLength(AuditEntry.MaxEntityTypeLength).IsRequired();
        // Stored by name, so that a reader of the table (or a DBA) needs no code table, and a new action is no migration.
        builder.Property(entry => entry.Action).HasConversion<string>().HasMaxLength(AuditActionLength).IsRequired();
        builder.Property(entry => entry.Subject).HasMaxLength(AuditEntry.MaxSubjectLength);
        builder.Property(entry => entry.NameBefore).HasMaxLength(AuditEntry.MaxNameLength);
        builder.Property(entry => entry.NameAfter).HasMaxLength(AuditEntry.MaxNameLength);
        builder.IsTenantOwned();

        // The list reads one entity's entries newest first, or a tenant's: each in index order, ended by the id.
        builder.HasIndex(TenantOwnership.Property, nameof(AuditEntry.EntityType), nameof(AuditEntry.EntityId), nameof(AuditEntry.Id));
        builder.HasIndex(TenantOwnership.Property, nameof(AuditEntry.Id));
    }
}
