using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KdramaMoments.Web.Data.Migrations
{
    /// <summary>
    /// The catalogue totals gain the actor and character counts and the moments per drama year (Data/CatalogueTotals.cs):
    /// rows only, no schema change, so the model is the one of <c>CatalogueTotals</c>.
    /// </summary>
    [DbContext(typeof(KdramaDbContext))]
    [Migration("20261203114116_SizeAndYearTotals")]
    public partial class SizeAndYearTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A catalogue saved before: every total counted once from its rows, then kept by every save.
            foreach (var sql in KdramaMoments.Web.Data.CatalogueTotals.FillSql)
            {
                migrationBuilder.Sql(sql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The rows the older code reads are still there; the new ones are ignored by it.
        }
    }
}
