using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KdramaMoments.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class YearListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Moments_SortYear_ListCount_Title_Slug",
                table: "Moments",
                columns: new[] { "SortYear", "ListCount", "Title", "Slug" },
                descending: new[] { false, true, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_Moments_SortYear_SortTitle_Slug",
                table: "Moments",
                columns: new[] { "SortYear", "SortTitle", "Slug" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Moments_SortYear_ListCount_Title_Slug",
                table: "Moments");

            migrationBuilder.DropIndex(
                name: "IX_Moments_SortYear_SortTitle_Slug",
                table: "Moments");
        }
    }
}
