using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResourceService.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NameColumnsInUtf16Units : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
