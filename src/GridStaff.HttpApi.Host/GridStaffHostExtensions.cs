namespace GridStaff;

using System.Text.Json.Serialization;
using GridStaff.EntityFrameworkCore;
using GridStaff.ExceptionHandling;
using GridStaff.Identity;
using GridStaff.Permissions;
using GridStaff.Users;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.FileProviders;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.OpenApi;

public static class GridStaffHostExtensions
{
    /// <summary>The policy scheme: a bearer token when the request carries one, else the cookie.</summary>
    public const string DefaultScheme = "GridStaff";

    public static IServiceCollection AddGridStaffAuth(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpContextCurrentUser>();

        services.AddAuthentication(DefaultScheme)
            .AddPolicyScheme(DefaultScheme, DefaultScheme, o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(8))
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "GridStaff.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            // Secure whenever the request is HTTPS (production sits behind TLS); the demo runs on http://localhost.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // An API answers 401/403, it does not redirect to a login page.
            o.Events.OnRedirectToLogin = c => { c.Response.StatusCode = StatusCodes.Status401Unauthorized; return Task.CompletedTask; };
            o.Events.OnRedirectToAccessDenied = c => { c.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
        });

        new IdentityBuilder(typeof(AppUser), typeof(AppRole), services)
            .AddSignInManager()
            .AddClaimsPrincipalFactory<GridStaffClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();

        services.AddAuthorization(o =>
        {
            foreach (var permission in GridStaffPermissions.All)
            {
                o.AddPolicy(permission, p => p.RequireAuthenticatedUser().RequireClaim(GridStaffClaimTypes.Permission, permission));
            }
        });

        // Keys in the database: every Host of a city reads the same cookies and tokens.
        services.AddDataProtection().SetApplicationName("GridStaff").PersistKeysToDbContext<GridStaffDbContext>();
        return services;
    }

    public static IServiceCollection AddGridStaffWeb(this IServiceCollection services)
    {
        services.AddControllers(o => o.ModelMetadataDetailsProviders.Add(new SystemTextJsonValidationMetadataProvider()))
            .AddApplicationPart(typeof(Organizations.GridController).Assembly)
            .AddJsonOptions(o => o.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddProblemDetails();
        services.AddExceptionHandler<GridStaffExceptionHandler>();
        // The OpenAPI document is built from the minimal-API JSON options: say there what MVC does
        // (enums as strings; numbers as numbers), so the generated Angular client gets the real types.
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        services.AddOpenApi(o => o.AddOperationTransformer((operation, context, _) =>
        {
            // Stable names for the generated client ("GridUpdate" → gridUpdate()).
            if (context.Description.ActionDescriptor is ControllerActionDescriptor action)
            {
                operation.OperationId ??= action.ControllerName + action.ActionName;
            }
            // Clients speak JSON; its alternative media types would double every generated function.
            KeepJsonOnly(operation.RequestBody?.Content);
            foreach (var response in operation.Responses?.Values ?? Enumerable.Empty<IOpenApiResponse>())
            {
                KeepJsonOnly(response.Content);
            }
            return Task.CompletedTask;
        }));
        services.AddHealthChecks().AddDbContextCheck<GridStaffDbContext>("database");
        return services;
    }

    /// <summary>
    /// The built Angular app: "Spa:RootPath" (default the Angular CLI's output beside the sources),
    /// relative to the content root. Null when it has not been built, so an API-only Host still starts.
    /// index.html is never cached (it names the hashed bundles); the bundles are cached for a year.
    /// </summary>
    public static StaticFileOptions? SpaFiles(IConfiguration configuration, string contentRoot)
    {
        var root = Path.GetFullPath(Path.Combine(contentRoot, configuration["Spa:RootPath"] ?? DefaultSpaRootPath));
        if (!File.Exists(Path.Combine(root, "index.html"))) return null;
        return new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(root),
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl =
                context.File.Name == "index.html" ? "no-cache" : "public, max-age=31536000, immutable",
        };
    }

    public const string DefaultSpaRootPath = "../../angular/dist/gridstaff/browser";

    /// <summary>Drops the aliases of JSON (and text/plain) when JSON is offered; multipart uploads and files stay.</summary>
    private static void KeepJsonOnly(IDictionary<string, OpenApiMediaType>? content)
    {
        if (content is null || !content.ContainsKey("application/json")) return;
        foreach (var type in new[] { "text/json", "application/*+json", "text/plain" })
        {
            content.Remove(type);
        }
    }

    /// <summary>A relative SQLite path is under the content root, so the run command works from any folder.</summary>
    public static string ResolveSqlitePath(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
        }
        return builder.ToString();
    }
}
