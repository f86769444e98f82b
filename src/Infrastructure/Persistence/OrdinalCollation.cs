using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ResourceService.Infrastructure.Persistence;

public static class OrdinalCollation
{
    internal const string Annotation = "ResourceService:OrdinalCollation";

    /// <summary>
    /// Compares and sorts the column by code point on every engine, so that a list sorted by it has the same
    /// order on SQLite, PostgreSQL and SQL Server. Each engine's context names its own binary collation.
    /// </summary>
    public static PropertyBuilder<string> UseOrdinalCollation(this PropertyBuilder<string> property) =>
        property.HasAnnotation(Annotation, true);
}
