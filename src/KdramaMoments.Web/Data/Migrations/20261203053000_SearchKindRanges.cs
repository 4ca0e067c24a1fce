using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KdramaMoments.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchKindRanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Search entries are keyed kind × 2^32 + id instead of id × 8 + kind, so each kind's entries are one range
            // and a read of one kind's newest matches never walks another kind's. Emptied here; rebuilt from the
            // catalogue at the next start with the new keys.
            Empty(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => Empty(migrationBuilder);

        private static void Empty(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("INSERT INTO search_entries (search_entries) VALUES ('delete-all');");
    }
}
