using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cadence.Scheduler.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class PublishingModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "scheduler_AccountQueues",
                columns: table => new
                {
                    InstagramAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsPaused = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scheduler_AccountQueues", x => x.InstagramAccountId);
                });

            migrationBuilder.CreateTable(
                name: "scheduler_ClientSettings",
                columns: table => new
                {
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MaximumLatenessMinutes = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scheduler_ClientSettings", x => x.ClientId);
                });

            migrationBuilder.CreateTable(
                name: "scheduler_DispatcherHeartbeats",
                columns: table => new
                {
                    Node = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LastBeatAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastClaimed = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scheduler_DispatcherHeartbeats", x => x.Node);
                });

            migrationBuilder.CreateTable(
                name: "scheduler_QueueSlots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstagramAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    MinuteOfDay = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scheduler_QueueSlots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "scheduler_ScheduledPosts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DueAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ContentVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scheduler_ScheduledPosts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "scheduler_PublishTargets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScheduledPostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstagramAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LeaseExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ChildContainerIds = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ContainerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PreparedContentVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    PreparedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishAttemptedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    MediaId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Permalink = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Problem = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scheduler_PublishTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_scheduler_PublishTargets_scheduler_ScheduledPosts_ScheduledPostId",
                        column: x => x.ScheduledPostId,
                        principalTable: "scheduler_ScheduledPosts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "scheduler_PublishLog",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PublishTargetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Step = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scheduler_PublishLog", x => x.Id);
                    table.ForeignKey(
                        name: "FK_scheduler_PublishLog_scheduler_PublishTargets_PublishTargetId",
                        column: x => x.PublishTargetId,
                        principalTable: "scheduler_PublishTargets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "scheduler_IX_PublishLog_PublishTargetId_AtUtc",
                table: "scheduler_PublishLog",
                columns: new[] { "PublishTargetId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "scheduler_IX_PublishTargets_InstagramAccountId",
                table: "scheduler_PublishTargets",
                column: "InstagramAccountId");

            migrationBuilder.CreateIndex(
                name: "scheduler_IX_PublishTargets_ScheduledPostId_InstagramAccountId",
                table: "scheduler_PublishTargets",
                columns: new[] { "ScheduledPostId", "InstagramAccountId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "scheduler_IX_PublishTargets_State_NextAttemptAtUtc",
                table: "scheduler_PublishTargets",
                columns: new[] { "State", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "scheduler_IX_QueueSlots_InstagramAccountId_Day_MinuteOfDay",
                table: "scheduler_QueueSlots",
                columns: new[] { "InstagramAccountId", "Day", "MinuteOfDay" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "scheduler_IX_ScheduledPosts_AgencyId_ClientId_DueAtUtc",
                table: "scheduler_ScheduledPosts",
                columns: new[] { "AgencyId", "ClientId", "DueAtUtc" });

            migrationBuilder.CreateIndex(
                name: "scheduler_IX_ScheduledPosts_AgencyId_PostId",
                table: "scheduler_ScheduledPosts",
                columns: new[] { "AgencyId", "PostId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "scheduler_AccountQueues");

            migrationBuilder.DropTable(
                name: "scheduler_ClientSettings");

            migrationBuilder.DropTable(
                name: "scheduler_DispatcherHeartbeats");

            migrationBuilder.DropTable(
                name: "scheduler_PublishLog");

            migrationBuilder.DropTable(
                name: "scheduler_QueueSlots");

            migrationBuilder.DropTable(
                name: "scheduler_PublishTargets");

            migrationBuilder.DropTable(
                name: "scheduler_ScheduledPosts");
        }
    }
}
