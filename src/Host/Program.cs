using Cadence.Accounts;
using Cadence.Analytics;
using Cadence.Billing;
using Cadence.BuildingBlocks.Infrastructure;
using Cadence.BuildingBlocks.Infrastructure.Email;
using Cadence.Composer;
using Cadence.Engagement;
using Cadence.Host.Infrastructure;
using Cadence.Instagram;
using Cadence.Scheduler;

var builder = WebApplication.CreateBuilder(args);
var configuration = builder.Configuration;

builder.Services.AddCadenceBuildingBlocks(configuration, builder.Environment.ContentRootPath);
builder.Services.AddCadenceEmail(configuration, builder.Environment.ContentRootPath);
builder.Services.AddInstagramPlatform(configuration);
builder.Services.AddAccountsModule(configuration);
builder.Services.AddComposerModule(configuration);
builder.Services.AddSchedulerModule(configuration);
builder.Services.AddEngagementModule(configuration);
builder.Services.AddAnalyticsModule(configuration);
builder.Services.AddBillingModule(configuration);
builder.Services.AddCadenceJobs(configuration);
builder.Services.AddCadenceWeb();
builder.Services.AddDevelopmentInstagramSandbox(builder.Environment, configuration);

var app = builder.Build();

await app.PrepareDatabaseAsync();
app.UseCadenceWeb();
app.MapCadenceEndpoints();
app.MapDevelopmentInstagramSandbox();
app.MapAccountsModule();
app.MapComposerModule();
app.MapSchedulerModule();
app.MapEngagementModule();
app.MapAnalyticsModule();
app.MapBillingModule();

await app.RunAsync();

public partial class Program;
