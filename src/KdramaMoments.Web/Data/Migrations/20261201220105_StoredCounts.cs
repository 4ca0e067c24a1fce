using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KdramaMoments.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class StoredCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MomentCount",
                table: "Tags",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ListCount",
                table: "Moments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "SortDrama",
                table: "Moments",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SortTitle",
                table: "Moments",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "SortYear",
                table: "Moments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ListCount",
                table: "Dramas",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MomentCount",
                table: "Dramas",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "SortTitle",
                table: "Dramas",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "SortYear",
                table: "Dramas",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "DramaCount",
                table: "Actors",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MomentCount",
                table: "Actors",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "SortName",
                table: "Actors",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            // Rows written before the counts were stored get them now, before the indexes on them are built.
            migrationBuilder.Sql(StoredCountsFill.Sql);

            migrationBuilder.CreateIndex(
                name: "IX_Moments_ListCount_SortYear_Title_Slug",
                table: "Moments",
                columns: new[] { "ListCount", "SortYear", "Title", "Slug" },
                descending: new[] { true, true, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_Moments_SortTitle_Slug",
                table: "Moments",
                columns: new[] { "SortTitle", "Slug" });

            migrationBuilder.CreateIndex(
                name: "IX_Moments_SortYear_SortDrama_Episode_Slug",
                table: "Moments",
                columns: new[] { "SortYear", "SortDrama", "Episode", "Slug" },
                descending: new[] { true, false, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_Dramas_ListCount_MomentCount_Title",
                table: "Dramas",
                columns: new[] { "ListCount", "MomentCount", "Title" },
                descending: new[] { true, true, false });

            migrationBuilder.CreateIndex(
                name: "IX_Dramas_SortTitle_Id",
                table: "Dramas",
                columns: new[] { "SortTitle", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Dramas_SortYear_SortTitle_Id",
                table: "Dramas",
                columns: new[] { "SortYear", "SortTitle", "Id" },
                descending: new[] { true, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_Actors_MomentCount_DramaCount_Name_Slug",
                table: "Actors",
                columns: new[] { "MomentCount", "DramaCount", "Name", "Slug" },
                descending: new[] { true, true, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_Actors_SortName_Slug",
                table: "Actors",
                columns: new[] { "SortName", "Slug" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Moments_ListCount_SortYear_Title_Slug",
                table: "Moments");

            migrationBuilder.DropIndex(
                name: "IX_Moments_SortTitle_Slug",
                table: "Moments");

            migrationBuilder.DropIndex(
                name: "IX_Moments_SortYear_SortDrama_Episode_Slug",
                table: "Moments");

            migrationBuilder.DropIndex(
                name: "IX_Dramas_ListCount_MomentCount_Title",
                table: "Dramas");

            migrationBuilder.DropIndex(
                name: "IX_Dramas_SortTitle_Id",
                table: "Dramas");

            migrationBuilder.DropIndex(
                name: "IX_Dramas_SortYear_SortTitle_Id",
                table: "Dramas");

            migrationBuilder.DropIndex(
                name: "IX_Actors_MomentCount_DramaCount_Name_Slug",
                table: "Actors");

            migrationBuilder.DropIndex(
                name: "IX_Actors_SortName_Slug",
                table: "Actors");

            migrationBuilder.DropColumn(
                name: "MomentCount",
                table: "Tags");

            migrationBuilder.DropColumn(
                name: "ListCount",
                table: "Moments");

            migrationBuilder.DropColumn(
                name: "SortDrama",
                table: "Moments");

            migrationBuilder.DropColumn(
                name: "SortTitle",
                table: "Moments");

            migrationBuilder.DropColumn(
                name: "SortYear",
                table: "Moments");

            migrationBuilder.DropColumn(
                name: "ListCount",
                table: "Dramas");

            migrationBuilder.DropColumn(
                name: "MomentCount",
                table: "Dramas");

            migrationBuilder.DropColumn(
                name: "SortTitle",
                table: "Dramas");

            migrationBuilder.DropColumn(
                name: "SortYear",
                table: "Dramas");

            migrationBuilder.DropColumn(
                name: "DramaCount",
                table: "Actors");

            migrationBuilder.DropColumn(
                name: "MomentCount",
                table: "Actors");

            migrationBuilder.DropColumn(
                name: "SortName",
                table: "Actors");
        }
    }
}
