using System;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator.Pipeline;

/// <summary>
/// A per-item step whose items run on every core. Roslyn calls a step's transform for one item after
/// another on one thread, and a step's whole table is made before the next step starts; so one step
/// starts each item's work (<see cref="Work{TSource, TResult}"/>) and the step after it collects the
/// results in order. By the time the second step asks for the first item, the other cores are on the
/// items after it. Which items run is still Roslyn's choice: the first step re-runs only for the items
/// that changed, as a plain <c>Select</c> would, and an edit starts the work of the edited item alone.
/// </summary>
internal static class AllCores
{
    public static IncrementalValuesProvider<TResult> SelectOnAllCores<TSource, TResult>(
        this IncrementalValuesProvider<TSource> source,
        Func<TSource, CancellationToken, TResult> transform,
        string startName,
        string trackingName) =>
        source
            .Select((item, cancellationToken) => Work<TSource, TResult>.Start(item, transform, cancellationToken))
            .WithTrackingName(startName)
            .Select(static (work, cancellationToken) => work.Finish(cancellationToken))
            .WithTrackingName(trackingName);
}
