namespace GridStaff.PartTimeForces;

using GridStaff.EntityFrameworkCore;
using GridStaff.Grids;
using GridStaff.MicroGrids;
using GridStaff.Workers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

public class PartTimeForceConfiguration : IEntityTypeConfiguration<PartTimeForce>
{
    public void Configure(EntityTypeBuilder<PartTimeForce> b)
    {
        b.ToTable("PartTimeForces");
        b.Property(e => e.Name).HasMaxLength(WorkerConsts.MaxNameLength).IsRequired();
        b.Property(e => e.PhoneCipher).HasMaxLength(WorkerConsts.MaxCipherLength);
        b.Property(e => e.PhoneHash).HasMaxLength(WorkerConsts.HashLength);
        b.Property(e => e.PhoneMasked).HasMaxLength(WorkerConsts.MaxMaskedLength);
        b.HasOne<Grid>().WithMany().HasForeignKey(e => e.GridId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MicroGrid>().WithMany().HasForeignKey(e => e.MicroGridId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.StreetId, e.CommunityId, e.GridId });
    }
}

public class PartTimeForceRepository(GridStaffDbContext db) : EfRepository<PartTimeForce>(db), IPartTimeForceRepository
{
    private static readonly SortKeys<PartTimeForce> Sort = new("name", new()
    {
        ["name"] = p => p.Name, ["role"] = p => p.Role, ["activeFrom"] = p => p.ActiveFrom, ["creationTime"] = p => p.CreationTime,
    });

    public Task<PagedList<PartTimeForce>> GetListAsync(PartTimeForceQuery query, CancellationToken ct = default)
    {
        var q = Set.AsNoTracking()
            .Where(p => query.CommunityId == null || p.CommunityId == query.CommunityId)
            .Where(p => query.GridId == null || p.GridId == query.GridId)
            .Where(p => query.MicroGridId == null || p.MicroGridId == query.MicroGridId)
            .Where(p => query.Role == null || p.Role == query.Role)
            .Where(p => query.ActiveOn == null || (p.ActiveFrom <= query.ActiveOn && (p.ActiveTo == null || p.ActiveTo >= query.ActiveOn)));
        if (!string.IsNullOrWhiteSpace(query.Filter)) q = q.Where(p => p.Name.Contains(query.Filter));
        return PageAsync(q, query, Sort, ct);
    }
}
