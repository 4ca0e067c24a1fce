using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KdramaMoments.Web.Data.Migrations
{
    /// <summary>
    /// The whole co-star map kept in the database (CoStars/KeptCoStarMap.cs): its table, drawn and its markup written by
    /// the first read that finds it empty (the layout is C#), then by the saves that change it; and the count of actors
    /// with a co-star with the catalogue's totals (Data/CatalogueTotals.cs), from the links kept on each actor.
    /// </summary>
    public partial class KeptCoStarMap : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StoredCoStarMaps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Layout = table.Column<int>(type: "INTEGER", nullable: false),
                    InputHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Nodes = table.Column<int>(type: "INTEGER", nullable: false),
                    ListShortened = table.Column<bool>(type: "INTEGER", nullable: false),
                    MapOpening = table.Column<string>(type: "TEXT", nullable: false),
                    MapMiddle = table.Column<string>(type: "TEXT", nullable: false),
                    ShortList = table.Column<string>(type: "TEXT", nullable: false),
                    WholeList = table.Column<string>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoredCoStarMaps", x => x.Id);
                });

            migrationBuilder.Sql(StoredCountsFill.CoStarActorsTotal);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StoredCoStarMaps");
        }
    }
}
