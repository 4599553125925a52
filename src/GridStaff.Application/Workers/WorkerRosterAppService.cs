namespace GridStaff.Workers;

using System.Globalization;
using GridStaff.Communities;
using GridStaff.Grids;
using GridStaff.Posts;
using GridStaff.StaffingNorms;
using GridStaff.Users;
using Microsoft.Extensions.Logging;
using MiniExcelLibs;
using C = WorkerRosterColumns;

/// <summary>
/// Excel roster import and export. The import reads and checks every row before anything is
/// written (ID checksum, references, duplicates inside the file, grid room, contract rules); rows
/// whose ID number the street already has are skipped, so importing a file twice adds nothing.
/// </summary>
public class WorkerRosterAppService(
    IWorkerRepository workers,
    ICommunityRepository communities,
    IGridRepository grids,
    IPostRepository posts,
    IStaffingNormRepository norms,
    WorkerManager manager,
    ICurrentUser currentUser,
    TimeProvider clock,
    IUnitOfWork uow,
    ILogger<WorkerRosterAppService> logger) : IWorkerRosterAppService
{
    public async Task<WorkerImportResultDto> ImportAsync(Stream xlsx, ImportWorkersDto input, CancellationToken ct = default)
    {
        var streetId = input.StreetId ?? currentUser.Scope.StreetId
            ?? throw new BusinessException(GridStaffErrorCodes.ParentNotFound, "Choose the street to import into.") { Field = "streetId" };
        var errors = new List<WorkerImportErrorDto>();
        var sheet = ReadSheet(xlsx, errors);
        if (sheet is null) return new WorkerImportResultDto(0, 0, 0, 0, false, errors);

        var communityByCode = (await communities.GetListAsync(new CommunityQuery(streetId) { Take = 10_000 }, ct)).Items.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
        if (communityByCode.Count == 0)
            throw new BusinessException(GridStaffErrorCodes.ParentNotFound, "The street does not exist, has no communities, or is outside your scope.") { Field = "streetId" };
        var gridByKey = (await grids.GetListAsync(new GridQuery(StreetId: streetId) { Take = 100_000 }, ct)).Items
            .ToDictionary(g => (g.CommunityId, g.Code.ToUpperInvariant()));
        var postList = await posts.GetForStreetAsync(streetId, ct);

        // 1. Every row on its own.
        var parsed = new List<ParsedRow>();
        foreach (var (rowNumber, cells) in sheet)
        {
            var row = new RowReader(rowNumber, cells, errors);
            var candidate = ParseRow(row, communityByCode, gridByKey, postList);
            if (candidate is not null && !row.HasErrors) parsed.Add(candidate);
        }

        // 2. Across rows and against the register, in bulk.
        var hashes = parsed.ToDictionary(p => p, p => manager.HashIdNumber(p.IdNumber));
        var registered = await workers.FindIdNumberHashesAsync(streetId, hashes.Values.ToList(), ct);
        var employedElsewhere = await workers.FindEmployedIdNumberHashesAsync(hashes.Values.Where(h => !registered.ContainsKey(h)).ToList(), ct);
        var firstRowOfHash = new Dictionary<string, int>();
        var toWrite = new List<ParsedRow>();
        var alreadyRegistered = 0;
        foreach (var p in parsed)
        {
            var hash = hashes[p];
            if (firstRowOfHash.TryGetValue(hash, out var first))
            {
                errors.Add(new(p.Row, C.IdNumber, $"Duplicate ID number: the same as row {first}."));
                continue;
            }
            firstRowOfHash[hash] = p.Row;
            if (registered.ContainsKey(hash)) { alreadyRegistered++; continue; }
            if (employedElsewhere.Contains(hash)) { errors.Add(new(p.Row, C.IdNumber, "This person is still employed by another street.")); continue; }
            toWrite.Add(p);
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var capacity = (await norms.FindInForceAsync(streetId, today, ct))?.FullTimeWorkersPerGrid ?? StaffingNormValues.Defaults.FullTimeWorkersPerGrid;
        var taken = (await workers.CountFullTimeByGridAsync(toWrite.SelectMany(p => p.Hire.Grids.Select(g => g.Id)).ToList(), ct)).ToDictionary();
        foreach (var p in toWrite.Where(p => p.Hire.Kind == WorkerKind.FullTimeGridWorker).ToList())
        {
            var full = p.Hire.Grids.FirstOrDefault(g => taken.GetValueOrDefault(g.Id) + 1 > capacity);
            if (full is not null)
            {
                errors.Add(new(p.Row, C.Grids, $"Grid {full.Code} would have more than the {capacity} full-time grid worker(s) the staffing norm allows."));
                toWrite.Remove(p);
                continue;
            }
            foreach (var g in p.Hire.Grids) taken[g.Id] = taken.GetValueOrDefault(g.Id) + 1;
        }

        // 3. Build the aggregates: the domain's own rules (grade band, contract and probation limits) per row.
        var built = new List<Worker>();
        foreach (var p in toWrite)
        {
            var row = new RowReader(p.Row, new Dictionary<string, object?>(), errors);
            try
            {
                var worker = manager.HireChecked(p.Hire, p.IdNumber);
                if (p.Contract is { } c) worker.SignContract(c.Kind, c.StartOn, c.EndOn, c.ProbationEndOn, clock.GetUtcNow().UtcDateTime);
                built.Add(worker);
            }
            catch (BusinessException e) { row.Error(ColumnOf(e.Field), e.Message); }
            catch (ArgumentException e) { row.Error(ColumnOf(e.ParamName), e.Message.Split(" (Parameter", 2)[0]); }
        }

        var sorted = errors.OrderBy(e => e.Row).ThenBy(e => e.Column, StringComparer.Ordinal).ToList();
        var rejectedRows = sorted.Select(e => e.Row).Distinct().Count();
        var write = built.Count > 0 && (sorted.Count == 0 || input.ValidRowsOnly);
        if (write)
        {
            foreach (var worker in built) await workers.InsertAsync(worker, ct);
            await uow.SaveChangesAsync(ct);
        }
        logger.LogInformation("Roster import into street {StreetId}: {Rows} rows, {Imported} imported, {Registered} already registered, {Rejected} rejected",
            streetId, sheet.Count, write ? built.Count : 0, alreadyRegistered, rejectedRows);
        return new WorkerImportResultDto(sheet.Count, write ? built.Count : 0, alreadyRegistered, rejectedRows, write, sorted);
    }

    public async Task<byte[]> ExportAsync(GetWorkerListDto input, CancellationToken ct = default)
    {
        var list = await workers.GetAllAsync(new WorkerQuery(input.StreetId, input.CommunityId, input.GridId, input.PostId, input.Kind, input.Status, input.Filter)
        {
            Sorting = input.Sorting,
        }, ct);
        var communityCodes = (await communities.GetListAsync(new CommunityQuery { Take = 100_000 }, ct)).Items.ToDictionary(c => c.Id, c => c.Code);
        var gridCodes = (await grids.GetListAsync(new GridQuery { Take = 100_000 }, ct)).Items.ToDictionary(g => g.Id, g => g.Code);
        var postCodes = (await posts.GetForStreetAsync(currentUser.Scope.StreetId, ct)).ToDictionary(p => p.Id, p => p.Code);
        if (list.Any(w => !postCodes.ContainsKey(w.PostId)))
        {
            foreach (var streetId in list.Select(w => w.StreetId).Distinct())
                foreach (var p in await posts.GetForStreetAsync(streetId, ct)) postCodes.TryAdd(p.Id, p.Code);
        }

        var rows = list.Select(w => new Dictionary<string, object?>
        {
            [C.Name] = w.Name,
            [C.IdNumber] = w.IdNumberMasked,
            [C.Phone] = w.PhoneMasked,
            [C.Gender] = RosterLabels.Genders[w.Gender],
            [C.BirthDate] = w.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [C.Community] = communityCodes.GetValueOrDefault(w.CommunityId),
            [C.Grids] = string.Join("、", w.GridIds.Select(id => gridCodes.GetValueOrDefault(id))),
            [C.Post] = postCodes.GetValueOrDefault(w.PostId),
            [C.Grade] = w.Grade,
            [C.Kind] = RosterLabels.Kinds[w.Kind],
            [C.Education] = RosterLabels.Educations[w.Education],
            [C.PoliticalStatus] = RosterLabels.PoliticalStatuses[w.PoliticalStatus],
            [C.Certificate] = RosterLabels.Certificates[w.Certificate],
            [C.HireDate] = w.HireDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [C.PriorYears] = w.PriorYears,
            [C.Status] = RosterLabels.Statuses[w.Status],
        }).ToList();

        using var stream = new MemoryStream();
        if (rows.Count == 0) rows.Add(new Dictionary<string, object?> { [C.Name] = null });
        MiniExcel.SaveAs(stream, rows, sheetName: "花名册", excelType: ExcelType.XLSX);
        logger.LogInformation("Exported a roster of {Count} workers", list.Count);
        return stream.ToArray();
    }

    private ParsedRow? ParseRow(RowReader row, Dictionary<string, Community> communityByCode,
        Dictionary<(Guid, string), Grid> gridByKey, IReadOnlyList<Post> postList)
    {
        var name = row.Text(C.Name, required: true);
        if (name is { Length: > WorkerConsts.MaxNameLength }) row.Error(C.Name, $"At most {WorkerConsts.MaxNameLength} characters.");

        ResidentIdNumber? idNumber = null;
        if (row.Raw(C.IdNumber) is double or int or long or decimal)
            row.Error(C.IdNumber, "The ID number is stored as a number and has lost digits; format the column as text.");
        else if (row.Text(C.IdNumber, required: true) is { } idText)
        {
            idNumber = ResidentIdNumber.TryParse(idText, out var why);
            if (idNumber is null) row.Error(C.IdNumber, $"Not a valid ID number: {why}.");
        }

        var phone = row.Text(C.Phone);
        if (phone is not null)
        {
            try { phone = PhoneNumber.Normalize(phone); }
            catch (BusinessException e) { row.Error(C.Phone, e.Message); }
        }

        Community? community = null;
        if (row.Text(C.Community, required: true) is { } communityCode && !communityByCode.TryGetValue(communityCode, out community))
            row.Error(C.Community, $"Unknown community code '{communityCode}' in this street.");

        var gridList = new List<Grid>();
        if (row.Text(C.Grids) is { } gridText && community is not null)
        {
            foreach (var code in gridText.Split(['、', ',', '，', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (gridByKey.TryGetValue((community.Id, code.ToUpperInvariant()), out var grid)) { if (!gridList.Contains(grid)) gridList.Add(grid); }
                else row.Error(C.Grids, $"Unknown grid code '{code}' in community {community.Code}.");
            }
        }

        Post? post = null;
        if (row.Text(C.Post, required: true) is { } postText)
        {
            post = postList.FirstOrDefault(p => string.Equals(p.Code, postText, StringComparison.OrdinalIgnoreCase) || p.Name == postText);
            if (post is null) row.Error(C.Post, $"Unknown post '{postText}'.");
        }

        var grade = row.Integer(C.Grade, required: true);
        if (grade is { } g && post is not null && !post.Band.Contains(g))
            row.Error(C.Grade, $"Grade {g} is outside the band {post.MinGrade}–{post.MaxGrade} of post {post.Name}.");

        var kind = row.Label(C.Kind, RosterLabels.Kinds) ?? WorkerKind.FullTimeGridWorker;
        var education = row.Label(C.Education, RosterLabels.Educations) ?? Education.JuniorCollege;
        var political = row.Label(C.PoliticalStatus, RosterLabels.PoliticalStatuses) ?? PoliticalStatus.Masses;
        var certificate = row.Label(C.Certificate, RosterLabels.Certificates) ?? SocialWorkCertificate.None;
        var hireDate = row.Date(C.HireDate, required: true);
        var priorYears = row.Integer(C.PriorYears) ?? 0;
        if (priorYears is < 0 or > WorkerConsts.MaxPriorYears) row.Error(C.PriorYears, $"Between 0 and {WorkerConsts.MaxPriorYears}.");

        ContractTerms? contract = null;
        var start = row.Date(C.ContractStart);
        var end = row.Date(C.ContractEnd);
        var probationEnd = row.Date(C.ProbationEnd);
        if (start is { } s) contract = new ContractTerms(end is null ? ContractKind.OpenEnded : ContractKind.FixedTerm, s, end, probationEnd);
        else if (end is not null || probationEnd is not null) row.Error(C.ContractStart, "A contract needs its start date.");

        if (row.HasErrors || idNumber is null || community is null || post is null || grade is null || hireDate is null || name is null) return null;
        var hire = new HireWorker(community, new WorkerProfile(name, education, political, certificate, priorYears), idNumber.Value, null, null, phone,
            kind, post, grade.Value, gridList, hireDate.Value, OnProbation: probationEnd is not null);
        return new ParsedRow(row.Number, idNumber, hire, contract);
    }

    /// <summary>Reads the first sheet: row 1 holds the headers. Null (with an error) when the file or its headers are unusable.</summary>
    private static List<(int Row, Dictionary<string, object?> Cells)>? ReadSheet(Stream xlsx, List<WorkerImportErrorDto> errors)
    {
        List<IDictionary<string, object?>> raw;
        try
        {
            raw = MiniExcel.Query(xlsx, useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
        }
        catch (Exception e) when (e is InvalidDataException or IOException or InvalidOperationException or FormatException or System.Xml.XmlException)
        {
            errors.Add(new(0, "", "The file is not a readable .xlsx workbook."));
            return null;
        }
        if (raw.Count == 0) { errors.Add(new(1, "", "The sheet is empty.")); return null; }

        var headers = raw[0].Where(kv => kv.Value is not null && !string.IsNullOrWhiteSpace(Convert.ToString(kv.Value, CultureInfo.InvariantCulture)))
            .ToDictionary(kv => kv.Key, kv => Convert.ToString(kv.Value, CultureInfo.InvariantCulture)!.Trim());
        foreach (var missing in C.Required.Where(r => !headers.ContainsValue(r)))
            errors.Add(new(1, missing, "Required column is missing."));
        if (errors.Count > 0) return null;
        if (raw.Count - 1 > WorkerConsts.MaxImportRows)
        {
            errors.Add(new(1, "", $"At most {WorkerConsts.MaxImportRows} rows per file."));
            return null;
        }

        var rows = new List<(int, Dictionary<string, object?>)>();
        for (var i = 1; i < raw.Count; i++)
        {
            var cells = headers.ToDictionary(h => h.Value, h => raw[i].TryGetValue(h.Key, out var v) ? v : null);
            if (cells.Values.All(v => v is null || (v is string t && string.IsNullOrWhiteSpace(t)))) continue; // blank line
            rows.Add((i + 1, cells));
        }
        return rows;
    }

    private static string ColumnOf(string? field) => field switch
    {
        "idNumber" => C.IdNumber, "phone" => C.Phone, "grade" => C.Grade, "gridIds" => C.Grids, "postId" => C.Post,
        "startOn" => C.ContractStart, "endOn" => C.ContractEnd, "probationEndOn" => C.ProbationEnd, "name" => C.Name,
        "priorYears" => C.PriorYears, "effectiveOn" => C.HireDate, "birthDate" or "gender" => C.IdNumber, _ => "",
    };

    private sealed record ContractTerms(ContractKind Kind, DateOnly StartOn, DateOnly? EndOn, DateOnly? ProbationEndOn);

    private sealed record ParsedRow(int Row, ResidentIdNumber IdNumber, HireWorker Hire, ContractTerms? Contract);

    /// <summary>Typed reads of one row's cells; each problem becomes a report line naming row and column.</summary>
    private sealed class RowReader(int number, Dictionary<string, object?> cells, List<WorkerImportErrorDto> errors)
    {
        private bool _hasErrors;

        public int Number => number;
        public bool HasErrors => _hasErrors;

        public void Error(string column, string reason)
        {
            _hasErrors = true;
            errors.Add(new WorkerImportErrorDto(number, column, reason));
        }

        public object? Raw(string column) => cells.GetValueOrDefault(column);

        public string? Text(string column, bool required = false)
        {
            var text = Raw(column) switch
            {
                null => null,
                DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                var v => v.ToString(),
            };
            text = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
            if (text is null && required) Error(column, "Required.");
            return text;
        }

        public int? Integer(string column, bool required = false)
        {
            var raw = Raw(column);
            if (raw is double d && d == Math.Floor(d) && Math.Abs(d) < int.MaxValue) return (int)d;
            if (raw is int or long) return Convert.ToInt32(raw, CultureInfo.InvariantCulture);
            var text = Text(column, required);
            if (text is null) return null;
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)) return value;
            Error(column, $"'{text}' is not a whole number.");
            return null;
        }

        public DateOnly? Date(string column, bool required = false)
        {
            switch (Raw(column))
            {
                case DateTime dt: return DateOnly.FromDateTime(dt);
                case double serial when serial is > 0 and < 2_958_466: return DateOnly.FromDateTime(DateTime.FromOADate(serial));
            }
            var text = Text(column, required);
            if (text is null) return null;
            string[] formats = ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日"];
            if (DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            Error(column, $"'{text}' is not a date (use yyyy-MM-dd).");
            return null;
        }

        public T? Label<T>(string column, IReadOnlyDictionary<T, string> labels) where T : struct, Enum
        {
            var text = Text(column);
            if (text is null) return null;
            var value = RosterLabels.Parse(labels, text);
            if (value is null) Error(column, $"'{text}' is not one of: {string.Join(", ", labels.Values)}.");
            return value;
        }
    }
}
