using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components.Web.HtmlRendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BrandPulse.Generator.Rendering;

/// <summary>
/// Renders Razor components to HTML with ASP.NET Core's <see cref="HtmlRenderer"/>. One renderer serves a
/// small batch only: a renderer keeps every page it rendered alive until it is disposed. Not thread-safe: one per worker.
/// </summary>
public sealed class PageRenderer : IAsyncDisposable
{
    private const int PagesPerRenderer = 8;
    private const string Doctype = "<!DOCTYPE html>\n";
    private static readonly IServiceProvider s_services = new ServiceCollection()
        .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
        .BuildServiceProvider();

    private readonly PageWriter _writer = new();
    private HtmlRenderer _renderer = New();
    private int _rendered;

    /// <summary>A page as text, with its doctype.</summary>
    public async Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        await RenderToWriterAsync<TComponent>(parameters);
        return _writer.ToString();
    }

    /// <summary>A page as the UTF-8 bytes of its file, with its doctype: no intermediate string.</summary>
    public async Task<byte[]> RenderUtf8Async<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        await RenderToWriterAsync<TComponent>(parameters);
        return _writer.ToUtf8();
    }

    public ValueTask DisposeAsync() => _renderer.DisposeAsync();

    private async Task RenderToWriterAsync<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        if (++_rendered % PagesPerRenderer == 0)
        {
            await _renderer.DisposeAsync();
            _renderer = New();
        }

        HtmlRenderer renderer = _renderer;
        PageWriter writer = _writer;
        writer.Reset();
        writer.Write(Doctype);
        await renderer.Dispatcher.InvokeAsync(async () =>
        {
            HtmlRootComponent root = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            root.WriteHtmlTo(writer);
        });
        writer.ToDirectoryUrls();
    }

    private static HtmlRenderer New() => new(s_services, NullLoggerFactory.Instance);

    /// <summary>A text writer into one reused buffer, turned into a file's bytes at the end of each page.</summary>
    private sealed class PageWriter : TextWriter
    {
        private char[] _buffer = new char[1 << 16];
        private int _length;

        public override Encoding Encoding => Encoding.UTF8;

        public void Reset() => _length = 0;

        /// <summary>Internal links as directory URLs (<see cref="DirectoryUrls"/>).</summary>
        public void ToDirectoryUrls() => _length = DirectoryUrls.Rewrite(_buffer.AsSpan(0, _length));

        public byte[] ToUtf8()
        {
            ReadOnlySpan<char> text = _buffer.AsSpan(0, _length);
            byte[] bytes = new byte[Encoding.UTF8.GetByteCount(text)];
            Encoding.UTF8.GetBytes(text, bytes);
            return bytes;
        }

        public override string ToString() => new(_buffer, 0, _length);

        public override void Write(char value)
        {
            if (_length == _buffer.Length)
            {
                Grow(1);
            }

            _buffer[_length++] = value;
        }

        public override void Write(string? value) => Write(value.AsSpan());

        public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

        public override void Write(ReadOnlySpan<char> buffer)
        {
            if (_buffer.Length - _length < buffer.Length)
            {
                Grow(buffer.Length);
            }

            buffer.CopyTo(_buffer.AsSpan(_length));
            _length += buffer.Length;
        }

        private void Grow(int more) =>
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + more));
    }
}
