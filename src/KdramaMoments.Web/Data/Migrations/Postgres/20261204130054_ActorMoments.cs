using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KdramaMoments.Web.Data.Migrations.Postgres
{
    /// <summary>
    /// An actor's moments with copies of their order keys and feed times, kept at write time (Moments/ActorMoment.cs,
    /// Data/StoredCounts.cs), so an actor's feed, moment list and first moments read a slice of an index led by the actor;
    /// the actors' moment counts counted again from them (distinct moments).
    /// </summary>
    public partial class ActorMoments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ActorMoments",
                columns: table => new
                {
                    ActorId = table.Column<int>(type: "integer", nullable: false),
                    MomentId = table.Column<int>(type: "integer", nullable: false),
                    ListCount = table.Column<int>(type: "integer", nullable: false),
                    SortYear = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    Slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false, collation: "C"),
                    SortDrama = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Episode = table.Column<int>(type: "integer", nullable: true),
                    SortTitle = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    FeedUpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActorMoments", x => new { x.ActorId, x.MomentId });
                    table.ForeignKey(
                        name: "FK_ActorMoments_Actors_ActorId",
                        column: x => x.ActorId,
                        principalTable: "Actors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActorMoments_Moments_MomentId",
                        column: x => x.MomentId,
                        principalTable: "Moments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActorMoments_ActorId_FeedUpdatedAt_Slug_MomentId",
                table: "ActorMoments",
                columns: new[] { "ActorId", "FeedUpdatedAt", "Slug", "MomentId" });

            migrationBuilder.CreateIndex(
                name: "IX_ActorMoments_ActorId_ListCount_SortYear_Title_Slug_MomentId",
                table: "ActorMoments",
                columns: new[] { "ActorId", "ListCount", "SortYear", "Title", "Slug", "MomentId" },
                descending: new[] { false, true, true, false, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_ActorMoments_ActorId_SortDrama_Episode_MomentId",
                table: "ActorMoments",
                columns: new[] { "ActorId", "SortDrama", "Episode", "MomentId" });

            migrationBuilder.CreateIndex(
                name: "IX_ActorMoments_ActorId_SortTitle_Slug_MomentId",
                table: "ActorMoments",
                columns: new[] { "ActorId", "SortTitle", "Slug", "MomentId" });

            migrationBuilder.CreateIndex(
                name: "IX_ActorMoments_ActorId_SortYear_SortDrama_Episode_Slug_Moment~",
                table: "ActorMoments",
                columns: new[] { "ActorId", "SortYear", "SortDrama", "Episode", "Slug", "MomentId" },
                descending: new[] { false, true, false, false, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_ActorMoments_MomentId",
                table: "ActorMoments",
                column: "MomentId");

            // A catalogue saved before: computed once from its moments, then kept by every save.
            foreach (var sql in StoredCountsFill.ActorMomentRows)
            {
                migrationBuilder.Sql(sql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActorMoments");
        }
    }
}
