namespace GridStaff.AssessmentTemplates;

using Riok.Mapperly.Abstractions;

/// <summary>Entity → DTO only.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class AssessmentMapper
{
    public static partial AssessmentTemplateDto ToDto(this AssessmentTemplate template);
}
