using System;
using System.Diagnostics;
using System.IO;
using Corpus.Testing;

namespace Corpus.Cli.Tests;

public sealed class SummaryTests
{
    private const char Escape = '\u001b';

    [Fact]
    public void Summary_lists_every_article_by_id_in_plain_text()
    {
        var run = CliRun.Of("extract", RepoPaths.Seeds);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.Contains("000_dcf93b46243cb9cc", run.Stdout);
        Assert.Contains("003_65d72a984a2ce250", run.Stdout);
        Assert.Contains("2 articles, 0 diagnostics", run.Stdout);
        Assert.DoesNotContain(Escape, run.Stdout);
    }

    [Fact]
    public void Summary_lists_diagnostics_where_an_editor_would_look()
    {
        using var folder = new TempFolder();
        folder.Write("empty.txt", Array.Empty<byte>());
        folder.Write("fine.txt", "A fine article.");

        var run = CliRun.In(folder.Path, "extract", ".");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("fine", run.Stdout);
        Assert.Contains("CORPUS002", run.Stdout);
        Assert.Contains("empty.txt:1:1", run.Stdout);
    }

    [Fact]
    public async System.Threading.Tasks.Task Redirected_output_of_the_real_command_has_no_escape_codes()
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "corpus.dll"));
        start.ArgumentList.Add("extract");
        start.ArgumentList.Add(RepoPaths.Seeds);
        // A terminal type that would invite colour, were the output a terminal.
        start.Environment["TERM"] = "xterm-256color";
        start.Environment.Remove("NO_COLOR");

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal("", await stderr);
        Assert.Equal(0, process.ExitCode);
        Assert.Contains("000_dcf93b46243cb9cc", stdout);
        Assert.DoesNotContain(Escape, stdout);
    }
}
