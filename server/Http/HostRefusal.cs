using Microsoft.AspNetCore.HostFiltering;

namespace OutlineAddin.Http;

/// <summary>
/// Host filtering (<c>AllowedHosts</c>) as one of the app's own middlewares, after the security headers and the status
/// code pages, so that a foreign Host header gets a problem+json 400 with a Chinese detail and the usual headers. The web
/// host's defaults add the same middleware as a startup filter, ahead of everything, answering a text/html
/// "Bad Request - Invalid Hostname": that one is taken out.
/// </summary>
public static class HostRefusal
{
    public const string Title = "主机名无效";

    private static readonly object CheckingKey = new();

    public static WebApplicationBuilder AddHostRefusal(this WebApplicationBuilder builder)
    {
        // Found by name: the type is internal. Should a later ASP.NET Core rename it, the server still starts with the
        // web host's own filter in front (a text/html 400), and the foreign-host test in SecurityHeadersTests says so.
        var defaultFilter = builder.Services.FirstOrDefault(service => service.ServiceType == typeof(IStartupFilter)
            && service.ImplementationType?.Name == "HostFilteringStartupFilter");
        if (defaultFilter is not null) builder.Services.Remove(defaultFilter);
        // The body is written by the status code pages, as a problem.
        builder.Services.Configure<HostFilteringOptions>(options => options.IncludeFailureMessage = false);
        return builder;
    }

    /// <summary>After UseStatusCodePages. A request the filter refuses never leaves it, so it is still marked as being checked.</summary>
    public static WebApplication UseHostRefusal(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            context.Items[CheckingKey] = true;
            return next(context);
        });
        app.UseHostFiltering();
        app.Use((context, next) =>
        {
            context.Items.Remove(CheckingKey);
            return next(context);
        });
        return app;
    }

    /// <summary>Whether this answer is the host filter's refusal.</summary>
    public static bool Refused(HttpContext context) => context.Items.ContainsKey(CheckingKey);

    public static string Detail(HttpContext context) =>
        $"本服务器不以主机名 {context.Request.Host.Value} 提供服务（见服务器配置 AllowedHosts）：请用服务器配置的地址访问。";
}
