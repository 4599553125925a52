namespace GridStaff;

/// <summary>
/// The operations every aggregate's repository has. Writes are tracked, not saved:
/// the use case calls <see cref="IUnitOfWork.SaveChangesAsync"/> once at its end.
/// </summary>
public interface IRepository<TEntity> where TEntity : Entity
{
    Task<TEntity?> FindAsync(Guid id, CancellationToken ct = default);

    /// <exception cref="EntityNotFoundException">Missing or outside the caller's scope.</exception>
    Task<TEntity> GetAsync(Guid id, CancellationToken ct = default);

    Task InsertAsync(TEntity entity, CancellationToken ct = default);

    void Delete(TEntity entity);
}

public interface IUnitOfWork
{
    Task<int> SaveChangesAsync(CancellationToken ct = default);
}

/// <summary>One page of a list query.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, long TotalCount);

/// <summary>Paging and sorting shared by list queries. Sorting is "field" or "field desc".</summary>
public record PageRequest(int Skip = 0, int Take = 20, string? Sorting = null);
