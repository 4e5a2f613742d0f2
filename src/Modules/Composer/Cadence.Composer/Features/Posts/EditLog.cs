namespace Cadence.Composer.Features.Posts;

/// <summary>What an edit changed, in words for the history, and what was wrong with its input, by field.</summary>
internal sealed class EditLog
{
    public List<string> Changes { get; } = [];

    public Dictionary<string, List<string>> Problems { get; } = [];

    /// <summary>Sets a text field when it changed and fits; an empty value is stored as null.</summary>
    public void Text(string? value, int max, string field, string what, string? current, Action<string?> set)
    {
        var text = string.IsNullOrEmpty(value) ? null : value.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (text is not null && text.Length > max)
        {
            Problem(field, $"This is {text.Length:N0} characters; a draft keeps at most {max:N0}.");
            return;
        }

        if ((text ?? string.Empty) != (current ?? string.Empty))
        {
            set(text);
            Changed(what);
        }
    }

    public void Problem(string field, string message)
    {
        if (!Problems.TryGetValue(field, out var messages))
        {
            Problems[field] = messages = [];
        }

        messages.Add(message);
    }

    public void Changed(string what)
    {
        if (!Changes.Contains(what))
        {
            Changes.Add(what);
        }
    }
}
