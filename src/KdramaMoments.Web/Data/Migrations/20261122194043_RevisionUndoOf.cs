using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KdramaMoments.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class RevisionUndoOf : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "UndoOf",
                table: "Revisions",
                type: "INTEGER",
                nullable: true);

            // Undos recorded before the column named what they undid only in their action, "undo #N".
            migrationBuilder.Sql("UPDATE Revisions SET UndoOf = CAST(substr(Action, 7) AS INTEGER) WHERE Action LIKE 'undo #%';");

            migrationBuilder.CreateIndex(
                name: "IX_Revisions_UndoOf",
                table: "Revisions",
                column: "UndoOf");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Revisions_UndoOf",
                table: "Revisions");

            migrationBuilder.DropColumn(
                name: "UndoOf",
                table: "Revisions");
        }
    }
}
