using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KdramaMoments.Web.Data.Migrations
{
    /// <summary>The catalogue's totals (sizes, moments per episode) kept at write time; see Data/CatalogueTotals.cs.</summary>
    public partial class CatalogueTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CatalogueTotals",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogueTotals", x => x.Name);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Moments_Episode",
                table: "Moments",
                column: "Episode");

            // A catalogue saved before: its totals counted once from its rows, then kept by every save.
            foreach (var sql in KdramaMoments.Web.Data.CatalogueTotals.FillSql)
            {
                migrationBuilder.Sql(sql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CatalogueTotals");

            migrationBuilder.DropIndex(
                name: "IX_Moments_Episode",
                table: "Moments");
        }
    }
}
