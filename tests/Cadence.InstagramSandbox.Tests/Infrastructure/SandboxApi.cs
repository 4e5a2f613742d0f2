using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Cadence.InstagramSandbox.Tests.Infrastructure;

public sealed record GraphResponse(HttpStatusCode Status, JsonNode Body, HttpResponseHeaders Headers)
{
    public int? Code => Body["error"]?["code"]?.GetValue<int>();
    public int? Subcode => Body["error"]?["error_subcode"]?.GetValue<int>();
    public string? Id => Body["id"]?.GetValue<string>();

    public GraphResponse ShouldSucceed()
    {
        Assert.True(Status == HttpStatusCode.OK || Status == HttpStatusCode.Created, $"{(int)Status}: {Body.ToJsonString()}");
        return this;
    }

    public void ShouldFail(int code, int? subcode)
    {
        Assert.True(Status >= HttpStatusCode.BadRequest, Body.ToJsonString());
        Assert.Equal("OAuthException", Body["error"]?["type"]?.GetValue<string>());
        Assert.Equal(code, Code);
        Assert.Equal(subcode, Subcode);
    }
}

public sealed record TestAccount(string Token, string IgId, string AppScopedId, string Username);

/// <summary>Raw HTTP calls against the sandbox, as Instagram's clients make them.</summary>
public sealed class SandboxApi(HttpClient http)
{
    public HttpClient Http => http;

    public async Task<TestAccount> CreateAccountAsync(string prefix = "acct", int followers = 1000, string type = "BUSINESS")
    {
        var username = prefix + Guid.NewGuid().ToString("N")[..8];
        var created = await AdminAsync(HttpMethod.Post, "accounts", new JsonObject
        {
            ["username"] = username, ["account_type"] = type, ["followers_count"] = followers,
        });
        Assert.Equal(HttpStatusCode.Created, created.Status);
        return new TestAccount(created.Body["access_token"]!.GetValue<string>(), created.Body["user_id"]!.GetValue<string>(),
            created.Body["id"]!.GetValue<string>(), username);
    }

    public async Task<GraphResponse> GetAsync(string pathAndQuery, string? token)
    {
        var separator = pathAndQuery.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        var url = token is null ? pathAndQuery : $"{pathAndQuery}{separator}access_token={Uri.EscapeDataString(token)}";
        return await ReadAsync(await http.GetAsync(new Uri(url, UriKind.Relative)));
    }

    public async Task<GraphResponse> PostFormAsync(string path, string? token, IDictionary<string, string> fields)
    {
        var all = new Dictionary<string, string>(fields);
        if (token is not null)
        {
            all["access_token"] = token;
        }
        using var content = new FormUrlEncodedContent(all);
        return await ReadAsync(await http.PostAsync(new Uri(path, UriKind.Relative), content));
    }

    public async Task<GraphResponse> PostJsonAsync(string path, string? token, JsonObject body, HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return await ReadAsync(await http.SendAsync(request));
    }

    public async Task<GraphResponse> DeleteAsync(string path, string token) =>
        await ReadAsync(await http.DeleteAsync(new Uri($"{path}?access_token={Uri.EscapeDataString(token)}", UriKind.Relative)));

    public async Task<GraphResponse> AdminAsync(HttpMethod method, string path, JsonObject? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri("_admin/" + path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }
        return await ReadAsync(await http.SendAsync(request));
    }

    public Task AdvanceAsync(TimeSpan by) =>
        AdminAsync(HttpMethod.Post, "clock/advance", new JsonObject { ["seconds"] = by.TotalSeconds });

    private static async Task<GraphResponse> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            JsonNode body = string.IsNullOrWhiteSpace(text) ? new JsonObject() : JsonNode.Parse(text) ?? new JsonObject();
            return new GraphResponse(response.StatusCode, body, response.Headers);
        }
    }
}
