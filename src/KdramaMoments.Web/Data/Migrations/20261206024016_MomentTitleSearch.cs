using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KdramaMoments.Web.Data.Migrations
{
    /// <summary>
    /// The moments' titles and their dramas' titles indexed by runs of three characters, for the editors' moment search
    /// (<see cref="Pages.Admin.Moments.MomentTitleSearch"/>): an FTS5 table over the moments' own columns, kept by triggers, filled here.
    /// </summary>
    public partial class MomentTitleSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in Pages.Admin.Moments.MomentTitleSearch.Schema.Create)
            {
                migrationBuilder.Sql(sql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in Pages.Admin.Moments.MomentTitleSearch.Schema.Drop)
            {
                migrationBuilder.Sql(sql);
            }
        }
    }
}
