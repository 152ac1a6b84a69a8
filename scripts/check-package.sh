#!/usr/bin/env bash
# The package as adopters get it: `npm pack` (its prepack builds), then publint and
# @arethetypeswrong/cli on the tarball, then strict TypeScript, React, Vue and Svelte consumers
# (test/consumers/) compiled against the unpacked tarball under moduleResolution node16 and
# bundler with skipLibCheck false. One line per check.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

work=node_modules/.cache/futan-consumers
rm -rf "$work" && mkdir -p "$work"
# `--built`: the build already ran (CI's build step), so pack without prepack's second build.
pack_flags=(--silent --pack-destination "$work")
[ "${1:-}" = --built ] && pack_flags+=(--ignore-scripts)
tarball="$work/$(npm pack "${pack_flags[@]}" | tail -1)"
echo "package: $(basename "$tarball"), $(tar -tzf "$tarball" | wc -l) files, $(($(stat -c %s "$tarball") / 1024)) KiB"

npx --no-install publint run "$tarball" --strict >"$work/publint.log" 2>&1 || { cat "$work/publint.log"; exit 1; }
echo "publint: $(tail -1 "$work/publint.log")"

# ESM only (no require condition), so the profile that does not ask for CommonJS resolution.
npx --no-install attw "$tarball" --profile esm-only --format table-flipped >"$work/attw.log" 2>&1 || { cat "$work/attw.log"; exit 1; }
echo "attw (esm-only profile: node16 from ESM and bundler): no problems in $(grep -oE '"futan[^"]*"' "$work/attw.log" | sort -u | wc -l) entry points"

# The embed keeps the licence notices of lit and decimal.js, with their texts in a file beside it.
node scripts/check-notices.mjs "$tarball"

# Every module custom-elements.json names is a file in the tarball.
node -e '
  const { execFileSync } = require("node:child_process");
  const files = new Set(execFileSync("tar", ["-tzf", process.argv[1]], { encoding: "utf8" }).split("\n").map((f) => f.replace(/^package\//, "")));
  const manifest = JSON.parse(execFileSync("tar", ["-xzOf", process.argv[1], "package/custom-elements.json"], { encoding: "utf8" }));
  const missing = manifest.modules.map((m) => m.path).filter((p) => !files.has(p));
  if (missing.length) { console.error("custom-elements.json names files the package lacks:", missing); process.exit(1); }
  console.log(`custom-elements.json: its ${manifest.modules.length} module paths are all in the package`);
' "$tarball"

# The consumers sit under this repository's node_modules so that react's, vue's and svelte's
# types resolve from it, while `futan` resolves only to the unpacked tarball.
app="$work/app"
mkdir -p "$app/node_modules/futan"
tar -xzf "$tarball" -C "$app/node_modules/futan" --strip-components=1
cp -r test/consumers/* "$app/"
echo '{ "name": "consumer", "private": true, "type": "module" }' >"$app/package.json"

# One program per resolution holds every consumer (vue-tsc checks .vue, .ts and .tsx alike), so
# lit's, React's and Vue's declarations are checked once; the two run side by side.
declare -A pids
for resolution in nodenext bundler; do
  module=esnext; [ "$resolution" = bundler ] || module=$resolution
  cat >"$app/tsconfig.$resolution.json" <<JSON
{
  "compilerOptions": {
    "strict": true, "skipLibCheck": false, "noEmit": true, "types": [],
    "target": "es2022", "lib": ["es2022", "dom", "dom.iterable"],
    "module": "$module", "moduleResolution": "$resolution", "resolveJsonModule": true,
    "jsx": "react-jsx"
  },
  "include": ["plain", "react", "vue", "svelte"]
}
JSON
  npx --no-install vue-tsc -p "$app/tsconfig.$resolution.json" >"$work/tsc.$resolution.log" 2>&1 &
  pids[$resolution]=$!
done

status=0
for resolution in nodenext bundler; do
  log="$work/tsc.$resolution.log"
  failed=0
  wait "${pids[$resolution]}" || failed=1
  for name in plain react vue svelte; do
    if grep -q "$name/.*error TS" "$log"; then
      echo "consumer $name ($resolution): FAILED"; grep "$name/.*error TS" "$log"; status=1
    else
      echo "consumer $name ($resolution, strict, skipLibCheck false): ok"
    fi
  done
  # An error anywhere else (in futan's own declarations, say) fails the check too.
  if [ "$failed" = 1 ] && ! grep -qE "(plain|react|vue|svelte)/.*error TS" "$log"; then
    echo "consumers ($resolution): FAILED"; cat "$log"; status=1
  fi
done
exit $status
