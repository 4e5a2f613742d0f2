using System.Globalization;
using System.Text.RegularExpressions;

namespace Cadence.Instagram;

public enum ContainerStatusCode
{
    Unknown,
    InProgress,
    Finished,
    Published,
    Error,
    Expired,
}

/// <summary>A container's state. When it is <see cref="ContainerStatusCode.Error"/>, <see cref="ErrorSubcode"/> is taken from the status text.</summary>
public sealed partial record ContainerStatus(string Id, ContainerStatusCode Code, string? Status)
{
    public bool IsFinal => Code is not (ContainerStatusCode.InProgress or ContainerStatusCode.Unknown);

    public int? ErrorSubcode => Code == ContainerStatusCode.Error && Status is not null && Subcode().Match(Status) is { Success: true } match
        ? int.Parse(match.Value, CultureInfo.InvariantCulture)
        : null;

    internal static ContainerStatusCode ParseCode(string? value) => value switch
    {
        "IN_PROGRESS" => ContainerStatusCode.InProgress,
        "FINISHED" => ContainerStatusCode.Finished,
        "PUBLISHED" => ContainerStatusCode.Published,
        "ERROR" => ContainerStatusCode.Error,
        "EXPIRED" => ContainerStatusCode.Expired,
        _ => ContainerStatusCode.Unknown,
    };

    [GeneratedRegex(@"\b22\d{5}\b")]
    private static partial Regex Subcode();
}

/// <summary>The rolling publishing quota: never hard-coded, always read.</summary>
public sealed record PublishingLimit(int QuotaUsage, int? QuotaTotal, TimeSpan? QuotaDuration)
{
    public int? Remaining => QuotaTotal is null ? null : Math.Max(0, QuotaTotal.Value - QuotaUsage);
}
