namespace ResourceService.Domain.Common;

/// <summary>The identity of a caller as its token names it, the same for every module that records who acted.</summary>
public static class Subjects
{
    /// <summary>OpenID Connect Core 1.0, section 2: a <c>sub</c> claim must not exceed 255 ASCII characters.</summary>
    public const int MaxLength = 255;
}
