using KdramaMoments.Web.Search;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KdramaMoments.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchWords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The index's words with their entry counts, one row a word (SqliteSearchStore.WordsTable): a view of the
            // index, so nothing to fill.
            migrationBuilder.Sql(SqliteSearchStore.CreateWordsTable);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"DROP TABLE IF EXISTS {SqliteSearchStore.WordsTable};");
        }
    }
}
