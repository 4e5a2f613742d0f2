using Cadence.Accounts.Features.Clients;
using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Infrastructure.Api;
using Cadence.BuildingBlocks.Paging;
using Cadence.BuildingBlocks.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cadence.Accounts.Api;

/// <summary>The clients API: the same use cases and policies as the pages, answering JSON and the API error envelope.</summary>
internal static class ClientsEndpoints
{
    private const string GetClientRoute = "Accounts.Clients.Get";

    public static IEndpointRouteBuilder MapClientsApi(this IEndpointRouteBuilder app)
    {
        var clients = app.MapGroup("/api/v1/clients").WithTags("Clients");
        clients.MapGet("/", ListAsync).RequireAuthorization(Permission.ViewContent);
        clients.MapGet("/{id:guid}", GetAsync).RequireAuthorization(Permission.ViewContent).WithName(GetClientRoute);
        clients.MapPost("/", CreateAsync).RequireAuthorization(Permission.ManageClients);
        clients.MapPatch("/{id:guid}", UpdateAsync).RequireAuthorization(Permission.ManageClients);
        clients.MapPost("/{id:guid}/archive", ArchiveAsync).RequireAuthorization(Permission.ManageClients);
        clients.MapPost("/{id:guid}/restore", RestoreAsync).RequireAuthorization(Permission.ManageClients);
        return app;
    }

    private static async Task<IResult> ListAsync(
        ListClients listClients, int? page, int? pageSize, string? search, string? status, CancellationToken cancellationToken)
    {
        if (!TryParseStatus(status, out var filter))
        {
            return ApiError.From([Error.Validation("status", "Use active, archived or all.")]);
        }

        var list = await listClients.HandleAsync(new ListClientsRequest(search, filter, new PageRequest(page ?? 1, pageSize ?? 25)), cancellationToken);
        var items = list.Items.Select(ClientListItemResponse.From).ToList();
        return TypedResults.Ok(new ClientPageResponse(items, list.Page.Number, list.Page.Size, list.TotalCount, list.PageCount));
    }

    private static async Task<IResult> GetAsync(GetClient getClient, Guid id, CancellationToken cancellationToken) =>
        Respond(await getClient.HandleAsync(id, cancellationToken));

    private static async Task<IResult> CreateAsync(CreateClient createClient, GetClient getClient, ClientBody body, CancellationToken cancellationToken)
    {
        var created = await createClient.HandleAsync(new CreateClientRequest(body.Name, body.TimeZone, body.BrandColor, body.Notes), cancellationToken);
        if (!created.Succeeded)
        {
            return ApiError.From(created.Errors);
        }

        var client = await getClient.HandleAsync(created.Value, cancellationToken);
        return TypedResults.CreatedAtRoute(ClientResponse.From(client.Value), GetClientRoute, new { id = created.Value });
    }

    private static async Task<IResult> UpdateAsync(
        UpdateClient updateClient, GetClient getClient, Guid id, ClientBody body, CancellationToken cancellationToken)
    {
        var updated = await updateClient.HandleAsync(new UpdateClientRequest(id, body.Name, body.TimeZone, body.BrandColor, body.Notes), cancellationToken);
        return updated.Succeeded ? Respond(await getClient.HandleAsync(id, cancellationToken)) : ApiError.From(updated.Errors);
    }

    private static async Task<IResult> ArchiveAsync(ArchiveClient archiveClient, Guid id, CancellationToken cancellationToken) =>
        Respond(await archiveClient.HandleAsync(id, cancellationToken));

    private static async Task<IResult> RestoreAsync(RestoreClient restoreClient, Guid id, CancellationToken cancellationToken) =>
        Respond(await restoreClient.HandleAsync(id, cancellationToken));

    private static IResult Respond(Result<ClientDetails> result) =>
        result.Succeeded ? TypedResults.Ok(ClientResponse.From(result.Value)) : ApiError.From(result.Errors);

    private static bool TryParseStatus(string? status, out ClientStatusFilter filter)
    {
        filter = ClientStatusFilter.Active;
        return string.IsNullOrEmpty(status)
            || (Enum.TryParse(status, ignoreCase: true, out filter) && Enum.IsDefined(filter));
    }
}
