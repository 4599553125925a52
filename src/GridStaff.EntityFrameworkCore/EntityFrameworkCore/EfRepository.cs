namespace GridStaff.EntityFrameworkCore;

using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

/// <summary>The shared part of every repository: the DbContext's filters apply to every read.</summary>
public abstract class EfRepository<TEntity>(GridStaffDbContext db) : IRepository<TEntity> where TEntity : Entity
{
    protected GridStaffDbContext Db => db;
    protected DbSet<TEntity> Set => db.Set<TEntity>();

    public Task<TEntity?> FindAsync(Guid id, CancellationToken ct = default) =>
        Set.FirstOrDefaultAsync(e => e.Id == id, ct);

    public async Task<TEntity> GetAsync(Guid id, CancellationToken ct = default) =>
        await FindAsync(id, ct) ?? throw new EntityNotFoundException(typeof(TEntity), id);

    public async Task InsertAsync(TEntity entity, CancellationToken ct = default) => await Set.AddAsync(entity, ct);

    public void Delete(TEntity entity) => Set.Remove(entity);

    protected static async Task<PagedList<TEntity>> PageAsync(
        IQueryable<TEntity> query, PageRequest page, SortKeys<TEntity> sortKeys, CancellationToken ct)
    {
        var total = await query.LongCountAsync(ct);
        var items = await sortKeys.Apply(query, page.Sorting).Skip(page.Skip).Take(page.Take).ToListAsync(ct);
        return new PagedList<TEntity>(items, total);
    }
}

/// <summary>
/// The fields a list may be sorted by, so "sorting" from a query string never reaches SQL
/// unchecked. An unknown field falls back to the default order; ties break on id for stable pages.
/// </summary>
public sealed class SortKeys<TEntity>(string defaultKey, Dictionary<string, Expression<Func<TEntity, object?>>> sortKeys) where TEntity : Entity
{
    private readonly Dictionary<string, Expression<Func<TEntity, object?>>> keys = new(sortKeys, StringComparer.OrdinalIgnoreCase);

    public IQueryable<TEntity> Apply(IQueryable<TEntity> query, string? sorting)
    {
        var parts = (sorting ?? "").Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var selector = parts.Length > 0 && keys.TryGetValue(parts[0], out var chosen) ? chosen : keys[defaultKey];
        var descending = parts.Length > 1 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
        var ordered = descending ? query.OrderByDescending(selector) : query.OrderBy(selector);
        return ordered.ThenBy(e => e.Id);
    }
}
