#!/usr/bin/env bash
# Builds consumer projects of 1,000, 10,000 and 20,000 synthesized articles three ways, and reports
# wall time and peak memory of each build (docs/benchmarks.md, "Consumer build"):
#   corpus    - the articles as <CorpusArticle Include="articles/*.txt" />, with Corpus installed as a
#               user installs it: the package, packed from this tree in Release into $WORK/feed
#               (REFERENCE=source instead imports src/Corpus/build/Corpus.ProjectReference.targets,
#               which builds the generator in the consumer's configuration, Debug)
#   embedded  - the same files as <EmbeddedResource> only, named as Corpus.targets names them: the floor
#   empty     - a project with one class and no articles
#
# Every project is restored, then built once to warm up (its references, the SDK, the disk cache; for
# corpus projects above 1,000 articles only the files are read, and from source the references built,
# since such a warm-up costs as much as the build measured), then built REPEAT times from a clean bin/ and obj/
# (restore output kept), under the same conditions:
#   dotnet build --no-restore -nodeReuse:false --disable-build-servers -p:UseSharedCompilation=false
# so no MSBuild node or compiler server outlives a build or serves it warm, and csc runs as a child
# process of the build that is measured. Each timed build runs under /usr/bin/time -v (wall clock, and
# "Maximum resident set size": the largest single process of the build, which is csc for corpus
# builds) while a sampler adds up the RSS of the build's whole process tree every 0.1 s (the peak of
# MSBuild nodes and csc together).
#
# Usage: bench/consumer-build/run.sh            (SIZES="1000 10000 20000" REPEAT=3 by default)
#        SIZES="20000" REPEAT=1 TIMEOUT=3600 bench/consumer-build/run.sh
#        CORPUS_PROPERTIES='<CorpusNamedFigures>false</CorpusNamedFigures>' bench/consumer-build/run.sh
#          (MSBuild properties added to the corpus projects)
# Each run writes its own $WORK/results-<time>.tsv (WORK defaults to /tmp/corpus-consumer-build).
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export CORPUS_ARTIFACTS=${CORPUS_ARTIFACTS:-/tmp/art-bench}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
WORK=${CORPUS_CONSUMER_WORK:-/tmp/corpus-consumer-build}
SIZES=${SIZES:-"1000 10000 20000"}
REPEAT=${REPEAT:-3}
TIMEOUT=${TIMEOUT:-3600}   # seconds; a build that takes longer is stopped and reported as failed (exit 124)
REFERENCE=${REFERENCE:-package}
CORPUS_PROPERTIES=${CORPUS_PROPERTIES:-}
BUILD_FLAGS=(--no-restore -nodeReuse:false --disable-build-servers -p:UseSharedCompilation=false -v:q -clp:ErrorsOnly)

if [[ ! -x /usr/bin/time ]]; then
  apt-get install -y time >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y time >/dev/null; }
fi

largest=0
for n in $SIZES; do (( n > largest )) && largest=$n; done

source "$REPO/bench/consumer-build/common.sh"

write_project() { # dir kind
  local dir=$1 kind=$2
  mkdir -p "$dir"
  local items="" import="" properties="" program
  case $kind in
    corpus)
      items='<CorpusArticle Include="articles/*.txt" />'
      properties=$CORPUS_PROPERTIES
      if [[ $REFERENCE == package ]]; then
        items="$items <PackageReference Include=\"Corpus\" Version=\"$version\" />"
      else
        import="<Import Project=\"$REPO/src/Corpus/build/Corpus.ProjectReference.targets\" />"
      fi
      program='public static int Count => Articles.All.Count;' ;;
    embedded)
      items='<EmbeddedResource Include="articles/*.txt" LogicalName="Corpus/%(Identity)" WithCulture="false" Type="Non-Resx" />'
      program='public static int Count => typeof(Program).Assembly.GetManifestResourceNames().Length;' ;;
    empty)
      program='public static int Count => 0;' ;;
  esac
  cat > "$dir/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <RootNamespace>Consumer</RootNamespace>
    <Nullable>enable</Nullable>
    $properties
  </PropertyGroup>
  <ItemGroup>
    $items
  </ItemGroup>
  $import
</Project>
XML
  cat > "$dir/Program.cs" <<CS
namespace Consumer
{
    public static class Program
    {
        $program
    }
}
CS
}

# The summed RSS (kB) of a process and all its descendants: MSBuild nodes and csc are children of the build.
tree_rss() { # pid
  ps -eo pid=,ppid=,rss= | awk -v root="$1" '
    { parent[$1] = $2; rss[$1] = $3 }
    END { for (p in parent) { q = p; while (q != "" && q != 0 && q != root) q = parent[q]; if (q == root) t += rss[p] } print t + 0 }'
}

