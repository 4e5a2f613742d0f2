using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cadence.Scheduler.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class PrePublishChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CheckProblems",
                schema: "scheduler",
                table: "PublishTargets",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<DateTime>(
                name: "CheckedAtUtc",
                schema: "scheduler",
                table: "PublishTargets",
                type: "datetime2",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CheckProblems",
                schema: "scheduler",
                table: "PublishTargets");

            migrationBuilder.DropColumn(
                name: "CheckedAtUtc",
                schema: "scheduler",
                table: "PublishTargets");
        }
    }
}
