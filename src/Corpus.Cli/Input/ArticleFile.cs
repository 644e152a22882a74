namespace Corpus.Cli.Input;

/// <summary>
/// One file to read. <see cref="Id"/> is its path relative to the folder argument it came from,
/// without extension, '/'-separated; <see cref="DisplayPath"/> is how the user would write its path.
/// </summary>
internal sealed record ArticleFile(string FullPath, string Id, string DisplayPath);
