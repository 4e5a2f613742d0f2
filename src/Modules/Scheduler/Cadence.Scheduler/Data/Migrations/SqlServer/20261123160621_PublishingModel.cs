using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cadence.Scheduler.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class PublishingModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccountQueues",
                schema: "scheduler",
                columns: table => new
                {
                    InstagramAccountId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClientId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    IsPaused = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountQueues", x => x.InstagramAccountId);
                });

            migrationBuilder.CreateTable(
                name: "ClientSettings",
                schema: "scheduler",
                columns: table => new
                {
                    ClientId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MaximumLatenessMinutes = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClientSettings", x => x.ClientId);
                });

            migrationBuilder.CreateTable(
                name: "DispatcherHeartbeats",
                schema: "scheduler",
                columns: table => new
                {
                    Node = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    LastBeatAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastClaimed = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DispatcherHeartbeats", x => x.Node);
                });

            migrationBuilder.CreateTable(
                name: "QueueSlots",
                schema: "scheduler",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InstagramAccountId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Day = table.Column<int>(type: "int", nullable: false),
                    MinuteOfDay = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QueueSlots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScheduledPosts",
                schema: "scheduler",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClientId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PostId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Mode = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    DueAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ContentVersion = table.Column<int>(type: "int", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduledPosts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PublishTargets",
                schema: "scheduler",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ScheduledPostId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InstagramAccountId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DueAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    State = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    LeaseOwner = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    LeaseExpiresAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ChildContainerIds = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    ContainerId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    PreparedContentVersion = table.Column<int>(type: "int", nullable: true),
                    PreparedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    PublishAttemptedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    MediaId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Permalink = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    PublishedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Problem = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublishTargets_ScheduledPosts_ScheduledPostId",
                        column: x => x.ScheduledPostId,
                        principalSchema: "scheduler",
                        principalTable: "ScheduledPosts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PublishLog",
                schema: "scheduler",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PublishTargetId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Step = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Detail = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishLog", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublishLog_PublishTargets_PublishTargetId",
                        column: x => x.PublishTargetId,
                        principalSchema: "scheduler",
                        principalTable: "PublishTargets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PublishLog_PublishTargetId_AtUtc",
                schema: "scheduler",
                table: "PublishLog",
                columns: new[] { "PublishTargetId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PublishTargets_InstagramAccountId",
                schema: "scheduler",
                table: "PublishTargets",
                column: "InstagramAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_PublishTargets_ScheduledPostId_InstagramAccountId",
                schema: "scheduler",
                table: "PublishTargets",
                columns: new[] { "ScheduledPostId", "InstagramAccountId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublishTargets_State_NextAttemptAtUtc",
                schema: "scheduler",
                table: "PublishTargets",
                columns: new[] { "State", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_QueueSlots_InstagramAccountId_Day_MinuteOfDay",
                schema: "scheduler",
                table: "QueueSlots",
                columns: new[] { "InstagramAccountId", "Day", "MinuteOfDay" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledPosts_AgencyId_ClientId_DueAtUtc",
                schema: "scheduler",
                table: "ScheduledPosts",
                columns: new[] { "AgencyId", "ClientId", "DueAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledPosts_AgencyId_PostId",
                schema: "scheduler",
                table: "ScheduledPosts",
                columns: new[] { "AgencyId", "PostId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccountQueues",
                schema: "scheduler");

            migrationBuilder.DropTable(
                name: "ClientSettings",
                schema: "scheduler");

            migrationBuilder.DropTable(
                name: "DispatcherHeartbeats",
                schema: "scheduler");

            migrationBuilder.DropTable(
                name: "PublishLog",
                schema: "scheduler");

            migrationBuilder.DropTable(
                name: "QueueSlots",
                schema: "scheduler");

            migrationBuilder.DropTable(
                name: "PublishTargets",
                schema: "scheduler");

            migrationBuilder.DropTable(
                name: "ScheduledPosts",
                schema: "scheduler");
        }
    }
}
