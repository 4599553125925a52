namespace GridStaff.EvaluationCycles;

using GridStaff.Appeals;
using GridStaff.Notifications;
using Riok.Mapperly.Abstractions;

/// <summary>Entity → DTO only.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class EvaluationCycleMapper
{
    public static partial EvaluationCycleDto ToDto(this EvaluationCycle cycle);
    private static partial CycleComponentDto ToDto(CycleComponent component);
    public static partial AppealDto ToDto(this Appeal appeal);
    public static partial NotificationDto ToDto(this Notification notification);
}
