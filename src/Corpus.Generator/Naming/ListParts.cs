namespace Corpus.Generator.Naming;

/// <summary>
/// The runtime refuses to load a type with more than 65,535 methods, and a corpus of 20,000 articles
/// names about 280,000 figures. Past <see cref="MembersPerPart"/> named members, a list's members are
/// spread over a chain of base classes (<c>ListParts.Figures0</c>, <c>Figures1</c>…), each well under the limit;
/// member access through the list finds them all, as inherited members.
/// </summary>
internal static class ListParts
{
    public const string ClassName = "ListParts";
    public const int MembersPerPart = 16384;

    /// <summary>How many parts <paramref name="members"/> named members need: a power of two, 1 for none.</summary>
    public static int Count(int members) => PowersOfTwo.Covering(members, MembersPerPart);

    /// <summary>The class an item's named member is declared in: the list itself, or one of its parts.</summary>
    public static string ClassFor(string list, string partPrefix, int parts, int position) =>
        parts <= 1 ? list : ClassName + "." + partPrefix + (position % parts).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
