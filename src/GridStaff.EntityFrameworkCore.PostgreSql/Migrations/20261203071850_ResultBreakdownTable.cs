using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GridStaff.Migrations
{
    /// <inheritdoc />
    public partial class ResultBreakdownTable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AssessmentResultBreakdowns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Breakdown = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentResultBreakdowns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentResultBreakdowns_AssessmentResults_Id",
                        column: x => x.Id,
                        principalTable: "AssessmentResults",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Each result keeps its breakdown: copied into the new table before the column goes.
            migrationBuilder.Sql("INSERT INTO \"AssessmentResultBreakdowns\" (\"Id\", \"Breakdown\") SELECT \"Id\", \"Breakdown\" FROM \"AssessmentResults\";");

            migrationBuilder.DropColumn(
                name: "Breakdown",
                table: "AssessmentResults");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Breakdown",
                table: "AssessmentResults",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql("UPDATE \"AssessmentResults\" SET \"Breakdown\" = COALESCE((SELECT b.\"Breakdown\" FROM \"AssessmentResultBreakdowns\" b WHERE b.\"Id\" = \"AssessmentResults\".\"Id\"), '{}');");

            migrationBuilder.DropTable(
                name: "AssessmentResultBreakdowns");
        }
    }
}
