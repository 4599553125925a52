namespace GridStaff.AssessmentTemplates;

using System.Globalization;
using GridStaff.Assessments;
using GridStaff.Organizations;
using GridStaff.Streets;
using GridStaff.WorkData;
using GridStaff.Workers;

public class AssessmentTemplateAppService(
    IAssessmentTemplateRepository templates, IStreetRepository streets, AssessmentTemplateManager manager,
    IWorkDataRepository workData, IWorkerRepository workers, IUnitOfWork uow) : IAssessmentTemplateAppService
{
    public const int MaxImportRows = 100_000;

    public async Task<AssessmentTemplateDto> GetAsync(Guid id, CancellationToken ct = default) => (await templates.GetAsync(id, ct)).ToDto();

    public async Task<PagedResultDto<AssessmentTemplateDto>> GetListAsync(GetAssessmentTemplateListDto input, CancellationToken ct = default) =>
        (await templates.GetListAsync(new AssessmentTemplateQuery(input.StreetId, input.Code, input.LatestOnly)
        {
            Skip = input.SkipCount, Take = input.MaxResultCount, Sorting = input.Sorting,
        }, ct)).ToDto(t => t.ToDto());

    public async Task<AssessmentTemplateDto> CreateAsync(CreateAssessmentTemplateDto input, CancellationToken ct = default)
    {
        var street = await streets.FindAsync(input.StreetId!.Value, ct) ?? throw OrganizationErrors.ParentNotFound("streetId", "street");
        var template = await manager.CreateVersionAsync(street.Id, input.Code, input.Name, input.Definition!, ct);
        await templates.InsertAsync(template, ct);
        await uow.SaveChangesAsync(ct);
        return template.ToDto();
    }

    public async Task<WorkDataImportResultDto> ImportWorkDataAsync(ImportWorkDataDto input, Stream csv, CancellationToken ct = default)
    {
        var street = await streets.FindAsync(input.StreetId!.Value, ct) ?? throw OrganizationErrors.ParentNotFound("streetId", "street");
        var (start, end) = (input.PeriodStart!.Value, input.PeriodEnd!.Value);
        if (end < start) throw new BusinessException(AssessmentErrorCodes.InvalidWorkData, "The period ends before it starts.") { Field = "periodEnd" };

        var rows = await ParseAsync(csv, ct);
        var known = (await workers.GetAllAsync(new WorkerQuery(StreetId: street.Id), ct)).Select(w => w.Id).ToHashSet();
        var stranger = rows.FirstOrDefault(r => !known.Contains(r.WorkerId));
        if (stranger is not null) throw Row(stranger.Line, $"worker {stranger.WorkerId} is not a worker of this street.");

        var existing = (await workData.GetForPeriodAsync(street.Id, start, end, rows.Select(r => r.WorkerId).Distinct().ToList(), ct))
            .ToDictionary(r => (r.WorkerId, r.IndicatorCode.ToUpperInvariant()));
        int created = 0, updated = 0;
        foreach (var row in rows)
        {
            if (existing.TryGetValue((row.WorkerId, row.IndicatorCode.ToUpperInvariant()), out var record))
            {
                record.SetValue(row.Value);
                updated++;
            }
            else
            {
                record = new WorkDataRecord(Guid.CreateVersion7(), street.Id, row.WorkerId, row.IndicatorCode, start, end, row.Value);
                existing[(row.WorkerId, row.IndicatorCode.ToUpperInvariant())] = record;
                await workData.InsertAsync(record, ct);
                created++;
            }
        }
        await uow.SaveChangesAsync(ct);
        return new WorkDataImportResultDto(created, updated);
    }

    private sealed record CsvRow(int Line, Guid WorkerId, string IndicatorCode, decimal Value);

    private static async Task<List<CsvRow>> ParseAsync(Stream csv, CancellationToken ct)
    {
        using var reader = new StreamReader(csv);
        var header = (await reader.ReadLineAsync(ct))?.Trim().TrimStart('\uFEFF');
        if (header is null || !header.Replace(" ", "").Equals("workerId,indicatorCode,value", StringComparison.OrdinalIgnoreCase))
            throw new BusinessException(AssessmentErrorCodes.InvalidWorkData, "The first line must be the header 'workerId,indicatorCode,value'.") { Field = "file" };

        var rows = new List<CsvRow>();
        var seen = new HashSet<(Guid, string)>();
        var lineNo = 1;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (rows.Count >= MaxImportRows) throw Row(lineNo, $"an import holds at most {MaxImportRows} rows.");
            var parts = line.Split(',');
            if (parts.Length != 3) throw Row(lineNo, "expected 3 fields.");
            if (!Guid.TryParse(parts[0].Trim(), out var workerId)) throw Row(lineNo, "workerId is not a valid id.");
            var code = parts[1].Trim();
            if (code.Length is 0 or > AssessmentConsts.MaxCodeLength) throw Row(lineNo, "indicatorCode is missing or too long.");
            if (!decimal.TryParse(parts[2].Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value < 0 || value > 1_000_000)
                throw Row(lineNo, "value must be a number from 0 to 1,000,000.");
            if (!seen.Add((workerId, code.ToUpperInvariant()))) throw Row(lineNo, "the same worker and indicator appear twice.");
            rows.Add(new CsvRow(lineNo, workerId, code, value));
        }
        return rows;
    }

    private static BusinessException Row(int line, string why) =>
        new(AssessmentErrorCodes.InvalidWorkData, $"Line {line}: {why} Nothing was imported.") { Field = "file" };
}
