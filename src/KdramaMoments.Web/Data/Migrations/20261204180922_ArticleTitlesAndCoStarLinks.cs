using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KdramaMoments.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ArticleTitlesAndCoStarLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SortTitle",
                table: "Articles",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "CoStarLinks",
                table: "Actors",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_SortTitle_FileName",
                table: "Articles",
                columns: new[] { "SortTitle", "FileName" });

            migrationBuilder.CreateIndex(
                name: "IX_Actors_CoStarLinks_Id",
                table: "Actors",
                columns: new[] { "CoStarLinks", "Id" },
                descending: new[] { true, false });

            // A catalogue saved before: filled once, then kept by every save.
            foreach (var sql in StoredCountsFill.ArticleTitlesAndCoStarLinks)
            {
                migrationBuilder.Sql(sql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_SortTitle_FileName",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Actors_CoStarLinks_Id",
                table: "Actors");

            migrationBuilder.DropColumn(
                name: "SortTitle",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "CoStarLinks",
                table: "Actors");
        }
    }
}
