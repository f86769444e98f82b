using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResourceService.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class NameColumnsInUtf16Units : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "name_key",
                table: "resource",
                type: "character varying(510)",
                maxLength: 510,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(255)",
                oldMaxLength: 255,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "name",
                table: "resource",
                type: "character varying(510)",
                maxLength: 510,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(255)",
                oldMaxLength: 255);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "name_key",
                table: "resource",
                type: "character varying(255)",
                maxLength: 255,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(510)",
                oldMaxLength: 510,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "name",
                table: "resource",
                type: "character varying(255)",
                maxLength: 255,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(510)",
                oldMaxLength: 510);
        }
    }
}
