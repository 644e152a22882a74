using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace Corpus.Package.Tests.Infrastructure;

/// <summary>What one <c>dotnet</c> command did, with everything it wrote.</summary>
public sealed record DotNetRun(string CommandLine, string WorkingDirectory, int ExitCode, bool TimedOut, TimeSpan Elapsed, string Stdout, string Stderr)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;

    /// <summary>The whole run, for an assertion message: a failed build is only useful with its full log.</summary>
    public string Describe() =>
        $"`{CommandLine}` in {WorkingDirectory} " +
        (TimedOut ? $"timed out after {Elapsed.TotalSeconds:F0} s (killed)" : $"exited with {ExitCode} after {Elapsed.TotalSeconds:F1} s") +
        $"{Environment.NewLine}--- stdout ---{Environment.NewLine}{Stdout}" +
        $"{Environment.NewLine}--- stderr ---{Environment.NewLine}{Stderr}";
}

/// <summary>
/// Runs the .NET CLI as a child process the way a user's shell would: no build servers or MSBuild
/// nodes left behind, English output, no telemetry, and none of the MSBuild variables the test host
/// inherits from the <c>dotnet test</c> that started it (they would point the child at this run's
/// MSBuild instead of letting the SDK resolve its own).
/// </summary>
public static class DotNet
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>The dotnet that runs this test, so the child uses the same SDK installation.</summary>
    private static string Executable =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public static DotNetRun Run(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        foreach (var name in start.Environment.Keys.ToList())
        {
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(name);
            }
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["UseSharedCompilation"] = "false";
        foreach (var (name, value) in environment)
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }

        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        var commandLine = "dotnet " + string.Join(" ", arguments);
        var watch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (stdout) stdout.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (stderr) stderr.AppendLine(e.Data); };
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var timedOut = !process.WaitForExit(Timeout);
        if (timedOut)
        {
            try { process.Kill(entireProcessTree: true); }
            catch (InvalidOperationException) { /* it exited meanwhile */ }
        }
        process.WaitForExit(); // drains the redirected streams
        watch.Stop();

        string Text(StringBuilder builder) { lock (builder) return builder.ToString(); }
        return new DotNetRun(commandLine, workingDirectory, timedOut ? -1 : process.ExitCode, timedOut, watch.Elapsed, Text(stdout), Text(stderr));
    }
}
