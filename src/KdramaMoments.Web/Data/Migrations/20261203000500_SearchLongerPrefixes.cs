using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KdramaMoments.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchLongerPrefixes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Prefix indexes of 4 and 5 letters as well: a last word of that length that begins thousands of indexed
            // words ("young", "hwang": joined names) was a merge of all their posting lists in every read of it, and in
            // bm25's pass. Rebuilt from the catalogue at the next start (the table is empty).
            Create(migrationBuilder, "2 3 4 5");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => Create(migrationBuilder, "2 3");

        private static void Create(MigrationBuilder migrationBuilder, string prefixes)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS search_terms;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS search_entries;");
            migrationBuilder.Sql($"""
                CREATE VIRTUAL TABLE search_entries USING fts5(
                    names, quotes, body,
                    content = '', contentless_delete = 1, prefix = '{prefixes}',
                    tokenize = 'unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("CREATE VIRTUAL TABLE search_terms USING fts5vocab(search_entries, 'col');");
        }
    }
}
