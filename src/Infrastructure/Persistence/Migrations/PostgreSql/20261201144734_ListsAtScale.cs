using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResourceService.Infrastructure.Persistence.Migrations.PostgreSql
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

            migrationBuilder.AlterColumn<string>(
                name: "scope",
                table: "idempotency_record",
                type: "character(64)",
                unicode: false,
                fixedLength: true,
                maxLength: 64,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(255)",
                oldMaxLength: 255);

            migrationBuilder.CreateTable(
                name: "resource_count",
                columns: table => new
                {
                    shard = table.Column<int>(type: "integer", nullable: false),
                    tenant_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, defaultValue: "default"),
                    count = table.Column<long>(type: "bigint", nullable: false)
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
                CREATE EXTENSION IF NOT EXISTS pg_trgm;
                """);

            migrationBuilder.Sql("""
                CREATE INDEX ix_resource_name_key_trigram ON resource USING gin (name_key gin_trgm_ops);
                """);

            migrationBuilder.Sql("""
                INSERT INTO resource_count (tenant_id, shard, count)
                SELECT tenant_id, id % 16, count(*) FROM resource GROUP BY tenant_id, id % 16;
                """);

            migrationBuilder.Sql("""
                CREATE FUNCTION resource_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'INSERT' THEN
                        INSERT INTO resource_count (tenant_id, shard, count) VALUES (NEW.tenant_id, NEW.id % 16, 1)
                        ON CONFLICT (tenant_id, shard) DO UPDATE SET count = resource_count.count + 1;
                    ELSE
                        UPDATE resource_count SET count = count - 1 WHERE tenant_id = OLD.tenant_id AND shard = OLD.id % 16;
                    END IF;
                    RETURN NULL;
                END
                $$;
                """);

            migrationBuilder.Sql("""
                CREATE TRIGGER resource_count_insert AFTER INSERT ON resource FOR EACH ROW EXECUTE FUNCTION resource_count_change();
                """);

            migrationBuilder.Sql("""
                CREATE TRIGGER resource_count_delete AFTER DELETE ON resource FOR EACH ROW EXECUTE FUNCTION resource_count_change();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER resource_count_delete ON resource;
                """);

            migrationBuilder.Sql("""
                DROP TRIGGER resource_count_insert ON resource;
                """);

            migrationBuilder.Sql("""
                DROP FUNCTION resource_count_change();
                """);

            migrationBuilder.Sql("""
                DROP INDEX ix_resource_name_key_trigram;
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

            migrationBuilder.AlterColumn<string>(
                name: "scope",
                table: "idempotency_record",
                type: "character varying(255)",
                maxLength: 255,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character(64)",
                oldUnicode: false,
                oldFixedLength: true,
                oldMaxLength: 64);

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
