using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KdramaMoments.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Full-text search over folded text (see Search/SearchIndexer); filled at start when empty.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE search_entries USING fts5(
                    kind UNINDEXED, entity_id UNINDEXED, names, quotes, body,
                    tokenize = 'unicode61 remove_diacritics 2');
                """);
            // The indexed words of names, for "did you mean" suggestions.
            migrationBuilder.Sql("CREATE VIRTUAL TABLE search_terms USING fts5vocab(search_entries, 'col');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS search_terms;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS search_entries;");
        }
    }
}
