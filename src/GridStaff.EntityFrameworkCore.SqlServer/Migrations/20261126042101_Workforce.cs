using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GridStaff.Migrations
{
    /// <inheritdoc />
    public partial class Workforce : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PartTimeForces",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StreetId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CommunityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    GridId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MicroGridId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Name = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Role = table.Column<int>(type: "int", nullable: false),
                    PhoneCipher = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    PhoneHash = table.Column<string>(type: "nvarchar(44)", maxLength: 44, nullable: true),
                    PhoneMasked = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: true),
                    ActiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ActiveTo = table.Column<DateOnly>(type: "date", nullable: true),
                    IsDeleted = table.Column<bool>(type: "bit", nullable: false),
                    DeletionTime = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DeleterId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CreationTime = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatorId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartTimeForces", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartTimeForces_Grids_GridId",
                        column: x => x.GridId,
                        principalTable: "Grids",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PartTimeForces_MicroGrids_MicroGridId",
                        column: x => x.MicroGridId,
                        principalTable: "MicroGrids",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Posts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StreetId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Code = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    MinGrade = table.Column<int>(type: "int", nullable: false),
                    MaxGrade = table.Column<int>(type: "int", nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatorId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Posts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Posts_Streets_StreetId",
                        column: x => x.StreetId,
                        principalTable: "Streets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Workers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StreetId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CommunityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Gender = table.Column<int>(type: "int", nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    IdNumberCipher = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    IdNumberHash = table.Column<string>(type: "nvarchar(44)", maxLength: 44, nullable: false),
                    IdNumberMasked = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    PhoneCipher = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    PhoneHash = table.Column<string>(type: "nvarchar(44)", maxLength: 44, nullable: true),
                    PhoneMasked = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: true),
                    Education = table.Column<int>(type: "int", nullable: false),
                    PoliticalStatus = table.Column<int>(type: "int", nullable: false),
                    Certificate = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    PostId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Grade = table.Column<int>(type: "int", nullable: false),
                    HireDate = table.Column<DateOnly>(type: "date", nullable: false),
                    PriorYears = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    ProbationEndOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExitReason = table.Column<int>(type: "int", nullable: true),
                    ExitDate = table.Column<DateOnly>(type: "date", nullable: true),
                    IsDeleted = table.Column<bool>(type: "bit", nullable: false),
                    DeletionTime = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DeleterId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CreationTime = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatorId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Workers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Workers_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Workers_Posts_PostId",
                        column: x => x.PostId,
                        principalTable: "Posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Workers_Streets_StreetId",
                        column: x => x.StreetId,
                        principalTable: "Streets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WorkerContracts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    WorkerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    StartOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ProbationEndOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkerContracts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkerContracts_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkerEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    WorkerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CommunityId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Probation = table.Column<bool>(type: "bit", nullable: true),
                    PostId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PostMinGrade = table.Column<int>(type: "int", nullable: true),
                    PostMaxGrade = table.Column<int>(type: "int", nullable: true),
                    Grade = table.Column<int>(type: "int", nullable: true),
                    ContractId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ExitReason = table.Column<int>(type: "int", nullable: true),
                    Note = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    GridIds = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkerEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkerEvents_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkerGrids",
                columns: table => new
                {
                    WorkerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    GridId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkerGrids", x => new { x.WorkerId, x.GridId });
                    table.ForeignKey(
                        name: "FK_WorkerGrids_Grids_GridId",
                        column: x => x.GridId,
                        principalTable: "Grids",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WorkerGrids_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PartTimeForces_GridId",
                table: "PartTimeForces",
                column: "GridId");

            migrationBuilder.CreateIndex(
                name: "IX_PartTimeForces_MicroGridId",
                table: "PartTimeForces",
                column: "MicroGridId");

            migrationBuilder.CreateIndex(
                name: "IX_PartTimeForces_StreetId_CommunityId_GridId",
                table: "PartTimeForces",
                columns: new[] { "StreetId", "CommunityId", "GridId" });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_StreetId_Code",
                table: "Posts",
                columns: new[] { "StreetId", "Code" },
                unique: true,
                filter: "[StreetId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_WorkerContracts_WorkerId_Sequence",
                table: "WorkerContracts",
                columns: new[] { "WorkerId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkerEvents_WorkerId_Sequence",
                table: "WorkerEvents",
                columns: new[] { "WorkerId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkerGrids_GridId",
                table: "WorkerGrids",
                column: "GridId");

            migrationBuilder.CreateIndex(
                name: "IX_Workers_CommunityId",
                table: "Workers",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_Workers_IdNumberHash",
                table: "Workers",
                column: "IdNumberHash");

            migrationBuilder.CreateIndex(
                name: "IX_Workers_PhoneHash",
                table: "Workers",
                column: "PhoneHash");

            migrationBuilder.CreateIndex(
                name: "IX_Workers_PostId",
                table: "Workers",
                column: "PostId");

            migrationBuilder.CreateIndex(
                name: "IX_Workers_StreetId_CommunityId_Name",
                table: "Workers",
                columns: new[] { "StreetId", "CommunityId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_Workers_StreetId_IdNumberHash",
                table: "Workers",
                columns: new[] { "StreetId", "IdNumberHash" },
                unique: true,
                filter: "[IsDeleted] = 0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PartTimeForces");

            migrationBuilder.DropTable(
                name: "WorkerContracts");

            migrationBuilder.DropTable(
                name: "WorkerEvents");

            migrationBuilder.DropTable(
                name: "WorkerGrids");

            migrationBuilder.DropTable(
                name: "Workers");

            migrationBuilder.DropTable(
                name: "Posts");
        }
    }
}
