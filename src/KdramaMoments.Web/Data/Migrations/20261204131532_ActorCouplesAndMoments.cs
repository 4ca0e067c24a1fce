using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KdramaMoments.Web.Data.Migrations
{
    /// <summary>
    /// An actor's moments with copies of their order keys and feed times (Moments/ActorMoment.cs), and an actor's couples
    /// with their pairings (Couples/ActorCouples.cs), kept at write time (Data/StoredCounts.cs): an actor's feed, moment list,
    /// first moments and couples read a slice of an index led by the actor.
    /// </summary>
    public partial class ActorCouplesAndMoments : Migration
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

            migrationBuilder.CreateTable(
                name: "ActorMoments",
                columns: table => new
                {
                    ActorId = table.Column<int>(type: "INTEGER", nullable: false),
                    MomentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ListCount = table.Column<int>(type: "INTEGER", nullable: false),
                    SortYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    SortDrama = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Episode = table.Column<int>(type: "INTEGER", nullable: true),
                    SortTitle = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    FeedUpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                name: "IX_ActorMoments_ActorId_SortTitle_Slug_MomentId",
                table: "ActorMoments",
                columns: new[] { "ActorId", "SortTitle", "Slug", "MomentId" });

            migrationBuilder.CreateIndex(
                name: "IX_ActorMoments_DramaOrder",
                table: "ActorMoments",
                columns: new[] { "ActorId", "SortDrama", "Episode", "MomentId" });

            migrationBuilder.CreateIndex(
                name: "IX_ActorMoments_MomentId",
                table: "ActorMoments",
                column: "MomentId");

            migrationBuilder.CreateIndex(
                name: "IX_ActorMoments_YearOrder",
                table: "ActorMoments",
                columns: new[] { "ActorId", "SortYear", "SortDrama", "Episode", "Slug", "MomentId" },
                descending: new[] { false, true, false, false, false, false });

            // A catalogue saved before: each actor's moments (with the two episode-ordered indexes rebuilt to sort unknown
            // episodes last, and the actors' moment counts counted again, distinct) and each actor's couples, computed once
            // from its rows, its pairs' evidence and the editors' corrections, then kept by every save.
            foreach (var sql in StoredCountsFill.ActorMomentRows.Concat(StoredCountsFill.ActorCoupleRows))
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

            migrationBuilder.DropTable(
                name: "ActorMoments");
        }
    }
}
