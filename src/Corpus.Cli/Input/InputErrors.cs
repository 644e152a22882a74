using System;
using System.IO;

namespace Corpus.Cli.Input;

/// <summary>
/// Paths that could not be read. Each is told on stderr as it happens, and the run goes on: one bad
/// file should not hide what the others say.
/// </summary>
internal sealed class InputErrors
{
    private readonly TextWriter _stderr;

    public InputErrors(TextWriter stderr) => _stderr = stderr;

    public bool Any { get; private set; }

    public void CannotRead(string path, Exception exception) => CannotRead(path, Reason(exception));

    public void CannotRead(string path, string reason)
    {
        Any = true;
        _stderr.WriteLine($"corpus: cannot read '{path}': {reason}");
    }

    // The framework's messages repeat the full path the user just read; say only what went wrong.
    private static string Reason(Exception exception) => exception switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file or directory",
        UnauthorizedAccessException => "permission denied",
        _ => exception.Message,
    };
}
