using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace KdramaMoments.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class KeyRingAndPairingCorrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Xml = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KeyRingAndPairingCorrections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PairingCorrections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FirstCharacterId = table.Column<int>(type: "integer", nullable: false),
                    SecondCharacterId = table.Column<int>(type: "integer", nullable: false),
                    IsCouple = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
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
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "PairingCorrections");
        }
    }
}
