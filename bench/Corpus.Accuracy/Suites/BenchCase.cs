using System.Collections.Generic;

namespace Corpus.Accuracy.Suites;

/// <summary>One published case: an input sentence and the results the suite expects.</summary>
internal sealed record BenchCase(string Input, bool NotSupported, IReadOnlyList<ExpectedResult> Expected);

/// <summary>
/// One expected result. <see cref="Value"/> is null for a mention without a number ("dollar").
/// <see cref="Interval"/> is set for ranges; <see cref="Currency"/> is an ISO code when the suite gives one.
/// </summary>
internal sealed record ExpectedResult(string Text, decimal? Value, Matching.Interval? Interval = null, string? Currency = null);
