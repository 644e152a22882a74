namespace Corpus.Shared;

/// <summary>
/// The symbols of the data generated code carries, shared by the generator's writer and the runtime's
/// reader (<c>Corpus.Runtime.DataReader</c> describes the format): numbers are written in the 64 symbols of
/// <see cref="Alphabet"/>, <see cref="Escape"/> starts a character that is not printable ASCII, and
/// <see cref="RecordBreak"/> starts each record on a line of its own, so that the generated literal
/// shows one record per line.
/// </summary>
internal static class DataFormat
{
    public const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
    public const char Escape = '~';
    public const char RecordBreak = '\n';
}
