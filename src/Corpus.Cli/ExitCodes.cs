namespace Corpus.Cli;

/// <summary>What the command's exit status means (docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>Every file was read; findings, if any, are warnings.</summary>
    public const int Success = 0;

    /// <summary>Every file was read, and at least one diagnostic is an error (the engine failed on an article).</summary>
    public const int ErrorDiagnostics = 1;

    /// <summary>A path could not be read, or the command line was wrong. Everything else was still printed.</summary>
    public const int CannotRead = 2;

    public const int Usage = 2;
}
