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
        services.AddOpenApi();
        services.AddHealthChecks().AddDbContextCheck<GridStaffDbContext>("database");
        return services;
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
