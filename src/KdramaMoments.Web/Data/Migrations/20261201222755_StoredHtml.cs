using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KdramaMoments.Web.Data.Migrations
{
    /// <summary>
    /// The HTML of each Markdown column, rendered and sanitised at save time; applying it asks the start-up to render
    /// the rows saved before (DatabaseStartup).
    /// </summary>
    [RunsDataStep(DataStep.StoredHtml)]
    public partial class StoredHtml : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DescriptionHtml",
                table: "Moments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SynopsisHtml",
                table: "Dramas",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IntroHtml",
                table: "CuratedLists",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NoteHtml",
                table: "CuratedListItems",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DescriptionHtml",
                table: "Moments");

            migrationBuilder.DropColumn(
                name: "SynopsisHtml",
                table: "Dramas");

            migrationBuilder.DropColumn(
                name: "IntroHtml",
                table: "CuratedLists");

            migrationBuilder.DropColumn(
                name: "NoteHtml",
                table: "CuratedListItems");
        }
    }
}
