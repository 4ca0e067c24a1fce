using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KdramaMoments.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class TropeMomentOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TagMoments",
                columns: table => new
                {
                    TagId = table.Column<int>(type: "INTEGER", nullable: false),
                    MomentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ListCount = table.Column<int>(type: "INTEGER", nullable: false),
                    SortYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    SortDrama = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Episode = table.Column<int>(type: "INTEGER", nullable: true),
                    SortTitle = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TagMoments", x => new { x.MomentId, x.TagId });
                    table.ForeignKey(
                        name: "FK_TagMoments_Moments_MomentId",
                        column: x => x.MomentId,
                        principalTable: "Moments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TagMoments_Tags_TagId",
                        column: x => x.TagId,
                        principalTable: "Tags",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TagMoments_ListedOrder",
                table: "TagMoments",
                columns: new[] { "TagId", "ListCount", "SortYear", "Title", "Slug", "MomentId" },
                descending: new[] { false, true, true, false, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_TagMoments_TitleOrder",
                table: "TagMoments",
                columns: new[] { "TagId", "SortTitle", "Slug", "MomentId" });

            migrationBuilder.CreateIndex(
                name: "IX_TagMoments_YearOrder",
                table: "TagMoments",
                columns: new[] { "TagId", "SortYear", "SortDrama", "Episode", "Slug", "MomentId" },
                descending: new[] { false, true, false, false, false, false });

            // A catalogue saved before: the year order's index with "unknown episode last", then every trope's moments.
            foreach (var sql in StoredCountsFill.TropeMomentOrder)
            {
                migrationBuilder.Sql(sql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TagMoments");
        }
    }
}
