using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResourceService.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddTenancy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_resource_created_at",
                table: "resource");

            migrationBuilder.DropIndex(
                name: "ix_resource_name_key",
                table: "resource");

            migrationBuilder.AddColumn<string>(
                name: "tenant_id",
                table: "resource",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "default");

            migrationBuilder.CreateIndex(
                name: "ix_resource_tenant_id_created_at",
                table: "resource",
                columns: new[] { "tenant_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_resource_tenant_id_name_key",
                table: "resource",
                columns: new[] { "tenant_id", "name_key" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_resource_tenant_id_created_at",
                table: "resource");

            migrationBuilder.DropIndex(
                name: "ix_resource_tenant_id_name_key",
                table: "resource");

            migrationBuilder.DropColumn(
                name: "tenant_id",
                table: "resource");

            migrationBuilder.CreateIndex(
                name: "ix_resource_created_at",
                table: "resource",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_resource_name_key",
                table: "resource",
                column: "name_key");
        }
    }
}
