namespace GridStaff.Data;

using GridStaff.Posts;

/// <summary>The city-wide default posts and grade bands of DOMAIN.md §2; streets may add their own.</summary>
public class DefaultPostSeedContributor(IPostRepository posts, IUnitOfWork uow) : IDataSeedContributor
{
    public static readonly (string Code, string Name, int Min, int Max)[] Defaults =
    [
        ("PRINCIPAL", "正职", 7, 18),
        ("DEPUTY", "副职", 4, 15),
        ("COMMITTEE", "专职委员", 4, 15),
        ("STAFF", "其他", 1, 12),
    ];

    public int Order => 25;

    public async Task SeedAsync(DataSeedContext context, CancellationToken ct = default)
    {
        if (await posts.AnyAsync(ct)) return;
        var order = 0;
        foreach (var (code, name, min, max) in Defaults)
        {
            await posts.InsertAsync(new Post(Guid.CreateVersion7(), null, code, name, min, max, ++order * 10), ct);
        }
        await uow.SaveChangesAsync(ct);
    }
}
