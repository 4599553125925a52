namespace GridStaff.Organizations;

using GridStaff.Communities;
using GridStaff.Districts;
using GridStaff.Grids;
using GridStaff.GridTaskItems;
using GridStaff.MicroGrids;
using GridStaff.StaffingNorms;
using GridStaff.Streets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

// Codes are unique among the live children of one parent: a filtered unique index backs the
// manager's check, so two concurrent requests cannot both win.

public class DistrictConfiguration(string notDeletedSql) : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> b)
    {
        b.ToTable("Districts");
        b.Property(e => e.Code).HasMaxLength(OrganizationConsts.MaxCodeLength).IsRequired();
        b.Property(e => e.Name).HasMaxLength(OrganizationConsts.MaxNameLength).IsRequired();
        b.HasIndex(e => e.Code).IsUnique().HasFilter(notDeletedSql);
    }
}

public class StreetConfiguration(string notDeletedSql) : IEntityTypeConfiguration<Street>
{
    public void Configure(EntityTypeBuilder<Street> b)
    {
        b.ToTable("Streets");
        b.Property(e => e.Code).HasMaxLength(OrganizationConsts.MaxCodeLength).IsRequired();
        b.Property(e => e.Name).HasMaxLength(OrganizationConsts.MaxNameLength).IsRequired();
        b.HasOne<District>().WithMany().HasForeignKey(e => e.DistrictId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.DistrictId, e.Code }).IsUnique().HasFilter(notDeletedSql);
    }
}

public class CommunityConfiguration(string notDeletedSql) : IEntityTypeConfiguration<Community>
{
    public void Configure(EntityTypeBuilder<Community> b)
    {
        b.ToTable("Communities");
        b.Property(e => e.Code).HasMaxLength(OrganizationConsts.MaxCodeLength).IsRequired();
        b.Property(e => e.Name).HasMaxLength(OrganizationConsts.MaxNameLength).IsRequired();
        b.HasOne<Street>().WithMany().HasForeignKey(e => e.StreetId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.StreetId, e.Code }).IsUnique().HasFilter(notDeletedSql);
    }
}

public class GridConfiguration(string notDeletedSql) : IEntityTypeConfiguration<Grid>
{
    public void Configure(EntityTypeBuilder<Grid> b)
    {
        b.ToTable("Grids");
        b.Property(e => e.Code).HasMaxLength(OrganizationConsts.MaxCodeLength).IsRequired();
        b.Property(e => e.Name).HasMaxLength(OrganizationConsts.MaxNameLength).IsRequired();
        b.Property(e => e.BoundaryGeoJson).HasMaxLength(OrganizationConsts.MaxBoundaryLength);
        b.HasOne<Street>().WithMany().HasForeignKey(e => e.StreetId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Community>().WithMany().HasForeignKey(e => e.CommunityId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.CommunityId, e.Code }).IsUnique().HasFilter(notDeletedSql);
        b.HasIndex(e => new { e.StreetId, e.CommunityId });
    }
}

public class MicroGridConfiguration(string notDeletedSql) : IEntityTypeConfiguration<MicroGrid>
{
    public void Configure(EntityTypeBuilder<MicroGrid> b)
    {
        b.ToTable("MicroGrids");
        b.Property(e => e.Code).HasMaxLength(OrganizationConsts.MaxCodeLength).IsRequired();
        b.Property(e => e.Name).HasMaxLength(OrganizationConsts.MaxNameLength).IsRequired();
        b.PrimitiveCollection<List<string>>("_buildingUnits").HasColumnName("BuildingUnits");
        b.Ignore(e => e.BuildingUnits);
        b.HasOne<Grid>().WithMany().HasForeignKey(e => e.GridId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.GridId, e.Code }).IsUnique().HasFilter(notDeletedSql);
        b.HasIndex(e => new { e.StreetId, e.CommunityId });
    }
}

public class GridTaskItemConfiguration : IEntityTypeConfiguration<GridTaskItem>
{
    public void Configure(EntityTypeBuilder<GridTaskItem> b)
    {
        b.ToTable("GridTaskItems");
        b.Property(e => e.Name).HasMaxLength(GridTaskItemConsts.MaxNameLength).IsRequired();
        b.Property(e => e.SourceDepartment).HasMaxLength(GridTaskItemConsts.MaxDepartmentLength).IsRequired();
        b.Property(e => e.Description).HasMaxLength(GridTaskItemConsts.MaxDescriptionLength);
        b.HasOne<Street>().WithMany().HasForeignKey(e => e.StreetId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => e.StreetId);
    }
}

public class StaffingNormConfiguration : IEntityTypeConfiguration<StaffingNorm>
{
    public void Configure(EntityTypeBuilder<StaffingNorm> b)
    {
        b.ToTable("StaffingNorms");
        b.Property(e => e.DocumentNumber).HasMaxLength(StaffingNorm.MaxDocumentNumberLength).IsRequired();
        b.HasOne<Street>().WithMany().HasForeignKey(e => e.StreetId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.StreetId, e.EffectiveFrom }).IsUnique();
        b.Ignore(e => e.Values);
    }
}
