using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KdramaMoments.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ActorFacetCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ActorFacetCounts",
                columns: table => new
                {
                    ActorId = table.Column<int>(type: "integer", nullable: false),
                    Facet = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActorFacetCounts", x => new { x.ActorId, x.Facet, x.Key });
                    table.ForeignKey(
                        name: "FK_ActorFacetCounts_Actors_ActorId",
                        column: x => x.ActorId,
                        principalTable: "Actors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // A catalogue saved before: each actor's facet counts, counted once from their moments' rows, then kept by every save.
            foreach (var sql in StoredCountsFill.ActorFacetCountRows)
            {
                migrationBuilder.Sql(sql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActorFacetCounts");
        }
    }
}
