using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KdramaMoments.Web.Data.Migrations
{
    /// <summary>
    /// Changes no table: applying it asks the start-up to give existing dramas their initials as aliases once
    /// (DatabaseStartup), by the same C# rule new dramas follow.
    /// </summary>
    [RunsDataStep(DataStep.DramaInitials)]
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
