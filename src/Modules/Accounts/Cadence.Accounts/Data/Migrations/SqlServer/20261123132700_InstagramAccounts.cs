using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cadence.Accounts.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class InstagramAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InstagramAccounts",
                schema: "accounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClientId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InstagramUserId = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Username = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    AccountType = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    ProfilePictureUrl = table.Column<string>(type: "nvarchar(2048)", maxLength: 2048, nullable: true),
                    FollowersCount = table.Column<long>(type: "bigint", nullable: true),
                    FollowsCount = table.Column<long>(type: "bigint", nullable: true),
                    MediaCount = table.Column<long>(type: "bigint", nullable: true),
                    State = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    ProtectedToken = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    TokenIssuedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    TokenExpiresAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Permissions = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: false),
                    ConnectedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ConnectedByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LastSyncedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastRefreshFailedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Problem = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    NeedsReconnectionSinceUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DisconnectedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstagramAccounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InstagramAccounts_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalSchema: "accounts",
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InstagramAccounts_Clients_ClientId",
                        column: x => x.ClientId,
                        principalSchema: "accounts",
                        principalTable: "Clients",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "OAuthAttempts",
                schema: "accounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StateHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    AgencyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClientId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ExpectedAccountId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ReconnectLinkId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    BrowserBindingHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UsedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OAuthAttempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OAuthAttempts_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalSchema: "accounts",
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReconnectLinks",
                schema: "accounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TokenHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    AgencyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AccountId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UsedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RevokedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReconnectLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReconnectLinks_InstagramAccounts_AccountId",
                        column: x => x.AccountId,
                        principalSchema: "accounts",
                        principalTable: "InstagramAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InstagramAccounts_AgencyId_ClientId",
                schema: "accounts",
                table: "InstagramAccounts",
                columns: new[] { "AgencyId", "ClientId" });

            migrationBuilder.CreateIndex(
                name: "IX_InstagramAccounts_AgencyId_InstagramUserId",
                schema: "accounts",
                table: "InstagramAccounts",
                columns: new[] { "AgencyId", "InstagramUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InstagramAccounts_ClientId",
                schema: "accounts",
                table: "InstagramAccounts",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_InstagramAccounts_State_TokenExpiresAtUtc",
                schema: "accounts",
                table: "InstagramAccounts",
                columns: new[] { "State", "TokenExpiresAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_OAuthAttempts_AgencyId",
                schema: "accounts",
                table: "OAuthAttempts",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_OAuthAttempts_ExpiresAtUtc",
                schema: "accounts",
                table: "OAuthAttempts",
                column: "ExpiresAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_OAuthAttempts_StateHash",
                schema: "accounts",
                table: "OAuthAttempts",
                column: "StateHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReconnectLinks_AccountId",
                schema: "accounts",
                table: "ReconnectLinks",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_ReconnectLinks_TokenHash",
                schema: "accounts",
                table: "ReconnectLinks",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OAuthAttempts",
                schema: "accounts");

            migrationBuilder.DropTable(
                name: "ReconnectLinks",
                schema: "accounts");

            migrationBuilder.DropTable(
                name: "InstagramAccounts",
                schema: "accounts");
        }
    }
}
