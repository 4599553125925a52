namespace GridStaff.Workers;

/// <summary>The Chinese labels a roster uses for the enums; English enum names are accepted on import too.</summary>
internal static class RosterLabels
{
    public static readonly IReadOnlyDictionary<WorkerKind, string> Kinds = new Dictionary<WorkerKind, string>
    {
        [WorkerKind.FullTimeGridWorker] = "专职网格员", [WorkerKind.OtherCommunityWorker] = "其他社区工作者", [WorkerKind.CommunityLeader] = "社区两委成员",
    };

    public static readonly IReadOnlyDictionary<Education, string> Educations = new Dictionary<Education, string>
    {
        [Education.JuniorHigh] = "初中", [Education.SeniorHigh] = "高中", [Education.JuniorCollege] = "大专",
        [Education.Bachelor] = "本科", [Education.Master] = "硕士", [Education.Doctor] = "博士",
    };

    public static readonly IReadOnlyDictionary<PoliticalStatus, string> PoliticalStatuses = new Dictionary<PoliticalStatus, string>
    {
        [PoliticalStatus.Masses] = "群众", [PoliticalStatus.CommunistYouthLeague] = "共青团员", [PoliticalStatus.ProbationaryPartyMember] = "中共预备党员",
        [PoliticalStatus.PartyMember] = "中共党员", [PoliticalStatus.OtherParty] = "民主党派",
    };

    public static readonly IReadOnlyDictionary<SocialWorkCertificate, string> Certificates = new Dictionary<SocialWorkCertificate, string>
    {
        [SocialWorkCertificate.None] = "无", [SocialWorkCertificate.Junior] = "初级", [SocialWorkCertificate.Intermediate] = "中级", [SocialWorkCertificate.Senior] = "高级",
    };

    public static readonly IReadOnlyDictionary<WorkerStatus, string> Statuses = new Dictionary<WorkerStatus, string>
    {
        [WorkerStatus.Probation] = "试用期", [WorkerStatus.Active] = "在岗", [WorkerStatus.Suspended] = "停职", [WorkerStatus.Exited] = "离职",
    };

    public static readonly IReadOnlyDictionary<Gender, string> Genders = new Dictionary<Gender, string> { [Gender.Male] = "男", [Gender.Female] = "女" };

    /// <summary>Label or English name to the enum value; null when neither matches.</summary>
    public static T? Parse<T>(IReadOnlyDictionary<T, string> labels, string text) where T : struct, Enum
    {
        foreach (var (value, label) in labels)
        {
            if (label == text) return value;
        }
        return Enum.TryParse<T>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
    }
}
