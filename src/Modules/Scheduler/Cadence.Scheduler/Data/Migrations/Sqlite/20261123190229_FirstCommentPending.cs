using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cadence.Scheduler.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class FirstCommentPending : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "FirstCommentPending",
                table: "scheduler_PublishTargets",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FirstCommentPending",
                table: "scheduler_PublishTargets");
        }
    }
}
