using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Host.Pages;

[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = "Page not found";

    public string Explanation { get; private set; } = "There is nothing at this address, or it belongs to another agency.";

    public void OnGet(int code = 404) => Describe(code);

    public void OnPost(int code = 404) => Describe(code);

    private void Describe(int code)
    {
        (Title, Explanation) = code switch
        {
            403 => ("Not allowed", "Your role in this agency does not allow this. Ask an Owner or Admin if you need it."),
            400 => ("Request refused", "The request could not be accepted. Reload the page and try again."),
            _ => (Title, Explanation),
        };
    }
}
