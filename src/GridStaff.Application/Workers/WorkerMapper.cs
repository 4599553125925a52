namespace GridStaff.Workers;

using GridStaff.Posts;
using Riok.Mapperly.Abstractions;

/// <summary>Entity → DTO only. Workers carry only masked personal values, so no DTO can leak a clear one.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class WorkerMapper
{
    [MapperIgnoreTarget(nameof(WorkerDto.RetirementDate))]
    [MapperIgnoreTarget(nameof(WorkerDto.RetirementEndsContract))]
    private static partial WorkerDto Map(Worker worker);

    public static WorkerDto ToDto(this Worker worker, RetirementAges ages) => Map(worker) with
    {
        RetirementDate = worker.RetirementDate(ages),
        RetirementEndsContract = worker.RetirementEndsContract(ages),
    };

    public static partial WorkerListItemDto ToListItemDto(this Worker worker);
    public static partial WorkerEventDto ToDto(this WorkerEvent entry);
    public static partial WorkerContractDto ToDto(this WorkerContract contract);
    public static partial PostDto ToDto(this Post post);

    public static IReadOnlyList<WorkerEventDto> HistoryDto(this Worker worker) =>
        worker.Events.OrderBy(e => e.EffectiveOn).ThenBy(e => e.Sequence).Select(e => e.ToDto()).ToList();

    public static IReadOnlyList<WorkerContractDto> ContractsDto(this Worker worker) =>
        worker.Contracts.OrderBy(c => c.StartOn).Select(c => c.ToDto()).ToList();
}
