using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KdramaMoments.Web.Data.Migrations.Postgres
{
    /// <summary>
    /// Trigram indexes (pg_trgm) on the moments' lower-cased titles and their dramas' titles, which the editors' moment
    /// search reads by LIKE (<see cref="Pages.Admin.Moments.MomentTitleSearch"/>).
    /// </summary>
    public partial class MomentTitleSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in Pages.Admin.Moments.MomentTitleSearch.Schema.CreatePostgres)
            {
                migrationBuilder.Sql(sql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in Pages.Admin.Moments.MomentTitleSearch.Schema.DropPostgres)
            {
                migrationBuilder.Sql(sql);
            }
        }
    }
}
