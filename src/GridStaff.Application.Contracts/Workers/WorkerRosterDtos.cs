namespace GridStaff.Workers;

/// <summary>The roster's columns, shared by import and export (the export leaves out nothing the import needs but clear personal data).</summary>
public static class WorkerRosterColumns
{
    public const string Name = "姓名";
    public const string IdNumber = "身份证号";
    public const string Phone = "手机号";
    public const string Gender = "性别";
    public const string BirthDate = "出生日期";
    public const string Community = "社区编码";
    public const string Grids = "网格编码";
    public const string Post = "岗位编码";
    public const string Grade = "等级";
    public const string Kind = "人员类别";
    public const string Education = "学历";
    public const string PoliticalStatus = "政治面貌";
    public const string Certificate = "社工证";
    public const string HireDate = "入职日期";
    public const string PriorYears = "既往社区工作年限";
    public const string ContractStart = "合同开始";
    public const string ContractEnd = "合同结束";
    public const string ProbationEnd = "试用期至";
    public const string Status = "状态";

    public static readonly IReadOnlyList<string> Required = [Name, IdNumber, Community, Post, Grade, HireDate];
}

public class ImportWorkersDto
{
    /// <summary>The street to import into; street HR may leave it empty (their own street).</summary>
    public Guid? StreetId { get; set; }

    /// <summary>False (default): nothing is written unless every row passes. True: write the valid rows, report the rest.</summary>
    public bool ValidRowsOnly { get; set; }
}

/// <param name="Row">The spreadsheet row number (the header is row 1).</param>
/// <param name="Column">The column header, or "" for the whole row.</param>
public sealed record WorkerImportErrorDto(int Row, string Column, string Reason);

/// <param name="AlreadyRegistered">Rows whose ID number the street already has: skipped, so a second import changes nothing.</param>
/// <param name="Written">Whether anything was saved.</param>
public sealed record WorkerImportResultDto(
    int TotalRows, int Imported, int AlreadyRegistered, int Rejected, bool Written, IReadOnlyList<WorkerImportErrorDto> Errors);

public interface IWorkerRosterAppService
{
    /// <summary>Validates every row first, then writes all of them in one transaction (or only the valid ones if asked).</summary>
    Task<WorkerImportResultDto> ImportAsync(Stream xlsx, ImportWorkersDto input, CancellationToken ct = default);

    /// <summary>The roster as .xlsx, personal data masked.</summary>
    Task<byte[]> ExportAsync(GetWorkerListDto input, CancellationToken ct = default);
}
