using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KdramaMoments.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DecadeAndBandLists : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Decade",
                table: "Moments",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "EpisodeBand",
                table: "Moments",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_Moments_Decade_ListCount_SortYear_Title_Slug",
                table: "Moments",
                columns: new[] { "Decade", "ListCount", "SortYear", "Title", "Slug" },
                descending: new[] { false, true, true, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_Moments_Decade_SortTitle_Slug",
                table: "Moments",
                columns: new[] { "Decade", "SortTitle", "Slug" });

            migrationBuilder.CreateIndex(
                name: "IX_Moments_EpisodeBand_ListCount_SortYear_Title_Slug",
                table: "Moments",
                columns: new[] { "EpisodeBand", "ListCount", "SortYear", "Title", "Slug" },
                descending: new[] { false, true, true, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_Moments_EpisodeBand_SortTitle_Slug",
                table: "Moments",
                columns: new[] { "EpisodeBand", "SortTitle", "Slug" });

            migrationBuilder.CreateIndex(
                name: "IX_Moments_EpisodeBand_SortYear_SortDrama_Episode_Slug",
                table: "Moments",
                columns: new[] { "EpisodeBand", "SortYear", "SortDrama", "Episode", "Slug" },
                descending: new[] { false, true, false, false, false });

            // A catalogue saved before: each moment's decade and band from its stored year and episode, then kept by every save.
            foreach (var sql in StoredCountsFill.DecadeAndBandLists)
            {
                migrationBuilder.Sql(sql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Moments_Decade_ListCount_SortYear_Title_Slug",
                table: "Moments");

            migrationBuilder.DropIndex(
                name: "IX_Moments_Decade_SortTitle_Slug",
                table: "Moments");

            migrationBuilder.DropIndex(
                name: "IX_Moments_EpisodeBand_ListCount_SortYear_Title_Slug",
                table: "Moments");

            migrationBuilder.DropIndex(
                name: "IX_Moments_EpisodeBand_SortTitle_Slug",
                table: "Moments");

            migrationBuilder.DropIndex(
                name: "IX_Moments_EpisodeBand_SortYear_SortDrama_Episode_Slug",
                table: "Moments");

            migrationBuilder.DropColumn(
                name: "Decade",
                table: "Moments");

            migrationBuilder.DropColumn(
                name: "EpisodeBand",
                table: "Moments");
        }
    }
}
