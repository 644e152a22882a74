using System;
using System.Collections.Generic;
using System.Threading;

namespace Corpus;

/// <summary>
/// Someone who speaks in the corpus: a person, an organisation or an anonymous source, one object
/// for every article they appear in, with every form the articles use for them.
/// </summary>
public sealed class Person
{
    private readonly Func<IReadOnlyList<Quote>> _quotes;
    private IReadOnlyList<Quote>? _materialized;

    internal Person(string name, PersonKind kind, IReadOnlyList<string> aliases, IReadOnlyList<string> roles, Func<IReadOnlyList<Quote>> quotes)
    {
        Name = name;
        Kind = kind;
        Aliases = aliases;
        Roles = roles;
        _quotes = quotes;
    }

    /// <summary>The fullest form the corpus uses: "Roza Otunbayeva".</summary>
    public string Name { get; }

    public PersonKind Kind { get; }

    /// <summary>Every form used for them: "Rosa Otunbayeva", "Ms. Otunbayeva", "Otunbayeva"…</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Roles the articles give them: "interim leader", "Kremlin spokesperson".</summary>
    public IReadOnlyList<string> Roles { get; }

    /// <summary>Everything they said, across the corpus.</summary>
    public IReadOnlyList<Quote> Quotes => LazyInitializer.EnsureInitialized(ref _materialized, _quotes)!;

    public override string ToString() => Name;
}
