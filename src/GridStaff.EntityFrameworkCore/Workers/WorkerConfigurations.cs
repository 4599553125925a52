namespace GridStaff.Workers;

using GridStaff.Communities;
using GridStaff.Grids;
using GridStaff.Posts;
using GridStaff.Streets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

public class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> b)
    {
        b.ToTable("Posts");
        b.Property(e => e.Code).HasMaxLength(WorkerConsts.MaxPostCodeLength).IsRequired();
        b.Property(e => e.Name).HasMaxLength(WorkerConsts.MaxPostNameLength).IsRequired();
        b.Ignore(e => e.Band);
        b.HasOne<Street>().WithMany().HasForeignKey(e => e.StreetId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.StreetId, e.Code }).IsUnique();
    }
}

public class WorkerConfiguration(string notDeletedSql) : IEntityTypeConfiguration<Worker>
{
    public void Configure(EntityTypeBuilder<Worker> b)
    {
        b.ToTable("Workers");
        b.Property(e => e.Name).HasMaxLength(WorkerConsts.MaxNameLength).IsRequired();
        b.Property(e => e.IdNumberCipher).HasMaxLength(WorkerConsts.MaxCipherLength).IsRequired();
        b.Property(e => e.IdNumberHash).HasMaxLength(WorkerConsts.HashLength).IsRequired();
        b.Property(e => e.IdNumberMasked).HasMaxLength(WorkerConsts.MaxMaskedLength).IsRequired();
        b.Property(e => e.PhoneCipher).HasMaxLength(WorkerConsts.MaxCipherLength);
        b.Property(e => e.PhoneHash).HasMaxLength(WorkerConsts.HashLength);
        b.Property(e => e.PhoneMasked).HasMaxLength(WorkerConsts.MaxMaskedLength);
        b.Ignore(e => e.GridIds);
        b.Ignore(e => e.CurrentContract);
        b.Ignore(e => e.OpenEndedContractDue);
        b.HasOne<Street>().WithMany().HasForeignKey(e => e.StreetId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Community>().WithMany().HasForeignKey(e => e.CommunityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Post>().WithMany().HasForeignKey(e => e.PostId).OnDelete(DeleteBehavior.Restrict);

        b.HasMany(e => e.Events).WithOne().HasForeignKey(e => e.WorkerId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(e => e.Contracts).WithOne().HasForeignKey(e => e.WorkerId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(e => e.Grids).WithOne().HasForeignKey(e => e.WorkerId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(e => e.Events).AutoInclude().UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(e => e.Contracts).AutoInclude().UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(e => e.Grids).AutoInclude().UsePropertyAccessMode(PropertyAccessMode.Field);

        // One record per person and street; a person may come back to another street after an exit.
        b.HasIndex(e => new { e.StreetId, e.IdNumberHash }).IsUnique().HasFilter(notDeletedSql);
        b.HasIndex(e => e.IdNumberHash);
        b.HasIndex(e => e.PhoneHash);
        b.HasIndex(e => new { e.StreetId, e.CommunityId, e.Name });
    }
}

public class WorkerEventConfiguration : IEntityTypeConfiguration<WorkerEvent>
{
    public void Configure(EntityTypeBuilder<WorkerEvent> b)
    {
        b.ToTable("WorkerEvents");
        // Ids come from the aggregate: a new entry in a loaded worker's list is an insert, not an update.
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Note).HasMaxLength(WorkerConsts.MaxNoteLength);
        b.PrimitiveCollection<List<Guid>>("_gridIds").HasColumnName("GridIds");
        b.Ignore(e => e.GridIds);
        b.HasIndex(e => new { e.WorkerId, e.Sequence }).IsUnique();
    }
}

public class WorkerContractConfiguration : IEntityTypeConfiguration<WorkerContract>
{
    public void Configure(EntityTypeBuilder<WorkerContract> b)
    {
        b.ToTable("WorkerContracts");
        b.Property(e => e.Id).ValueGeneratedNever();
        b.HasIndex(e => new { e.WorkerId, e.Sequence }).IsUnique();
    }
}

public class WorkerGridAssignmentConfiguration : IEntityTypeConfiguration<WorkerGridAssignment>
{
    public void Configure(EntityTypeBuilder<WorkerGridAssignment> b)
    {
        b.ToTable("WorkerGrids");
        b.HasKey(e => new { e.WorkerId, e.GridId });
        b.HasOne<Grid>().WithMany().HasForeignKey(e => e.GridId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => e.GridId);
    }
}
