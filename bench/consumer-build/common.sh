# Shared by the consumer-build benches (run.sh, edit.sh): synthesized articles, the package packed
# from this tree, and links to the first n articles. Source it after setting WORK, REFERENCE and largest.

mkdir -p "$WORK"
articles="$WORK/articles-$largest"
if [[ ! -d "$articles" || $(find "$articles" -name '*.txt' | wc -l) -ne $largest ]]; then
  rm -rf "$articles"
  echo "Synthesizing $largest articles into $articles"
  dotnet run -c Release --project "$REPO/bench/Corpus.Benchmarks" -- synthesize "$articles" "$largest" >/dev/null
fi

# The package under a version of its own, restored into a packages folder of its own, so neither a
# cached Corpus nor this bench's versions reach the machine's NuGet cache.
export NUGET_PACKAGES="$WORK/packages"
version="0.1.0-bench.$(date +%Y%m%d%H%M%S)"
if [[ $REFERENCE == package ]]; then
  rm -rf "$WORK/feed"
  echo "Packing Corpus $version into $WORK/feed"
  dotnet pack "$REPO/src/Corpus/Corpus.csproj" -c Release -o "$WORK/feed" -p:Version="$version" -v:q -clp:ErrorsOnly >/dev/null
  cat > "$WORK/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="bench-feed" value="$WORK/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
XML
fi

# Articles depend only on (seed, index), so the first n files of the largest set are the n-article corpus.
link_articles() { # target-dir count
  rm -rf "$1/articles"; mkdir -p "$1/articles"
  # sed reads all its input (head would close the pipe early and fail the script under pipefail).
  find "$articles" -name '*.txt' | sort | sed -n "1,${2}p" | xargs -d '\n' ln -t "$1/articles/"
}
