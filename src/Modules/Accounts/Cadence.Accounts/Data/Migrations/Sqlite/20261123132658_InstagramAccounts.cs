using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cadence.Accounts.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class InstagramAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "accounts_InstagramAccounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstagramUserId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Username = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AccountType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ProfilePictureUrl = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    FollowersCount = table.Column<long>(type: "INTEGER", nullable: true),
                    FollowsCount = table.Column<long>(type: "INTEGER", nullable: true),
                    MediaCount = table.Column<long>(type: "INTEGER", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    ProtectedToken = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    TokenIssuedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    TokenExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Permissions = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    ConnectedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConnectedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastSyncedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastRefreshFailedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Problem = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    NeedsReconnectionSinceUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DisconnectedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts_InstagramAccounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_accounts_InstagramAccounts_accounts_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "accounts_Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_accounts_InstagramAccounts_accounts_Clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "accounts_Clients",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "accounts_OAuthAttempts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StateHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ExpectedAccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReconnectLinkId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BrowserBindingHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UsedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts_OAuthAttempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_accounts_OAuthAttempts_accounts_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "accounts_Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "accounts_ReconnectLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UsedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts_ReconnectLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_accounts_ReconnectLinks_accounts_InstagramAccounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "accounts_InstagramAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "accounts_IX_InstagramAccounts_AgencyId_ClientId",
                table: "accounts_InstagramAccounts",
                columns: new[] { "AgencyId", "ClientId" });

            migrationBuilder.CreateIndex(
                name: "accounts_IX_InstagramAccounts_AgencyId_InstagramUserId",
                table: "accounts_InstagramAccounts",
                columns: new[] { "AgencyId", "InstagramUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "accounts_IX_InstagramAccounts_ClientId",
                table: "accounts_InstagramAccounts",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "accounts_IX_InstagramAccounts_State_TokenExpiresAtUtc",
                table: "accounts_InstagramAccounts",
                columns: new[] { "State", "TokenExpiresAtUtc" });

            migrationBuilder.CreateIndex(
                name: "accounts_IX_OAuthAttempts_AgencyId",
                table: "accounts_OAuthAttempts",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "accounts_IX_OAuthAttempts_ExpiresAtUtc",
                table: "accounts_OAuthAttempts",
                column: "ExpiresAtUtc");

            migrationBuilder.CreateIndex(
                name: "accounts_IX_OAuthAttempts_StateHash",
                table: "accounts_OAuthAttempts",
                column: "StateHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "accounts_IX_ReconnectLinks_AccountId",
                table: "accounts_ReconnectLinks",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "accounts_IX_ReconnectLinks_TokenHash",
                table: "accounts_ReconnectLinks",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "accounts_OAuthAttempts");

            migrationBuilder.DropTable(
                name: "accounts_ReconnectLinks");

            migrationBuilder.DropTable(
                name: "accounts_InstagramAccounts");
        }
    }
}
