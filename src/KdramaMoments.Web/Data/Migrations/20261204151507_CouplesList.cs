using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KdramaMoments.Web.Data.Migrations
{
    /// <summary>
    /// The couples list (/couples) a page at a time from the couples kept at write time (Couples/ActorCouples.cs): each
    /// couple once, on an index in the list's order, and their number with the catalogue's totals (Data/CatalogueTotals.cs).
    /// </summary>
    public partial class CouplesList : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ActorCouples_List",
                table: "ActorCouples",
                columns: new[] { "DramaCount", "MomentCount", "Slug", "ActorId", "PartnerActorId" },
                descending: new[] { true, true, false, false, false },
                filter: "\"ActorId\" < \"PartnerActorId\"");

            migrationBuilder.Sql(StoredCountsFill.CouplesTotal);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ActorCouples_List",
                table: "ActorCouples");
        }
    }
}
