#!/usr/bin/env bash
# Lighthouse (npm, pinned in package.json) against a Production Release build of the site, with
# Debian's Chromium, mobile and desktop, on the home page, a drama and a moment. Prints a table of
# the four category scores; the JSON reports stay in $OUT.
#   tools/lighthouse/run.sh [PUBLISH_DIR]
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PUBLISH="${1:-$(mktemp -d)/publish}"
OUT="${OUT:-$(mktemp -d)}"
mkdir -p "$OUT"
PORT="${PORT:-$((20000 + RANDOM % 10000))}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

[ -x "$HERE/node_modules/.bin/lighthouse" ] || npm ci --prefix "$HERE" --no-audit --no-fund
[ -f "$PUBLISH/KdramaMoments.Web.dll" ] || dotnet publish "$ROOT/src/KdramaMoments.Web/KdramaMoments.Web.csproj" -c Release -o "$PUBLISH"

# A fresh database seeded from seeds/, on 127.0.0.1 only.
DATA="$(mktemp -d)"
(cd "$PUBLISH" && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$PORT" \
  ConnectionStrings__Default="Data Source=$DATA/kdrama.db" Seeds__Path="$ROOT/seeds" \
  exec dotnet KdramaMoments.Web.dll > "$OUT/site.log" 2>&1) &
SITE=$!
trap 'kill $SITE 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 1; done

PAGES=("/" "/dramas/crash-landing-on-you" "/moments/mi-so-and-young-joon-the-rescue")
printf '%-8s %-44s %5s %5s %5s %5s\n' form page perf a11y best seo
for form in mobile desktop; do
  preset=(); [ "$form" = desktop ] && preset=(--preset=desktop)
  for path in "${PAGES[@]}"; do
    name="$form$(echo "$path" | tr '/' '-')"
    # One warm-up request so the first run does not measure the output cache filling.
    curl -fs "http://127.0.0.1:$PORT$path" >/dev/null
    "$HERE/node_modules/.bin/lighthouse" "http://127.0.0.1:$PORT$path" "${preset[@]}" --quiet \
      --chrome-flags="--headless --no-sandbox" --output=json --output-path="$OUT/$name.json" \
      --only-categories=performance,accessibility,best-practices,seo
    node -e '
      const r = require(process.argv[1]); const c = r.categories;
      const s = k => Math.round(c[k].score * 100);
      console.log([process.argv[2].padEnd(8), process.argv[3].padEnd(44), ...["performance","accessibility","best-practices","seo"].map(k => String(s(k)).padStart(5))].join(" "));
    ' "$OUT/$name.json" "$form" "$path"
  done
done
echo "reports: $OUT"
