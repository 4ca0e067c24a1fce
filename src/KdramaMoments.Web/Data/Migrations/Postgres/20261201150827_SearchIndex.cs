using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KdramaMoments.Web.Data.Migrations.Postgres
{
    /// <summary>
    /// The search index on PostgreSQL (see Search/PostgresSearchStore.cs): one tsvector document per entity, keyed by
    /// kind and id, with a GIN index for the word and prefix lookups.
    /// </summary>
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE search_entries (
                    kind smallint NOT NULL,
                    entity_id integer NOT NULL,
                    document tsvector NOT NULL,
                    PRIMARY KEY (kind, entity_id));
                """);
            migrationBuilder.Sql("CREATE INDEX search_entries_document ON search_entries USING gin (document);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS search_entries;");
        }
    }
}
