using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cadence.Scheduler.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class PrePublishChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CheckProblems",
                table: "scheduler_PublishTargets",
                type: "TEXT",
                maxLength: 4000,
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<DateTime>(
                name: "CheckedAtUtc",
                table: "scheduler_PublishTargets",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CheckProblems",
                table: "scheduler_PublishTargets");

            migrationBuilder.DropColumn(
                name: "CheckedAtUtc",
                table: "scheduler_PublishTargets");
        }
    }
}
