using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResourceService.Infrastructure.Persistence.Migrations.SqlServer
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
                type: "nvarchar(510)",
                maxLength: 510,
                nullable: false,
                collation: "Latin1_General_100_BIN2",
                oldClrType: typeof(string),
                oldType: "nvarchar(255)",
                oldMaxLength: 255,
                oldCollation: "Latin1_General_100_BIN2");

            migrationBuilder.AlterColumn<string>(
                name: "name",
                table: "resource",
                type: "nvarchar(510)",
                maxLength: 510,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(255)",
                oldMaxLength: 255);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "name_key",
                table: "resource",
                type: "nvarchar(255)",
                maxLength: 255,
                nullable: false,
                collation: "Latin1_General_100_BIN2",
                oldClrType: typeof(string),
                oldType: "nvarchar(510)",
                oldMaxLength: 510,
                oldCollation: "Latin1_General_100_BIN2");

            migrationBuilder.AlterColumn<string>(
                name: "name",
                table: "resource",
                type: "nvarchar(255)",
                maxLength: 255,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(510)",
                oldMaxLength: 510);
        }
    }
}
