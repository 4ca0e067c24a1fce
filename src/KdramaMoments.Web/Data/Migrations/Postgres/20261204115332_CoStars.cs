using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KdramaMoments.Web.Data.Migrations.Postgres
{
    /// <summary>
    /// The pairs of actors sharing a drama (CoStarDramas) and how many dramas each pair shares (CoStarPairs), kept at write
    /// time (CoStars/StoredCoStars.cs), so an actor's page reads its co-stars from an index instead of joining every cast.
    /// </summary>
    public partial class CoStars : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CoStarDramas",
                columns: table => new
                {
                    DramaId = table.Column<int>(type: "integer", nullable: false),
                    FirstActorId = table.Column<int>(type: "integer", nullable: false),
                    SecondActorId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoStarDramas", x => new { x.DramaId, x.FirstActorId, x.SecondActorId });
                    table.ForeignKey(
                        name: "FK_CoStarDramas_Actors_FirstActorId",
                        column: x => x.FirstActorId,
                        principalTable: "Actors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CoStarDramas_Actors_SecondActorId",
                        column: x => x.SecondActorId,
                        principalTable: "Actors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CoStarDramas_Dramas_DramaId",
                        column: x => x.DramaId,
                        principalTable: "Dramas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CoStarPairs",
                columns: table => new
                {
                    ActorId = table.Column<int>(type: "integer", nullable: false),
                    CoStarId = table.Column<int>(type: "integer", nullable: false),
                    DramaCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoStarPairs", x => new { x.ActorId, x.CoStarId });
                    table.ForeignKey(
                        name: "FK_CoStarPairs_Actors_ActorId",
                        column: x => x.ActorId,
                        principalTable: "Actors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CoStarPairs_Actors_CoStarId",
                        column: x => x.CoStarId,
                        principalTable: "Actors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CoStarDramas_FirstActorId_SecondActorId",
                table: "CoStarDramas",
                columns: new[] { "FirstActorId", "SecondActorId" });

            migrationBuilder.CreateIndex(
                name: "IX_CoStarDramas_SecondActorId",
                table: "CoStarDramas",
                column: "SecondActorId");

            migrationBuilder.CreateIndex(
                name: "IX_CoStarPairs_ActorId_DramaCount_CoStarId",
                table: "CoStarPairs",
                columns: new[] { "ActorId", "DramaCount", "CoStarId" },
                descending: new[] { false, true, false });

            migrationBuilder.CreateIndex(
                name: "IX_CoStarPairs_CoStarId",
                table: "CoStarPairs",
                column: "CoStarId");

            // A catalogue saved before: computed once from its roles, then kept by every save.
            foreach (var sql in StoredCountsFill.CoStarRows)
            {
                migrationBuilder.Sql(sql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CoStarDramas");

            migrationBuilder.DropTable(
                name: "CoStarPairs");
        }
    }
}
