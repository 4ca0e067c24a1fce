using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KdramaMoments.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchContentless : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Contentless: the index keeps no copy of the (folded) text, which nothing reads back; the rowid
            // carries kind and id. Prefix indexes of 2 and 3 letters make typing-as-you-go prefixes cheap.
            // Rebuilt from the catalogue at the next start (the table is empty).
            migrationBuilder.Sql("DROP TABLE IF EXISTS search_terms;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS search_entries;");
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE search_entries USING fts5(
                    names, quotes, body,
                    content = '', contentless_delete = 1, prefix = '2 3',
                    tokenize = 'unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("CREATE VIRTUAL TABLE search_terms USING fts5vocab(search_entries, 'col');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS search_terms;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS search_entries;");
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE search_entries USING fts5(
                    kind UNINDEXED, entity_id UNINDEXED, names, quotes, body,
                    tokenize = 'unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("CREATE VIRTUAL TABLE search_terms USING fts5vocab(search_entries, 'col');");
        }
    }
}
