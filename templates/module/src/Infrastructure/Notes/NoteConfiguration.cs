using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResourceService.Domain.Notes;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.Notes;

// In the module's folder, so it belongs to NotesDbContext's model and not to the shared one. The table and columns
// take their snake_case names from the naming convention.
internal sealed class NoteConfiguration : IEntityTypeConfiguration<Note>
{
    public void Configure(EntityTypeBuilder<Note> builder)
    {
        builder.HasKey(note => note.Id);
        builder.Property(note => note.Id).ValueGeneratedOnAdd();
        builder.Property(note => note.Title).HasMaxLength(NoteTitle.MaxUtf16Length).IsRequired();
        builder.Property(note => note.Version).IsConcurrencyToken();
        builder.IsTenantOwned();

        // The list reads a tenant's rows newest first by id, a page by offset or after a cursor's id in index order.
        builder.HasIndex(TenantOwnership.Property, nameof(Note.Id));
    }
}
