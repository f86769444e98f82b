using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResourceService.Infrastructure.Persistence.Migrations.SqlServer
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

            // SQL Server cannot change the type of a column its primary key covers: the key is rebuilt around the change.
            migrationBuilder.DropPrimaryKey(
                name: "pk_idempotency_record",
                table: "idempotency_record");

            migrationBuilder.AlterColumn<string>(
                name: "request_hash",
                table: "idempotency_record",
                type: "char(64)",
                unicode: false,
                fixedLength: true,
                maxLength: 64,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nchar(64)",
                oldFixedLength: true,
                oldMaxLength: 64);

            migrationBuilder.AlterColumn<string>(
                name: "key",
                table: "idempotency_record",
                type: "varchar(255)",
                unicode: false,
                maxLength: 255,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(255)",
                oldMaxLength: 255);

            migrationBuilder.AlterColumn<string>(
                name: "scope",
                table: "idempotency_record",
                type: "char(64)",
                unicode: false,
                fixedLength: true,
                maxLength: 64,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(255)",
                oldMaxLength: 255);

            migrationBuilder.AddPrimaryKey(
                name: "pk_idempotency_record",
                table: "idempotency_record",
                columns: new[] { "scope", "key" });

            migrationBuilder.CreateTable(
                name: "resource_count",
                columns: table => new
                {
                    shard = table.Column<int>(type: "int", nullable: false),
                    tenant_id = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, defaultValue: "default"),
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
                INSERT INTO resource_count (tenant_id, shard, [count])
                SELECT tenant_id, id % 16, COUNT_BIG(*) FROM resource GROUP BY tenant_id, id % 16;
                """);

            // CREATE TRIGGER must be the first statement of its batch: EXEC gives it one, also inside the
            // IF blocks of the idempotent script.
            migrationBuilder.Sql("""
                EXEC(N'
                CREATE TRIGGER resource_count_insert ON resource AFTER INSERT AS
                BEGIN
                    SET NOCOUNT ON;
                    MERGE resource_count WITH (HOLDLOCK) AS target
                    USING (SELECT tenant_id, id % 16 AS shard, COUNT_BIG(*) AS added FROM inserted GROUP BY tenant_id, id % 16) AS source
                    ON target.tenant_id = source.tenant_id AND target.shard = source.shard
                    WHEN MATCHED THEN UPDATE SET [count] = target.[count] + source.added
                    WHEN NOT MATCHED THEN INSERT (tenant_id, shard, [count]) VALUES (source.tenant_id, source.shard, source.added);
                END;
                ');
                """);

            migrationBuilder.Sql("""
                EXEC(N'
                CREATE TRIGGER resource_count_delete ON resource AFTER DELETE AS
                BEGIN
                    SET NOCOUNT ON;
                    UPDATE target SET [count] = target.[count] - source.removed
                    FROM resource_count AS target
                    INNER JOIN (SELECT tenant_id, id % 16 AS shard, COUNT_BIG(*) AS removed FROM deleted GROUP BY tenant_id, id % 16) AS source
                        ON target.tenant_id = source.tenant_id AND target.shard = source.shard;
                END;
                ');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.DropPrimaryKey(
                name: "pk_idempotency_record",
                table: "idempotency_record");

            migrationBuilder.AlterColumn<string>(
                name: "request_hash",
                table: "idempotency_record",
                type: "nchar(64)",
                fixedLength: true,
                maxLength: 64,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "char(64)",
                oldUnicode: false,
                oldFixedLength: true,
                oldMaxLength: 64);

            migrationBuilder.AlterColumn<string>(
                name: "key",
                table: "idempotency_record",
                type: "nvarchar(255)",
                maxLength: 255,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "varchar(255)",
                oldUnicode: false,
                oldMaxLength: 255);

            migrationBuilder.AlterColumn<string>(
                name: "scope",
                table: "idempotency_record",
                type: "nvarchar(255)",
                maxLength: 255,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "char(64)",
                oldUnicode: false,
                oldFixedLength: true,
                oldMaxLength: 64);

            migrationBuilder.AddPrimaryKey(
                name: "pk_idempotency_record",
                table: "idempotency_record",
                columns: new[] { "scope", "key" });

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
