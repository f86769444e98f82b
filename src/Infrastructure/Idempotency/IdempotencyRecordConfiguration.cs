using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResourceService.Application.Common.Idempotency;

namespace ResourceService.Infrastructure.Idempotency;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_record");
        builder.HasKey(record => new { record.Scope, record.Key });
        builder.Property(record => record.Scope).HasMaxLength(255);
        builder.Property(record => record.Key).HasMaxLength(IdempotencyKey.MaxLength);
        builder.Property(record => record.RequestHash).HasMaxLength(64).IsFixedLength();
        builder.HasIndex(record => record.ExpiresAt);
    }
}
