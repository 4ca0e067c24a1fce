using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KdramaMoments.Web.Data.Migrations
{
    /// <summary>
    /// A moment's feed time kept at write time (Domain/Entities.cs, Data/StoredCounts.cs), with the feeds' order indexed for
    /// the site and per drama, so a feed reads its newest entries instead of ordering a whole scope's moments per request.
    /// </summary>
    public partial class FeedTimes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "FeedUpdatedAt",
                table: "Moments",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc));

            // A catalogue saved before: computed once from its rows (before the indexes are built), then kept by every save.
            foreach (var sql in StoredCountsFill.FeedTimes)
            {
                migrationBuilder.Sql(sql);
            }

            migrationBuilder.CreateIndex(
                name: "IX_Moments_DramaId_FeedUpdatedAt_Slug",
                table: "Moments",
                columns: new[] { "DramaId", "FeedUpdatedAt", "Slug" });

            migrationBuilder.CreateIndex(
                name: "IX_Moments_FeedUpdatedAt_Slug",
                table: "Moments",
                columns: new[] { "FeedUpdatedAt", "Slug" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Moments_DramaId_FeedUpdatedAt_Slug",
                table: "Moments");

            migrationBuilder.DropIndex(
                name: "IX_Moments_FeedUpdatedAt_Slug",
                table: "Moments");

            migrationBuilder.DropColumn(
                name: "FeedUpdatedAt",
                table: "Moments");
        }
    }
}
