using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Cadence.Accounts.Areas.Accounts.Pages.Instagram;

/// <summary>Carries the outcome of a consent round trip to the page the person lands on after the redirect.</summary>
internal static class ConnectionMessages
{
    private const string NoticeKey = "cadence.instagram.notice";
    private const string ProblemKey = "cadence.instagram.problem";

    public static void Put(ITempDataDictionary tempData, bool succeeded, string message) =>
        tempData[succeeded ? NoticeKey : ProblemKey] = message;

    public static (string? Notice, string? Problem) Take(ITempDataDictionary tempData) =>
        (tempData[NoticeKey] as string, tempData[ProblemKey] as string);
}
