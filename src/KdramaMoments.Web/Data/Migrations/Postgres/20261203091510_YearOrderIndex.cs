using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KdramaMoments.Web.Data.Migrations.Postgres
{
    /// <summary>
    /// The "newest drama" order sorts unknown episodes last (<c>Episode IS NULL, Episode</c>); an index on the plain
    /// column stops one key short of it. The index keeps its name (the model's) and gains the expression, so a page is
    /// one slice of it.
    /// </summary>
    public partial class YearOrderIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            Replace(migrationBuilder, "(\"Episode\" IS NULL), ");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => Replace(migrationBuilder, "");

        private static void Replace(MigrationBuilder migrationBuilder, string unknownEpisodeLast)
        {
            migrationBuilder.Sql("DROP INDEX \"IX_Moments_SortYear_SortDrama_Episode_Slug\";");
            migrationBuilder.Sql("CREATE INDEX \"IX_Moments_SortYear_SortDrama_Episode_Slug\" ON \"Moments\" " +
                $"(\"SortYear\" DESC, \"SortDrama\", {unknownEpisodeLast}\"Episode\", \"Slug\");");
        }
    }
}
