using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cadence.Scheduler.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class PublishAlerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "scheduler_DispatcherIncidents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OpenedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ResolvedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scheduler_DispatcherIncidents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "scheduler_PublishAlerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PostId = table.Column<Guid>(type: "TEXT", nullable: true),
                    InstagramAccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReadAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReadByUserId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scheduler_PublishAlerts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "scheduler_IX_DispatcherIncidents_AgencyId_Kind_ResolvedAtUtc",
                table: "scheduler_DispatcherIncidents",
                columns: new[] { "AgencyId", "Kind", "ResolvedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "scheduler_IX_PublishAlerts_AgencyId_CreatedAtUtc",
                table: "scheduler_PublishAlerts",
                columns: new[] { "AgencyId", "CreatedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "scheduler_DispatcherIncidents");

            migrationBuilder.DropTable(
                name: "scheduler_PublishAlerts");
        }
    }
}
