namespace GridStaff.Assessments;

using GridStaff.Appeals;
using GridStaff.AssessmentResults;
using GridStaff.EvaluationCycles;
using GridStaff.Notifications;
using GridStaff.ScoreSheets;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using P = GridStaff.Permissions.GridStaffPermissions;

[ApiController, Route("api/app/evaluation-cycle")]
public class EvaluationCycleController(IEvaluationCycleAppService service) : ControllerBase
{
    [HttpGet("{id:guid}"), Authorize(P.EvaluationCycles.Default)]
    public Task<EvaluationCycleDto> GetAsync(Guid id, CancellationToken ct) => service.GetAsync(id, ct);

    [HttpGet, Authorize(P.EvaluationCycles.Default)]
    public Task<PagedResultDto<EvaluationCycleDto>> GetListAsync([FromQuery] GetEvaluationCycleListDto input, CancellationToken ct) => service.GetListAsync(input, ct);

    [HttpPost, Authorize(P.EvaluationCycles.Manage)]
    public Task<EvaluationCycleDto> CreateAsync(CreateEvaluationCycleDto input, CancellationToken ct) => service.CreateAsync(input, ct);

    [HttpPost("{id:guid}/open"), Authorize(P.EvaluationCycles.Manage)]
    public Task<EvaluationCycleDto> OpenAsync(Guid id, CancellationToken ct) => service.OpenAsync(id, ct);

    [HttpPost("{id:guid}/close"), Authorize(P.EvaluationCycles.Manage)]
    public Task<EvaluationCycleDto> CloseAsync(Guid id, CancellationToken ct) => service.CloseAsync(id, ct);

    [HttpPost("{id:guid}/cancel"), Authorize(P.EvaluationCycles.Manage)]
    public Task<EvaluationCycleDto> CancelAsync(Guid id, CancelEvaluationCycleDto input, CancellationToken ct) => service.CancelAsync(id, input, ct);

    /// <summary>Enqueues the compile job; follow it with GET {id}/progress.</summary>
    [HttpPost("{id:guid}/compile"), Authorize(P.EvaluationCycles.Manage)]
    public Task<CompileProgressDto> CompileAsync(Guid id, CancellationToken ct) => service.CompileAsync(id, ct);

    [HttpGet("{id:guid}/progress"), Authorize(P.EvaluationCycles.Default)]
    public Task<CompileProgressDto> GetProgressAsync(Guid id, CancellationToken ct) => service.GetProgressAsync(id, ct);

    [HttpGet("{id:guid}/scoring-progress"), Authorize(P.EvaluationCycles.Default)]
    public Task<IReadOnlyList<ScoringProgressDto>> GetScoringProgressAsync(Guid id, CancellationToken ct) => service.GetScoringProgressAsync(id, ct);

    [HttpPost("{id:guid}/complete-calibration"), Authorize(P.AssessmentResults.Calibrate)]
    public Task<EvaluationCycleDto> CompleteCalibrationAsync(Guid id, CancellationToken ct) => service.CompleteCalibrationAsync(id, ct);

    [HttpPost("{id:guid}/publish"), Authorize(P.EvaluationCycles.Manage)]
    public Task<EvaluationCycleDto> PublishAsync(Guid id, CancellationToken ct) => service.PublishAsync(id, ct);

    [HttpPost("{id:guid}/finalize"), Authorize(P.EvaluationCycles.Manage)]
    public Task<EvaluationCycleDto> FinalizeAsync(Guid id, CancellationToken ct) => service.FinalizeAsync(id, ct);
}

[ApiController, Route("api/app/score-sheet")]
public class ScoreSheetController(IScoreSheetAppService service) : ControllerBase
{
    [HttpGet, Authorize(P.ScoreSheets.Default)]
    public Task<PagedResultDto<ScoreSheetDto>> GetListAsync([FromQuery] GetScoreSheetListDto input, CancellationToken ct) => service.GetListAsync(input, ct);

    [HttpGet("{id:guid}"), Authorize(P.ScoreSheets.Default)]
    public Task<ScoreSheetDto> GetAsync(Guid id, CancellationToken ct) => service.GetAsync(id, ct);

    /// <summary>Saves a draft. 409 ScoringClosed after the deadline; 409 when the sheet changed since it was loaded.</summary>
    [HttpPut("{id:guid}"), Authorize(P.ScoreSheets.Default)]
    public Task<ScoreSheetDto> SaveAsync(Guid id, SaveScoreSheetDto input, CancellationToken ct) => service.SaveAsync(id, input, ct);

