using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components.Web.HtmlRendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BrandPulse.Generator.Rendering;

/// <summary>
/// Renders Razor components to HTML strings with ASP.NET Core's <see cref="HtmlRenderer"/>. One renderer serves a
/// small batch only: a renderer keeps every page it rendered alive until it is disposed.
/// </summary>
public sealed class PageRenderer : IAsyncDisposable
{
    private const int PagesPerRenderer = 64;
    private static readonly IServiceProvider s_services = new ServiceCollection()
        .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
        .BuildServiceProvider();

    private HtmlRenderer _renderer = New();
    private int _rendered;

    public async Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        if (++_rendered % PagesPerRenderer == 0)
        {
            await _renderer.DisposeAsync();
            _renderer = New();
        }

        HtmlRenderer renderer = _renderer;
        string html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            HtmlRootComponent root = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return root.ToHtmlString();
        });
        return "<!DOCTYPE html>\n" + html;
    }

    public ValueTask DisposeAsync() => _renderer.DisposeAsync();

    private static HtmlRenderer New() => new(s_services, NullLoggerFactory.Instance);
}
