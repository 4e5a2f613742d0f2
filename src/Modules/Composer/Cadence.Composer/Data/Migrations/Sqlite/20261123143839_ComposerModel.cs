using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cadence.Composer.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class ComposerModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "composer_ApprovalLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecipientName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecipientEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastOpenedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_composer_ApprovalLinks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "composer_CaptionTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 2200, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_composer_CaptionTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "composer_ClientSettings",
                columns: table => new
                {
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequireTeamApproval = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequireClientApproval = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReviewerUserIds = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_composer_ClientSettings", x => x.ClientId);
                });

            migrationBuilder.CreateTable(
                name: "composer_HashtagGroups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Hashtags = table.Column<string>(type: "TEXT", maxLength: 3000, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_composer_HashtagGroups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "composer_MediaAssets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SourceFormat = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OriginalKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    OriginalSizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    PublishContentType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PublishSizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    ThumbnailKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false),
                    DurationMs = table.Column<long>(type: "INTEGER", nullable: true),
                    FrameRate = table.Column<double>(type: "REAL", nullable: true),
                    VideoCodec = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    AudioCodec = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Crop = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    FocusX = table.Column<double>(type: "REAL", nullable: false),
                    FocusY = table.Column<double>(type: "REAL", nullable: false),
                    Folder = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Tags = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_composer_MediaAssets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "composer_Posts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Caption = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    FirstComment = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    LocationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    LocationName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Collaborators = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CoverMediaAssetId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ThumbOffsetMs = table.Column<int>(type: "INTEGER", nullable: true),
                    ShareToFeed = table.Column<bool>(type: "INTEGER", nullable: false),
                    AudioName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Trial = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    ContentVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    TeamApprovedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClientApprovedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedByUserId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_composer_Posts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "composer_ApprovalLinkPosts",
                columns: table => new
                {
                    ApprovalLinkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PostId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_composer_ApprovalLinkPosts", x => new { x.ApprovalLinkId, x.PostId });
                    table.ForeignKey(
                        name: "FK_composer_ApprovalLinkPosts_composer_ApprovalLinks_ApprovalLinkId",
                        column: x => x.ApprovalLinkId,
                        principalTable: "composer_ApprovalLinks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_composer_ApprovalLinkPosts_composer_Posts_PostId",
                        column: x => x.PostId,
                        principalTable: "composer_Posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "composer_PostAccounts",
                columns: table => new
                {
                    PostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstagramAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaptionOverride = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_composer_PostAccounts", x => new { x.PostId, x.InstagramAccountId });
                    table.ForeignKey(
                        name: "FK_composer_PostAccounts_composer_Posts_PostId",
                        column: x => x.PostId,
                        principalTable: "composer_Posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "composer_PostActivity",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Details = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ContentVersion = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_composer_PostActivity", x => x.Id);
                    table.ForeignKey(
                        name: "FK_composer_PostActivity_composer_Posts_PostId",
                        column: x => x.PostId,
                        principalTable: "composer_Posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "composer_PostItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    MediaAssetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AltText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    UserTags = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_composer_PostItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_composer_PostItems_composer_MediaAssets_MediaAssetId",
                        column: x => x.MediaAssetId,
                        principalTable: "composer_MediaAssets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_composer_PostItems_composer_Posts_PostId",
                        column: x => x.PostId,
                        principalTable: "composer_Posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "composer_IX_ApprovalLinkPosts_PostId",
                table: "composer_ApprovalLinkPosts",
                column: "PostId");

            migrationBuilder.CreateIndex(
                name: "composer_IX_ApprovalLinks_AgencyId_ClientId",
                table: "composer_ApprovalLinks",
                columns: new[] { "AgencyId", "ClientId" });

            migrationBuilder.CreateIndex(
                name: "composer_IX_ApprovalLinks_TokenHash",
                table: "composer_ApprovalLinks",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "composer_IX_CaptionTemplates_AgencyId_ClientId_Name",
                table: "composer_CaptionTemplates",
                columns: new[] { "AgencyId", "ClientId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "composer_IX_HashtagGroups_AgencyId_ClientId_Name",
                table: "composer_HashtagGroups",
                columns: new[] { "AgencyId", "ClientId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "composer_IX_MediaAssets_AgencyId_ClientId_CreatedAtUtc",
                table: "composer_MediaAssets",
                columns: new[] { "AgencyId", "ClientId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "composer_IX_PostAccounts_InstagramAccountId",
                table: "composer_PostAccounts",
                column: "InstagramAccountId");

            migrationBuilder.CreateIndex(
                name: "composer_IX_PostActivity_PostId_AtUtc",
                table: "composer_PostActivity",
                columns: new[] { "PostId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "composer_IX_PostItems_MediaAssetId",
                table: "composer_PostItems",
                column: "MediaAssetId");

            migrationBuilder.CreateIndex(
                name: "composer_IX_PostItems_PostId",
                table: "composer_PostItems",
                column: "PostId");

            migrationBuilder.CreateIndex(
                name: "composer_IX_Posts_AgencyId_ClientId_UpdatedAtUtc",
                table: "composer_Posts",
                columns: new[] { "AgencyId", "ClientId", "UpdatedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "composer_ApprovalLinkPosts");

            migrationBuilder.DropTable(
                name: "composer_CaptionTemplates");

            migrationBuilder.DropTable(
                name: "composer_ClientSettings");

            migrationBuilder.DropTable(
                name: "composer_HashtagGroups");

            migrationBuilder.DropTable(
                name: "composer_PostAccounts");

            migrationBuilder.DropTable(
                name: "composer_PostActivity");

            migrationBuilder.DropTable(
                name: "composer_PostItems");

            migrationBuilder.DropTable(
                name: "composer_ApprovalLinks");

            migrationBuilder.DropTable(
                name: "composer_MediaAssets");

            migrationBuilder.DropTable(
                name: "composer_Posts");
        }
    }
}
