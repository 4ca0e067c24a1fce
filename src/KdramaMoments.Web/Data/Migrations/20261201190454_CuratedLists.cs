using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KdramaMoments.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CuratedLists : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CuratedLists",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Intro = table.Column<string>(type: "TEXT", nullable: true),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EditedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CuratedLists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CuratedListItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ListId = table.Column<int>(type: "INTEGER", nullable: false),
                    MomentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CuratedListItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CuratedListItems_CuratedLists_ListId",
                        column: x => x.ListId,
                        principalTable: "CuratedLists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CuratedListItems_Moments_MomentId",
                        column: x => x.MomentId,
                        principalTable: "Moments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CuratedListItems_ListId_MomentId",
                table: "CuratedListItems",
                columns: new[] { "ListId", "MomentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CuratedListItems_MomentId",
                table: "CuratedListItems",
                column: "MomentId");

            migrationBuilder.CreateIndex(
                name: "IX_CuratedLists_Slug",
                table: "CuratedLists",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CuratedListItems");

            migrationBuilder.DropTable(
                name: "CuratedLists");
        }
    }
}
