using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KdramaMoments.Web.Data.Migrations.Postgres
{
    /// <summary>
    /// A character's moments kept at write time (Data/StoredCounts.cs), so an actor's page reads the moments of its first
    /// dramas only; and an index on the articles' import time, so the site's feed reads the newest articles as one slice.
    /// </summary>
    public partial class CharacterCountsAndFeedIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MomentCount",
                table: "Characters",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_ImportedAt_Id",
                table: "Articles",
                columns: new[] { "ImportedAt", "Id" });

            // A catalogue saved before: counted once from its rows, then kept by every save.
            migrationBuilder.Sql(StoredCountsFill.CharacterMomentCounts);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_ImportedAt_Id",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "MomentCount",
                table: "Characters");
        }
    }
}
