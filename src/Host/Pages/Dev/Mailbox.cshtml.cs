using Cadence.BuildingBlocks.Infrastructure.Email;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Host.Pages.Dev;

/// <summary>Lets a developer click the links Cadence emails; answers 404 outside Development.</summary>
[AllowAnonymous]
public sealed class MailboxModel(MailboxFolder mailbox, IWebHostEnvironment environment) : PageModel
{
    public IReadOnlyList<StoredEmail> Messages { get; private set; } = [];

    public StoredEmail? Selected { get; private set; }

    public IActionResult OnGet(Guid? id)
    {
        if (!environment.IsDevelopment())
        {
            return NotFound();
        }

        Messages = mailbox.List();
        Selected = id is { } chosen ? mailbox.Find(chosen) : null;
        return Page();
    }
}
