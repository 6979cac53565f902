using OicGraph.Api.Composition;
using OicGraph.Api.Endpoints;
using OicGraph.Api.Errors;
using OicGraph.Api.OpenApi;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddOicGraphApi();
builder.Services.AddOicGraphJson();
builder.Services.AddOicGraphAccess(builder.Configuration);
builder.Services.AddGraphBackend(builder.Configuration);
builder.Services.AddOicGraphSwagger();
builder.Services.WithoutBackgroundWorkWhenGeneratingTheDocument();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseMiddleware<RequestHeadLimitMiddleware>();
app.UseCors();
app.UseOicGraphExplorer();
app.UseRateLimiter();
app.UseMiddleware<RequestSizeLimitMiddleware>();
app.UseMiddleware<ETagMiddleware>();
app.UseOicGraphSwagger();

app.MapEntities();
app.MapRelationships();
app.MapDocuments();
app.MapDocumentWrites();
app.MapDocumentBatch();
app.MapAnnotatedDocuments();
app.MapStats();
app.MapPaths();
app.MapGraphExport();
app.MapTimeline();
app.MapSearch();
app.MapMemberStates();
app.MapExtraction();
app.MapCypher();
app.MapHealth();

app.Run();
