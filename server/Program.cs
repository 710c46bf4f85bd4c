using OutlineAddin.Apis;
using OutlineAddin.Data;
using OutlineAddin.Hosting;
using OutlineAddin.Http;
using OutlineAddin.Identity;

if (DatabaseCommands.Requested(args)) { Environment.ExitCode = await DatabaseCommands.RunAsync(args); return; } // backup, restore

var builder = WebApplication.CreateBuilder(args);
builder.AddGracefulShutdown();

builder.AddLocalAddinEndpoints();
builder.AddSecurityHeaders();
builder.AddHostRefusal();
builder.AddRequestBodyLimits();
builder.Services.AddOutlineJson();
builder.Services.AddProblemResponses();
builder.Services.AddOutlineDatabase();
builder.Services.AddOutlineOpenApi();
builder.AddHealth();

builder.AddOutlineIdentity();
builder.AddNumberingStyles();
builder.AddTemplates();
builder.AddOutlines();
builder.AddFields();
builder.AddTeams();
builder.AddTaskpane();
builder.AddAddinManifest();

var app = builder.Build();

app.UseGracefulShutdown(); // request bodies still arriving at SIGTERM are read to the end

app.UseSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseHostRefusal(); // AllowedHosts, refused as a problem
app.UseOutlineIdentity();
app.UseRateLimiter(); // after sign-in: the outline endpoints' limits count signed-in users by user, others by address
app.UseOutlineBodyDataRate();
app.UseTaskpaneCompression();
app.UseStaticFiles(); // wwwroot: the icons the manifest names, and /favicon.ico
app.UseStaticFiles(app.TaskpaneFiles()); // the built taskpane under /taskpane/

app.MapOpenApi();
app.UseSwaggerUI(options => options.SwaggerEndpoint("/openapi/v1.json", "OutlineAddin API v1"));
app.MapHealth();

app.MapNumberingStyles();
app.MapTemplates();
app.MapOutlines();
app.MapFields();
app.MapWordDocuments();
app.MapAuth();
app.MapUsers();
app.MapTeams();
app.MapAddinManifest();
app.MapTaskpane();

await app.RunAsync();

/// <summary>Visible to WebApplicationFactory in the API tests.</summary>
public partial class Program;
