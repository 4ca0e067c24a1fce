using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KdramaMoments.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class FacetPairCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FacetPairCounts",
                columns: table => new
                {
                    FirstKind = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstKey = table.Column<int>(type: "INTEGER", nullable: false),
                    SecondKind = table.Column<int>(type: "INTEGER", nullable: false),
                    SecondKey = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FacetPairCounts", x => new { x.FirstKind, x.FirstKey, x.SecondKind, x.SecondKey });
                });

            // A catalogue saved before: every pair of facet values counted once from the moments, then kept by every save.
            foreach (var sql in StoredCountsFill.FacetPairCountRows)
            {
                migrationBuilder.Sql(sql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FacetPairCounts");
        }
    }
}
