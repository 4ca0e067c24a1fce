using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KdramaMoments.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PairingCorrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PairingCorrections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FirstCharacterId = table.Column<int>(type: "INTEGER", nullable: false),
                    SecondCharacterId = table.Column<int>(type: "INTEGER", nullable: false),
                    IsCouple = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PairingCorrections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PairingCorrections_Characters_FirstCharacterId",
                        column: x => x.FirstCharacterId,
                        principalTable: "Characters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PairingCorrections_Characters_SecondCharacterId",
                        column: x => x.SecondCharacterId,
                        principalTable: "Characters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PairingCorrections_FirstCharacterId_SecondCharacterId",
                table: "PairingCorrections",
                columns: new[] { "FirstCharacterId", "SecondCharacterId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PairingCorrections_SecondCharacterId",
                table: "PairingCorrections",
                column: "SecondCharacterId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PairingCorrections");
        }
    }
}
