namespace GridStaff.Posts;

using GridStaff.Workers;

/// <summary>
/// 岗位: a post with its band of grades (DOMAIN.md §2, "three posts, eighteen grades" by default).
/// Posts are data: a street (or the city, StreetId null) may define its own, e.g. Ningxia's four
/// posts and twenty-four grades; no logic assumes 3 posts or 18 grades.
/// </summary>
public class Post : AuditedAggregateRoot
{
    /// <summary>Null for a city-wide post every street may use.</summary>
    public Guid? StreetId { get; private set; }
    public string Code { get; private set; } = null!;
    public string Name { get; private set; } = null!;
    public int MinGrade { get; private set; }
    public int MaxGrade { get; private set; }
    public int SortOrder { get; private set; }

    private Post() { }

    public Post(Guid id, Guid? streetId, string code, string name, int minGrade, int maxGrade, int sortOrder = 0) : base(id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(code.Length, WorkerConsts.MaxPostCodeLength, nameof(code));
        StreetId = streetId;
        Code = code.Trim();
        SortOrder = sortOrder;
        Rename(name);
        SetGradeBand(minGrade, maxGrade);
    }

    public Post Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(name.Trim().Length, WorkerConsts.MaxPostNameLength, nameof(name));
        Name = name.Trim();
        return this;
    }

    public Post SetGradeBand(int minGrade, int maxGrade)
    {
        if (minGrade < WorkerConsts.MinGrade || maxGrade > WorkerConsts.MaxGrade || maxGrade < minGrade)
            throw new BusinessException(WorkerErrorCodes.InvalidGradeBand, $"A grade band must lie within {WorkerConsts.MinGrade}–{WorkerConsts.MaxGrade} with min ≤ max.") { Field = "minGrade" };
        (MinGrade, MaxGrade) = (minGrade, maxGrade);
        return this;
    }

    public GradeBand Band => new(MinGrade, MaxGrade);
}

public readonly record struct GradeBand(int Min, int Max)
{
    public bool Contains(int grade) => grade >= Min && grade <= Max;
}

public interface IPostRepository : IRepository<Post>
{
    /// <summary>The posts a street may use: its own and the city-wide ones, by sort order.</summary>
    Task<IReadOnlyList<Post>> GetForStreetAsync(Guid? streetId, CancellationToken ct = default);

    Task<bool> AnyAsync(CancellationToken ct = default);
}
