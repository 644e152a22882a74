#!/usr/bin/env bash
# What a one-line C# edit costs to rebuild, with the articles in the application or in a library of
# their own (README, "Keep a large corpus in a project of its own"; docs/benchmarks.md):
#   single - one project: the articles (<CorpusArticle>) and Program.cs
#   split  - News/: the articles and nothing else; App/: Program.cs and a ProjectReference to News
# Both use the package packed from this tree (as run.sh does). Each layout is built once, then REPEAT
# times a comment line is appended to Program.cs and `dotnet build` is timed, as a user builds: the
# default command line, so a compiler server and MSBuild nodes may serve the builds warm.
#
# Usage: bench/consumer-build/edit.sh            (SIZE=10000 REPEAT=2 by default)
#        SIZE=20000 REPEAT=3 bench/consumer-build/edit.sh
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export CORPUS_ARTIFACTS=${CORPUS_ARTIFACTS:-/tmp/art-bench}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
WORK=${CORPUS_CONSUMER_WORK:-/tmp/corpus-consumer-build}
SIZE=${SIZE:-10000}
REPEAT=${REPEAT:-2}
REFERENCE=package
largest=$SIZE

source "$REPO/bench/consumer-build/common.sh"

corpus_items() { echo "<CorpusArticle Include=\"articles/*.txt\" /><PackageReference Include=\"Corpus\" Version=\"$version\" />"; }

write_project() { # csproj output-type items
  cat > "$1" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>$2</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <RootNamespace>News</RootNamespace>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>$3</ItemGroup>
</Project>
XML
}

write_program() { # dir
  cat > "$1/Program.cs" <<'CS'
System.Console.WriteLine(News.Articles.All.Count);
CS
}

seconds() { # command...: runs it, prints its wall time
  local start end
  start=$(date +%s.%N)
  "$@" > "$log" 2>&1 || { echo "build failed, see $log" >&2; tail -20 "$log" >&2; exit 1; }
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }'
}

root="$WORK/edit-$SIZE"
rm -rf "$root"
mkdir -p "$root/single" "$root/split/News" "$root/split/App"
cp "$WORK/nuget.config" "$root/"
write_project "$root/single/Single.csproj" Exe "$(corpus_items)"
link_articles "$root/single" "$SIZE"
write_program "$root/single"
write_project "$root/split/News/News.csproj" Library "$(corpus_items)"
link_articles "$root/split/News" "$SIZE"
write_project "$root/split/App/App.csproj" Exe '<ProjectReference Include="../News/News.csproj" />'
write_program "$root/split/App"

echo "Machine: $(nproc) cores, $(dotnet --version) SDK; $SIZE articles, everything named"
printf 'layout\tbuild\twall_s\n'
for layout in single split/App; do
  dir="$root/$layout"
  log="$dir/build.log"
  printf '%s\tfirst\t%s\n' "${layout%/App}" "$(seconds dotnet build "$dir" -c Release)"
  for ((r = 1; r <= REPEAT; r++)); do
    echo "// edit $r" >> "$dir/Program.cs"
    printf '%s\tafter a C# edit\t%s\n' "${layout%/App}" "$(seconds dotnet build "$dir" -c Release)"
  done
done
