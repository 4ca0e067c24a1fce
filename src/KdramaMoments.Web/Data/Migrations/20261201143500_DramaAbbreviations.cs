using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KdramaMoments.Web.Data.Migrations
{
    /// <summary>
    /// Changes no table: applying it is the signal for the start-up to give existing dramas their initials as
    /// aliases once (DatabaseStartup), by the same C# rule new dramas follow.
    /// </summary>
    public partial class DramaAbbreviations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
