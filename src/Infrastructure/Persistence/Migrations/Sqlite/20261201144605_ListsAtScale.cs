using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResourceService.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ListsAtScale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_resource_tenant_id_created_at",
                table: "resource");

            migrationBuilder.DropIndex(
                name: "ix_resource_tenant_id_name_key",
                table: "resource");

            migrationBuilder.CreateTable(
                name: "resource_count",
                columns: table => new
                {
                    shard = table.Column<int>(type: "INTEGER", nullable: false),
                    tenant_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false, defaultValue: "default"),
                    count = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_resource_count", x => new { x.tenant_id, x.shard });
                });

            migrationBuilder.CreateIndex(
                name: "ix_resource_tenant_id_created_at_id",
                table: "resource",
                columns: new[] { "tenant_id", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_resource_tenant_id_id",
                table: "resource",
                columns: new[] { "tenant_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_resource_tenant_id_name_key_id",
                table: "resource",
                columns: new[] { "tenant_id", "name_key", "id" });

            migrationBuilder.Sql("""
                INSERT INTO resource_count (tenant_id, shard, count)
                SELECT tenant_id, id % 16, COUNT(*) FROM resource GROUP BY tenant_id, id % 16;
                """);

            migrationBuilder.Sql("""
                CREATE TRIGGER resource_count_insert AFTER INSERT ON resource BEGIN
                    INSERT INTO resource_count (tenant_id, shard, count) VALUES (NEW.tenant_id, NEW.id % 16, 1)
                    ON CONFLICT (tenant_id, shard) DO UPDATE SET count = count + 1;
                END;
                """);

            migrationBuilder.Sql("""
                CREATE TRIGGER resource_count_delete AFTER DELETE ON resource BEGIN
                    UPDATE resource_count SET count = count - 1 WHERE tenant_id = OLD.tenant_id AND shard = OLD.id % 16;
                END;
                """);

            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE resource_name_search
                USING fts5(name_key, content = 'resource', content_rowid = 'id', tokenize = 'trigram case_sensitive 1');
                """);

            migrationBuilder.Sql("""
                INSERT INTO resource_name_search (resource_name_search) VALUES ('rebuild');
                """);

            migrationBuilder.Sql("""
                CREATE TRIGGER resource_name_search_insert AFTER INSERT ON resource BEGIN
                    INSERT INTO resource_name_search (rowid, name_key) VALUES (NEW.id, NEW.name_key);
                END;
                """);

            migrationBuilder.Sql("""
                CREATE TRIGGER resource_name_search_delete AFTER DELETE ON resource BEGIN
                    INSERT INTO resource_name_search (resource_name_search, rowid, name_key) VALUES ('delete', OLD.id, OLD.name_key);
                END;
                """);

            migrationBuilder.Sql("""
                CREATE TRIGGER resource_name_search_update AFTER UPDATE OF name_key ON resource BEGIN
                    INSERT INTO resource_name_search (resource_name_search, rowid, name_key) VALUES ('delete', OLD.id, OLD.name_key);
                    INSERT INTO resource_name_search (rowid, name_key) VALUES (NEW.id, NEW.name_key);
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER resource_name_search_update;
                """);

            migrationBuilder.Sql("""
                DROP TRIGGER resource_name_search_delete;
                """);

            migrationBuilder.Sql("""
                DROP TRIGGER resource_name_search_insert;
                """);

            migrationBuilder.Sql("""
                DROP TABLE resource_name_search;
                """);

            migrationBuilder.Sql("""
                DROP TRIGGER resource_count_delete;
                """);

            migrationBuilder.Sql("""
                DROP TRIGGER resource_count_insert;
                """);

            migrationBuilder.DropTable(
                name: "resource_count");

            migrationBuilder.DropIndex(
                name: "ix_resource_tenant_id_created_at_id",
                table: "resource");

            migrationBuilder.DropIndex(
                name: "ix_resource_tenant_id_id",
                table: "resource");

            migrationBuilder.DropIndex(
                name: "ix_resource_tenant_id_name_key_id",
                table: "resource");

            migrationBuilder.CreateIndex(
                name: "ix_resource_tenant_id_created_at",
                table: "resource",
                columns: new[] { "tenant_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_resource_tenant_id_name_key",
                table: "resource",
                columns: new[] { "tenant_id", "name_key" });
        }
    }
}
