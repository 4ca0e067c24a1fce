using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KdramaMoments.Web.Data.Migrations
{
    /// <summary>
    /// What the pairing rule needs of each pair of characters sharing moments, kept at write time (Couples/PairEvidence.cs,
    /// Data/StoredCounts.cs), so an actor's page reads a row per pair of its roles and their partners instead of grouping
    /// every moment of the actor.
    /// </summary>
    public partial class PairEvidence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PairEvidence",
                columns: table => new
                {
                    DramaId = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstCharacterId = table.Column<int>(type: "INTEGER", nullable: false),
                    SecondCharacterId = table.Column<int>(type: "INTEGER", nullable: false),
                    MomentCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Romantic = table.Column<bool>(type: "INTEGER", nullable: false),
                    NamedAlone = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PairEvidence", x => new { x.DramaId, x.FirstCharacterId, x.SecondCharacterId });
                    table.ForeignKey(
                        name: "FK_PairEvidence_Characters_FirstCharacterId",
                        column: x => x.FirstCharacterId,
                        principalTable: "Characters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PairEvidence_Characters_SecondCharacterId",
                        column: x => x.SecondCharacterId,
                        principalTable: "Characters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PairEvidence_Dramas_DramaId",
                        column: x => x.DramaId,
                        principalTable: "Dramas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PairEvidence_FirstCharacterId",
                table: "PairEvidence",
                column: "FirstCharacterId");

            migrationBuilder.CreateIndex(
                name: "IX_PairEvidence_SecondCharacterId",
                table: "PairEvidence",
                column: "SecondCharacterId");

            // A catalogue saved before: computed once from its moments, then kept by every save.
            foreach (var sql in StoredCountsFill.PairEvidenceRows)
            {
                migrationBuilder.Sql(sql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PairEvidence");
        }
    }
}