# Prints: wall-seconds max-rss-MB tree-peak-MB exit-code
timed_build() { # dir
  local dir=$1 log="$1/time.txt" samples="$1/rss.txt"
  rm -rf "$dir/bin" "$dir/obj/Debug"
  : > "$samples"
  /usr/bin/time -v -o "$log" timeout "$TIMEOUT" dotnet build "$dir/Consumer.csproj" "${BUILD_FLAGS[@]}" > "$dir/build.log" 2>&1 &
  local pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    tree_rss "$pid" >> "$samples"
    sleep 0.1
  done
  local code=0
  wait "$pid" || code=$?
  local wall rss peak
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$log")
  peak=$(sort -n "$samples" | tail -1 | awk '{printf "%.0f", $1/1024}')
  echo "$wall $rss ${peak:-0} $code"
}

results="$WORK/results-$(date +%Y%m%d-%H%M%S).tsv"
printf 'articles\tproject\trun\twall_s\tmax_rss_mb\ttree_peak_mb\texit\n' > "$results"

measure() { # label articles dir
  local label=$1 n=$2 dir=$3
  dotnet restore "$dir/Consumer.csproj" -v:q >/dev/null
  if [[ $label == corpus && $n -gt 1000 ]]; then
    # A corpus build of this size costs as much as the build measured: warm up what it depends on
    # instead (restore has put the package in place; from source, the runtime and the generator are
    # built as the project reference builds them), and the files.
    if [[ $REFERENCE == source ]]; then
      for ref in src/Corpus/Corpus.csproj src/Corpus.Generator/Corpus.Generator.csproj; do
        dotnet build "$REPO/$ref" "${BUILD_FLAGS[@]}" >> "$dir/warmup.log" 2>&1 || { echo "warm-up build of $ref failed:"; tail -20 "$dir/warmup.log"; }
      done
    fi
    find "$dir/articles" -name "*.txt" -print0 | xargs -0 cat > /dev/null
  else
    dotnet build "$dir/Consumer.csproj" "${BUILD_FLAGS[@]}" > "$dir/warmup.log" 2>&1 || { echo "warm-up build of $dir failed:"; tail -20 "$dir/warmup.log"; }
  fi
  for ((r = 1; r <= REPEAT; r++)); do
    read -r wall rss peak code < <(timed_build "$dir")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$label" "$r" "$wall" "$rss" "$peak" "$code" | tee -a "$results"
    [[ $code -eq 0 ]] || { echo "build failed, see $dir/build.log"; tail -20 "$dir/build.log"; }
  done
}

echo "Corpus: $REFERENCE${CORPUS_PROPERTIES:+, $CORPUS_PROPERTIES}"
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), $(dotnet --version) SDK"
printf 'articles\tproject\trun\twall_s\tmax_rss_mb\ttree_peak_mb\texit\n'
write_project "$WORK/empty" empty
measure empty 0 "$WORK/empty"
for n in $SIZES; do
  for kind in embedded corpus; do
    dir="$WORK/n$n/$kind"
    write_project "$dir" "$kind"
    link_articles "$dir" "$n"
    measure "$kind" "$n" "$dir"
  done
done

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print 0; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
column_of() { # articles project column
  awk -F'\t' -v n="$1" -v p="$2" -v c="$3" 'NR > 1 && $1 == n && $2 == p && $7 == 0 { print $c }' "$results" | median
}

echo
echo "Medians of the successful builds, and the corpus build against the floor (the same files as EmbeddedResource):"
printf '%-9s %-9s %8s %12s %10s %9s\n' articles project wall_s max_rss_MB tree_MB vs_floor
tail -n +2 "$results" | awk -F'\t' '$7 == 0 { print $1 "\t" $2 }' | sort -u -t$'\t' -k1,1n -k2,2 |
while IFS=$'\t' read -r n p; do
  wall=$(column_of "$n" "$p" 4); rss=$(column_of "$n" "$p" 5); tree=$(column_of "$n" "$p" 6); ratio=""
  if [[ $p == corpus ]]; then
    floor=$(column_of "$n" embedded 4)
    ratio=$(awk -v a="$wall" -v b="$floor" 'BEGIN { if (b > 0) printf "%.1fx", a / b }')
  fi
  printf '%-9s %-9s %8s %12s %10s %9s\n' "$n" "$p" "$wall" "$rss" "$tree" "$ratio"
done
echo "Raw results: $results"