    [HttpPost("{id:guid}/submit"), Authorize(P.ScoreSheets.Default)]
    public Task<ScoreSheetDto> SubmitAsync(Guid id, SubmitScoreSheetDto input, CancellationToken ct) => service.SubmitAsync(id, input, ct);
}

[ApiController, Route("api/app/assessment-result")]
public class AssessmentResultController(IAssessmentResultAppService service) : ControllerBase
{
    [HttpGet, Authorize(P.AssessmentResults.Default)]
    public Task<PagedResultDto<AssessmentResultDto>> GetListAsync([FromQuery] GetAssessmentResultListDto input, CancellationToken ct) => service.GetListAsync(input, ct);

    [HttpGet("{id:guid}"), Authorize(P.AssessmentResults.Default)]
    public Task<AssessmentResultDto> GetAsync(Guid id, CancellationToken ct) => service.GetAsync(id, ct);

    [HttpGet("distribution/{cycleId:guid}"), Authorize(P.AssessmentResults.Calibrate)]
    public Task<GradeDistributionDto> GetDistributionAsync(Guid cycleId, CancellationToken ct) => service.GetDistributionAsync(cycleId, ct);

    [HttpPost("{id:guid}/calibrate"), Authorize(P.AssessmentResults.Calibrate)]
    public Task<AssessmentResultDto> CalibrateAsync(Guid id, CalibrateResultDto input, CancellationToken ct) => service.CalibrateAsync(id, input, ct);

    /// <summary>What pay and promotion read for a worker and year.</summary>
    [HttpGet("consequences/{workerId:guid}/{year:int}"), Authorize(P.AssessmentResults.Default)]
    public Task<AssessmentConsequencesDto> GetConsequencesAsync(Guid workerId, int year, CancellationToken ct) => service.GetConsequencesAsync(workerId, year, ct);
}

[ApiController, Route("api/app/appeal")]
public class AppealController(IAppealAppService service) : ControllerBase
{
    [HttpPost, Authorize(P.Appeals.File)]
    public Task<AppealDto> FileAsync(FileAppealDto input, CancellationToken ct) => service.FileAsync(input, ct);

    [HttpGet, Authorize(P.Appeals.Default)]
    public Task<PagedResultDto<AppealDto>> GetListAsync([FromQuery] GetAppealListDto input, CancellationToken ct) => service.GetListAsync(input, ct);

    [HttpGet("{id:guid}"), Authorize(P.Appeals.Default)]
    public Task<AppealDto> GetAsync(Guid id, CancellationToken ct) => service.GetAsync(id, ct);

    [HttpPost("{id:guid}/reject"), Authorize(P.Appeals.Review)]
    public Task<AppealDto> RejectAsync(Guid id, RejectAppealDto input, CancellationToken ct) => service.RejectAsync(id, input, ct);

    [HttpPost("{id:guid}/rescore"), Authorize(P.Appeals.Review)]
    public Task<AppealDto> RescoreAsync(Guid id, RescoreAppealDto input, CancellationToken ct) => service.RescoreAsync(id, input, ct);
}

[ApiController, Route("api/app/my/assessment")]
public class MyAssessmentController(IMyAssessmentAppService service) : ControllerBase
{
    [HttpGet, Authorize(P.AssessmentResults.Own)]
    public Task<IReadOnlyList<MyResultSummaryDto>> GetResultsAsync(CancellationToken ct) => service.GetResultsAsync(ct);

    [HttpGet("{cycleId:guid}"), Authorize(P.AssessmentResults.Own)]
    public Task<MyAssessmentResultDto> GetResultAsync(Guid cycleId, CancellationToken ct) => service.GetResultAsync(cycleId, ct);

    [HttpGet("consequences/{year:int}"), Authorize(P.AssessmentResults.Own)]
    public Task<AssessmentConsequencesDto> GetConsequencesAsync(int year, CancellationToken ct) => service.GetConsequencesAsync(year, ct);
}

[ApiController, Route("api/app/my/notification")]
public class MyNotificationController(INotificationAppService service) : ControllerBase
{
    [HttpGet, Authorize(P.Notifications.Default)]
    public Task<PagedResultDto<NotificationDto>> GetListAsync([FromQuery] GetNotificationListDto input, CancellationToken ct) => service.GetMyListAsync(input, ct);

    [HttpPost("{id:guid}/read"), Authorize(P.Notifications.Default)]
    public Task MarkReadAsync(Guid id, CancellationToken ct) => service.MarkReadAsync(id, ct);
}
