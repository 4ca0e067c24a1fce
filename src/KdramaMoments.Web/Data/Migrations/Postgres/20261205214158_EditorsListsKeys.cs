using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KdramaMoments.Web.Data.Migrations.Postgres
{
    /// <summary>
    /// What the editors' lists order and filter by, kept at write time (StoredCounts): a moment's count of characters and
    /// its title's fault, an article's title read as a sentence, a character's folded name, and indexes holding only each
    /// to-do list's rows. Applying it fills the counts and names here and asks the start-up to judge the moments' and
    /// articles' titles by their rules' code (DataStep.TitleFaults).
    /// </summary>
    [RunsDataStep(DataStep.TitleFaults)]
    public partial class EditorsListsKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CharacterCount",
                table: "Moments",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "TitleFault",
                table: "Moments",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "SortName",
                table: "Characters",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "",
                collation: "C");

            migrationBuilder.AddColumn<bool>(
                name: "NamedBySentence",
                table: "Articles",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.Sql(StoredCountsFill.EditorsListsKeys);

            migrationBuilder.CreateIndex(
                name: "IX_Moments_NoCharacters",
                table: "Moments",
                columns: new[] { "SortDrama", "Title", "Id" },
                filter: "\"CharacterCount\" = 0");

            migrationBuilder.CreateIndex(
                name: "IX_Moments_TitleFault",
                table: "Moments",
                columns: new[] { "SortDrama", "Title", "Id" },
                filter: "\"TitleFault\" <> 0");

            migrationBuilder.CreateIndex(
                name: "IX_Dramas_NoHangulTitle",
                table: "Dramas",
                columns: new[] { "MomentCount", "Title", "Id" },
                descending: new[] { true, false, false },
                filter: "\"HangulTitle\" IS NULL OR \"HangulTitle\" = ''");

            migrationBuilder.CreateIndex(
                name: "IX_Dramas_NoYear",
                table: "Dramas",
                columns: new[] { "MomentCount", "Title", "Id" },
                descending: new[] { true, false, false },
                filter: "\"Year\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Characters_SortName_Slug",
                table: "Characters",
                columns: new[] { "SortName", "Slug" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_NamedBySentence",
                table: "Articles",
                columns: new[] { "SortTitle", "FileName", "Id" },
                filter: "\"NamedBySentence\"");

            migrationBuilder.CreateIndex(
                name: "IX_Actors_NoRole",
                table: "Actors",
                columns: new[] { "DramaCount", "SortName", "Slug" },
                filter: "\"DramaCount\" = 0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Moments_NoCharacters",
                table: "Moments");

            migrationBuilder.DropIndex(
                name: "IX_Moments_TitleFault",
                table: "Moments");

            migrationBuilder.DropIndex(
                name: "IX_Dramas_NoHangulTitle",
                table: "Dramas");

            migrationBuilder.DropIndex(
                name: "IX_Dramas_NoYear",
                table: "Dramas");

            migrationBuilder.DropIndex(
                name: "IX_Characters_SortName_Slug",
                table: "Characters");

            migrationBuilder.DropIndex(
                name: "IX_Articles_NamedBySentence",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Actors_NoRole",
                table: "Actors");

            migrationBuilder.DropColumn(
                name: "CharacterCount",
                table: "Moments");

            migrationBuilder.DropColumn(
                name: "TitleFault",
                table: "Moments");

            migrationBuilder.DropColumn(
                name: "SortName",
                table: "Characters");

            migrationBuilder.DropColumn(
                name: "NamedBySentence",
                table: "Articles");
        }
    }
}
