using OutlineAddin.Apis;
using OutlineAddin.Data;
using OutlineAddin.Hosting;
using OutlineAddin.Http;
using OutlineAddin.Identity;

var builder = WebApplication.CreateBuilder(args);

builder.AddLocalAddinEndpoints();
builder.AddRequestBodyLimits();
builder.Services.AddOutlineJson();
builder.Services.AddProblemResponses();
builder.Services.AddOutlineRateLimits();
builder.Services.AddOutlineDatabase();
builder.AddOutlineIdentity();
builder.Services.AddTaskpaneHosting();
builder.Services.AddOutlineOpenApi();
builder.Services.AddHealthChecks();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseOutlineIdentity();

app.MapOpenApi();
app.UseSwaggerUI(options => options.SwaggerEndpoint("/openapi/v1.json", "OutlineAddin API v1"));
app.MapHealthChecks("/healthz");

app.MapNumberingStyles();
app.MapTemplates();
app.MapOutlines();
app.MapUsers();
app.MapTeams();
app.MapAddinManifest();
app.MapTaskpane();

app.Run();

/// <summary>Visible to WebApplicationFactory in the API tests.</summary>
public partial class Program;
