using OicGraph.Api.Composition;
using OicGraph.Api.Endpoints;
using OicGraph.Api.Errors;
using OicGraph.Api.OpenApi;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddOicGraphApi();
builder.Services.AddOicGraphJson();
builder.Services.AddGraphBackend(builder.Configuration);
builder.Services.AddOicGraphSwagger();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseMiddleware<RequestSizeLimitMiddleware>();
app.UseOicGraphSwagger();

app.MapEntities();
app.MapRelationships();
app.MapDocuments();
app.MapStats();
app.MapExtraction();
app.MapHealth();
app.MapGet("/", () => TypedResults.Redirect("/swagger")).ExcludeFromDescription();

app.Run();
