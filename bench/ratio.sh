#!/usr/bin/env bash
# Page speed as a ratio to a minimal plaintext endpoint measured in the same run (see README, "Page speed").
# Usage: bench/ratio.sh [--db FILE] [--rounds N] [--seconds S] [--connections C] [--pages /a,/b] [--no-publish]
# Publishes the site (Release) to /tmp/kdrama-ratio-publish unless --no-publish, then runs the benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
publish=/tmp/kdrama-ratio-publish
args=()
for arg in "$@"; do
  if [[ "$arg" == "--no-publish" ]]; then skip_publish=1; else args+=("$arg"); fi
done
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }
if [[ -z "${skip_publish:-}" ]]; then
  dotnet publish src/KdramaMoments.Web/KdramaMoments.Web.csproj -c Release -r linux-x64 -o "$publish" --nologo -v quiet
fi
dotnet run -c Release --project bench/KdramaMoments.Benchmarks -- ratio --app "$publish" "${args[@]}"
