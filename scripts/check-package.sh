#!/usr/bin/env bash
# The package as adopters get it: `npm pack` (its prepack builds), then publint and
# @arethetypeswrong/cli on the tarball, the embed's licence notices, then strict TypeScript,
# React, Vue and Svelte consumers (test/consumers/, and one made from custom-elements.json)
# compiled against the unpacked tarball under moduleResolution node16 and bundler with
# skipLibCheck false and Vue's strictTemplates; then a Vite build and Node importing the entries
# as plain imports, and the editor data. One line per check.
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
mkdir -p "$app/manifest"
node scripts/manifest-consumer.mjs "$app/node_modules/futan/custom-elements.json" "$app/manifest/coverage.ts" >/dev/null

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
  "vueCompilerOptions": { "strictTemplates": true },
  "include": ["plain", "react", "vue", "svelte", "manifest"]
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
  for name in plain react vue svelte manifest; do
    if grep -q "$name/.*error TS" "$log"; then
      echo "consumer $name ($resolution): FAILED"; grep "$name/.*error TS" "$log"; status=1
    else
      echo "consumer $name ($resolution, strict, skipLibCheck false): ok"
    fi
  done
  # An error anywhere else (in futan's own declarations, say) fails the check too.
  if [ "$failed" = 1 ] && ! grep -qE "(plain|react|vue|svelte|manifest)/.*error TS" "$log"; then
    echo "consumers ($resolution): FAILED"; cat "$log"; status=1
  fi
done

# Plain imports of the entries, as an app writes them without `type`: a Vite build of them, and
# Node resolving them (the define modules touch the DOM, so Node resolves rather than runs them).
mkdir -p "$app/plain-imports"
echo "import 'futan/react'; import 'futan/vue'; import 'futan/svelte'; import 'futan/define/futan-calculator.js'; import 'futan/define/futan-amount-input';" >"$app/plain-imports/main.js"
echo '<!doctype html><script type="module" src="./main.js"></script>' >"$app/plain-imports/index.html"
if (cd "$app/plain-imports" && npx --no-install vite build --logLevel error --outDir ../plain-imports-dist) >"$work/vite.log" 2>&1; then
  echo "vite build of plain imports of futan/react, futan/vue, futan/svelte, futan/define/futan-calculator.js: ok"
else
  echo "vite build of plain imports: FAILED"; cat "$work/vite.log"; status=1
fi
if (cd "$app" && node --input-type=module -e "
  await import('futan/react'); await import('futan/vue'); await import('futan/svelte');
  for (const entry of ['futan/define/futan-calculator.js', 'futan/define/futan-calculator', 'futan/define', 'futan/futan.js', 'futan/web-types.json', 'futan/vscode.html-custom-data.json']) import.meta.resolve(entry);
") 2>"$work/node.log"; then
  echo "node: futan/react, futan/vue and futan/svelte import; futan/define/futan-calculator.js and the editor data resolve: ok"
else
  echo "node: FAILED"; cat "$work/node.log"; status=1
fi

# Editor data: VS Code custom data and web-types (package.json's web-types) name every element.
node -e '
  const { readFileSync } = require("node:fs");
  const dir = process.argv[1];
  const read = (path) => JSON.parse(readFileSync(`${dir}/${path}`, "utf8"));
  const pkg = read("package.json");
  const tags = read("custom-elements.json").modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName).sort();
  const listed = {
    "dist/vscode.html-custom-data.json": read("dist/vscode.html-custom-data.json").tags.map((t) => t.name).sort(),
    [pkg["web-types"]]: read(pkg["web-types"]).contributions.html.elements.map((e) => e.name).sort(),
  };
  for (const [file, names] of Object.entries(listed)) {
    if (JSON.stringify(names) !== JSON.stringify(tags)) { console.error(`editor data: FAILED, ${file} lists ${names}, the manifest ${tags}`); process.exit(1); }
  }
  console.log(`editor data: VS Code custom data and web-types (package.json web-types) describe all ${tags.length} elements`);
' "$app/node_modules/futan" || status=1
exit $status
