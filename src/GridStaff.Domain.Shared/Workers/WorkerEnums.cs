namespace GridStaff.Workers;

public enum Gender { Male = 1, Female = 2 }

/// <summary>Corps member kinds (DOMAIN.md §2).</summary>
public enum WorkerKind { FullTimeGridWorker = 1, OtherCommunityWorker = 2, CommunityLeader = 3 }

public enum Education { JuniorHigh = 1, SeniorHigh = 2, JuniorCollege = 3, Bachelor = 4, Master = 5, Doctor = 6 }

public enum PoliticalStatus { Masses = 1, CommunistYouthLeague = 2, ProbationaryPartyMember = 3, PartyMember = 4, OtherParty = 5 }

/// <summary>社工证 level; the highest one held.</summary>
public enum SocialWorkCertificate { None = 0, Junior = 1, Intermediate = 2, Senior = 3 }

public enum WorkerStatus { Probation = 1, Active = 2, Suspended = 3, Exited = 4 }

/// <summary>What one history entry records. The current state is the replay of these.</summary>
public enum WorkerEventKind
{
    Hire = 1,
    ProbationPassed = 2,
    Transfer = 3,
    PostChange = 4,
    GradeChange = 5,
    ContractSigned = 6,
    ContractRenewed = 7,
    Suspension = 8,
    Reinstatement = 9,
    Exit = 10,
}

public enum ExitReason { Resignation = 1, ContractEnd = 2, Dismissal = 3, Retirement = 4, Assessment = 5 }

public enum ContractKind { FixedTerm = 1, OpenEnded = 2 }

/// <summary>Part-time grid forces: the residents' side of "grid management meets self-governance".</summary>
public enum PartTimeForceRole
{
    BuildingLeader = 1,
    ResidentGroupLeader = 2,
    Volunteer = 3,
    PropertySteward = 4,
    PartyMember = 5,
    GridInstructor = 6,
}
