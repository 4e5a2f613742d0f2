using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cadence.Composer.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class ComposerModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ApprovalLinks",
                schema: "composer",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClientId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TokenHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    RecipientName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RecipientEmail = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RevokedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastOpenedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApprovalLinks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaptionTemplates",
                schema: "composer",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClientId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Body = table.Column<string>(type: "nvarchar(2200)", maxLength: 2200, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaptionTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ClientSettings",
                schema: "composer",
                columns: table => new
                {
                    ClientId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequireTeamApproval = table.Column<bool>(type: "bit", nullable: false),
                    RequireClientApproval = table.Column<bool>(type: "bit", nullable: false),
                    ReviewerUserIds = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClientSettings", x => x.ClientId);
                });

            migrationBuilder.CreateTable(
                name: "HashtagGroups",
                schema: "composer",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClientId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Hashtags = table.Column<string>(type: "nvarchar(3000)", maxLength: 3000, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HashtagGroups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MediaAssets",
                schema: "composer",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClientId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    SourceFormat = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    OriginalKey = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    OriginalSizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    PublishKey = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    PublishContentType = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    PublishSizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    ThumbnailKey = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Width = table.Column<int>(type: "int", nullable: false),
                    Height = table.Column<int>(type: "int", nullable: false),
                    DurationMs = table.Column<long>(type: "bigint", nullable: true),
                    FrameRate = table.Column<double>(type: "float", nullable: true),
                    VideoCodec = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    AudioCodec = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Crop = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    FocusX = table.Column<double>(type: "float", nullable: false),
                    FocusY = table.Column<double>(type: "float", nullable: false),
                    Folder = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Tags = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediaAssets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Posts",
                schema: "composer",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClientId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Format = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Caption = table.Column<string>(type: "nvarchar(max)", maxLength: 10000, nullable: false),
                    FirstComment = table.Column<string>(type: "nvarchar(max)", maxLength: 10000, nullable: true),
                    LocationId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    LocationName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Collaborators = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    CoverMediaAssetId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ThumbOffsetMs = table.Column<int>(type: "int", nullable: true),
                    ShareToFeed = table.Column<bool>(type: "bit", nullable: false),
                    AudioName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Trial = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    ContentVersion = table.Column<int>(type: "int", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    TeamApprovedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ClientApprovedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Posts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ApprovalLinkPosts",
                schema: "composer",
                columns: table => new
                {
                    ApprovalLinkId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PostId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApprovalLinkPosts", x => new { x.ApprovalLinkId, x.PostId });
                    table.ForeignKey(
                        name: "FK_ApprovalLinkPosts_ApprovalLinks_ApprovalLinkId",
                        column: x => x.ApprovalLinkId,
                        principalSchema: "composer",
                        principalTable: "ApprovalLinks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ApprovalLinkPosts_Posts_PostId",
                        column: x => x.PostId,
                        principalSchema: "composer",
                        principalTable: "Posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PostAccounts",
                schema: "composer",
                columns: table => new
                {
                    PostId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InstagramAccountId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaptionOverride = table.Column<string>(type: "nvarchar(max)", maxLength: 10000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostAccounts", x => new { x.PostId, x.InstagramAccountId });
                    table.ForeignKey(
                        name: "FK_PostAccounts_Posts_PostId",
                        column: x => x.PostId,
                        principalSchema: "composer",
                        principalTable: "Posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PostActivity",
                schema: "composer",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PostId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ActorUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ActorName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Comment = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Details = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ContentVersion = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostActivity", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PostActivity_Posts_PostId",
                        column: x => x.PostId,
                        principalSchema: "composer",
                        principalTable: "Posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PostItems",
                schema: "composer",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PostId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    MediaAssetId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AltText = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    UserTags = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PostItems_MediaAssets_MediaAssetId",
                        column: x => x.MediaAssetId,
                        principalSchema: "composer",
                        principalTable: "MediaAssets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PostItems_Posts_PostId",
                        column: x => x.PostId,
                        principalSchema: "composer",
                        principalTable: "Posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApprovalLinkPosts_PostId",
                schema: "composer",
                table: "ApprovalLinkPosts",
                column: "PostId");

            migrationBuilder.CreateIndex(
                name: "IX_ApprovalLinks_AgencyId_ClientId",
                schema: "composer",
                table: "ApprovalLinks",
                columns: new[] { "AgencyId", "ClientId" });

            migrationBuilder.CreateIndex(
                name: "IX_ApprovalLinks_TokenHash",
                schema: "composer",
                table: "ApprovalLinks",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaptionTemplates_AgencyId_ClientId_Name",
                schema: "composer",
                table: "CaptionTemplates",
                columns: new[] { "AgencyId", "ClientId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HashtagGroups_AgencyId_ClientId_Name",
                schema: "composer",
                table: "HashtagGroups",
                columns: new[] { "AgencyId", "ClientId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MediaAssets_AgencyId_ClientId_CreatedAtUtc",
                schema: "composer",
                table: "MediaAssets",
                columns: new[] { "AgencyId", "ClientId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PostAccounts_InstagramAccountId",
                schema: "composer",
                table: "PostAccounts",
                column: "InstagramAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_PostActivity_PostId_AtUtc",
                schema: "composer",
                table: "PostActivity",
                columns: new[] { "PostId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PostItems_MediaAssetId",
                schema: "composer",
                table: "PostItems",
                column: "MediaAssetId");

            migrationBuilder.CreateIndex(
                name: "IX_PostItems_PostId",
                schema: "composer",
                table: "PostItems",
                column: "PostId");

            migrationBuilder.CreateIndex(
                name: "IX_Posts_AgencyId_ClientId_UpdatedAtUtc",
                schema: "composer",
                table: "Posts",
                columns: new[] { "AgencyId", "ClientId", "UpdatedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApprovalLinkPosts",
                schema: "composer");

            migrationBuilder.DropTable(
                name: "CaptionTemplates",
                schema: "composer");

            migrationBuilder.DropTable(
                name: "ClientSettings",
                schema: "composer");

            migrationBuilder.DropTable(
                name: "HashtagGroups",
                schema: "composer");

            migrationBuilder.DropTable(
                name: "PostAccounts",
                schema: "composer");

            migrationBuilder.DropTable(
                name: "PostActivity",
                schema: "composer");

            migrationBuilder.DropTable(
                name: "PostItems",
                schema: "composer");

            migrationBuilder.DropTable(
                name: "ApprovalLinks",
                schema: "composer");

            migrationBuilder.DropTable(
                name: "MediaAssets",
                schema: "composer");

            migrationBuilder.DropTable(
                name: "Posts",
                schema: "composer");
        }
    }
}
