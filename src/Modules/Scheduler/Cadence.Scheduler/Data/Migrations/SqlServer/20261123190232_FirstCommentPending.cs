using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cadence.Scheduler.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class FirstCommentPending : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "FirstCommentPending",
                schema: "scheduler",
                table: "PublishTargets",
                type: "bit",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FirstCommentPending",
                schema: "scheduler",
                table: "PublishTargets");
        }
    }
}
