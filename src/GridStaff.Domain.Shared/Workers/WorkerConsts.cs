namespace GridStaff.Workers;

/// <summary>Field limits shared by the entities, the DTO validation and the database columns.</summary>
public static class WorkerConsts
{
    public const int MaxNameLength = 32;
    public const int IdNumberLength = 18;
    public const int MaxPhoneLength = 20;
    public const int MaxNoteLength = 256;
    public const int MaxPostCodeLength = 32;
    public const int MaxPostNameLength = 32;
    public const int MinGrade = 1;
    public const int MaxGrade = 60;
    public const int MaxPriorYears = 50;
    public const int MaxGridsPerWorker = 10;

    /// <summary>Cipher text of a personal value (base64 of nonce, tag and AES-GCM cipher text).</summary>
    public const int MaxCipherLength = 128;
    public const int HashLength = 44;
    public const int MaxMaskedLength = 24;

    public const int MaxImportRows = 20_000;
}

/// <summary>Business error codes of the workforce register.</summary>
public static class WorkerErrorCodes
{
    public const string InvalidIdNumber = "GridStaff:Worker:InvalidIdNumber";
    public const string IdNumberMismatch = "GridStaff:Worker:IdNumberMismatch";
    public const string InvalidPhone = "GridStaff:Worker:InvalidPhone";
    public const string DuplicateIdNumber = "GridStaff:Worker:DuplicateIdNumber";
    public const string GradeOutsidePostBand = "GridStaff:Worker:GradeOutsidePostBand";
    public const string InvalidGradeBand = "GridStaff:Post:InvalidGradeBand";
    public const string HistoryContradiction = "GridStaff:Worker:HistoryContradiction";
    public const string BeforeHire = "GridStaff:Worker:BeforeHire";
    public const string IllegalTransition = "GridStaff:Worker:IllegalTransition";
    public const string TransferOutsideStreet = "GridStaff:Worker:TransferOutsideStreet";
    public const string GridNotInCommunity = "GridStaff:Worker:GridNotInCommunity";
    public const string GridFull = "GridStaff:Worker:GridFull";
    public const string ProbationTooLong = "GridStaff:Contract:ProbationTooLong";
    public const string InvalidContractTerm = "GridStaff:Contract:InvalidTerm";
    public const string ContractOverlap = "GridStaff:Contract:Overlap";
    public const string PostNotFound = "GridStaff:Worker:PostNotFound";
    public const string ImportInvalid = "GridStaff:Worker:ImportInvalid";
}
