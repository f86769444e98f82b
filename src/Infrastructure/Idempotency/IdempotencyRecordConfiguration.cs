using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResourceService.Application.Common.Idempotency;

namespace ResourceService.Infrastructure.Idempotency;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    /// <summary>The caller's scope is a SHA-256 digest in hex.</summary>
    public const int ScopeLength = 64;

    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_record");
        builder.HasKey(record => new { record.Scope, record.Key });
        // The key is one index entry on every engine, so it must fit SQL Server's 900 bytes by construction: the scope
        // is a SHA-256 in hex and the key visible ASCII (IdempotencyKey.Validate), one byte a character each.
        builder.Property(record => record.Scope).HasMaxLength(ScopeLength).IsFixedLength().IsUnicode(false);
        builder.Property(record => record.Key).HasMaxLength(IdempotencyKey.MaxLength).IsUnicode(false);
        builder.Property(record => record.RequestHash).HasMaxLength(ScopeLength).IsFixedLength().IsUnicode(false);
        builder.HasIndex(record => record.ExpiresAt);
    }
}
