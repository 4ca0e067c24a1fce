using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KdramaMoments.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ActorCouples : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ActorCouplePairings",
                columns: table => new
                {
                    ActorId = table.Column<int>(type: "INTEGER", nullable: false),
                    PartnerActorId = table.Column<int>(type: "INTEGER", nullable: false),
                    CharacterId = table.Column<int>(type: "INTEGER", nullable: false),
                    PartnerCharacterId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActorCouplePairings", x => new { x.ActorId, x.PartnerActorId, x.CharacterId, x.PartnerCharacterId });
                    table.ForeignKey(
                        name: "FK_ActorCouplePairings_Actors_ActorId",
                        column: x => x.ActorId,
                        principalTable: "Actors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActorCouplePairings_Actors_PartnerActorId",
                        column: x => x.PartnerActorId,
                        principalTable: "Actors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActorCouplePairings_Characters_CharacterId",
                        column: x => x.CharacterId,
                        principalTable: "Characters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActorCouplePairings_Characters_PartnerCharacterId",
                        column: x => x.PartnerCharacterId,
                        principalTable: "Characters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActorCouples",
                columns: table => new
                {
                    ActorId = table.Column<int>(type: "INTEGER", nullable: false),
                    PartnerActorId = table.Column<int>(type: "INTEGER", nullable: false),
                    DramaCount = table.Column<int>(type: "INTEGER", nullable: false),
                    MomentCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 201, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActorCouples", x => new { x.ActorId, x.PartnerActorId });
                    table.ForeignKey(
                        name: "FK_ActorCouples_Actors_ActorId",
                        column: x => x.ActorId,
                        principalTable: "Actors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActorCouples_Actors_PartnerActorId",
                        column: x => x.PartnerActorId,
                        principalTable: "Actors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActorCouplePairings_CharacterId",
                table: "ActorCouplePairings",
                column: "CharacterId");

            migrationBuilder.CreateIndex(
                name: "IX_ActorCouplePairings_PartnerActorId",
                table: "ActorCouplePairings",
                column: "PartnerActorId");

            migrationBuilder.CreateIndex(
                name: "IX_ActorCouplePairings_PartnerCharacterId",
                table: "ActorCouplePairings",
                column: "PartnerCharacterId");

            migrationBuilder.CreateIndex(
                name: "IX_ActorCouples_ActorId_DramaCount_MomentCount_Slug",
                table: "ActorCouples",
                columns: new[] { "ActorId", "DramaCount", "MomentCount", "Slug" },
                descending: new[] { false, true, true, false });

            migrationBuilder.CreateIndex(
                name: "IX_ActorCouples_PartnerActorId",
                table: "ActorCouples",
                column: "PartnerActorId");

            // A catalogue saved before: computed once from its pairs' evidence and corrections, then kept by every save.
            foreach (var sql in StoredCountsFill.ActorCoupleRows)
            {
                migrationBuilder.Sql(sql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActorCouplePairings");

            migrationBuilder.DropTable(
                name: "ActorCouples");
        }
    }
}
