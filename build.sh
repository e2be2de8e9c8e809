#!/usr/bin/env bash
# Dateline's one build script. It installs what it needs (and skips what is
# already there), so that a fresh machine needs only this file.
#
#   ./build.sh            build the explorer into dist/ (deployable as is)
#   ./build.sh serve [P]  build, then serve dist/ on http://localhost:P (8000)
#   ./build.sh test       every check: fmt, clippy, cargo test, build, browser tests
#   ./build.sh setup      only install the toolchain
#   ./build.sh bench      the benchmark (a few minutes; writes bench/latest.json)
#   ./build.sh single     also write dist/dateline.html: one file that works from disk
# Option: --corpus DIR    bundle DIR's articles (.txt, .md, .html, .htm, .jsonl,
#                         .json) instead of seeds/
set -euo pipefail

CORPUS=""
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --corpus) CORPUS=$(cd "$2" && pwd); shift 2 ;;
    --corpus=*) CORPUS=$(cd "${1#--corpus=}" && pwd); shift ;;
    *) args+=("$1"); shift ;;
  esac
done
set -- "${args[@]+"${args[@]}"}"
cd "$(dirname "$0")"
CORPUS=${CORPUS:-$PWD/seeds}

WASM_BINDGEN_VERSION=0.2.130   # must equal the =version of wasm-bindgen in Cargo.toml
TARGET=wasm32-unknown-unknown
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

setup() {
  if ! rustup target list --installed | grep -qx "$TARGET"; then
    say "adding the $TARGET target"
    rustup target add "$TARGET"
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
    say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes, once)"
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
  fi
  if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
    || [ ! -x node_modules/.bin/esbuild ]; then
    say "installing npm dev packages (binaryen, esbuild, playwright-core)"
    npm ci --no-audit --no-fund
  fi
}

setup_browser() {
  if [ ! -x "$CHROMIUM" ]; then
    say "installing Chromium from Debian"
    local sudo=""
    [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
}

build() {
  setup
  say "building the wasm core"
  cargo build --profile wasm --lib --target "$TARGET"
  rm -rf dist
  mkdir -p dist/pkg dist/articles
  wasm-bindgen --target web --no-typescript --out-dir dist/pkg \
    "target/$TARGET/wasm/dateline.wasm"
  say "optimising with wasm-opt"
  node_modules/.bin/wasm-opt -O2 --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
    dist/pkg/dateline_bg.wasm -o dist/pkg/dateline_bg.wasm
  cp www/*.html www/*.js www/*.css www/*.svg dist/
  minify
  bundle_articles "$CORPUS"
  say "dist/ ready: $(du -sh dist | cut -f1); wasm $(wc -c < dist/pkg/dateline_bg.wasm) bytes, $(gzip -9c dist/pkg/dateline_bg.wasm | wc -c) gzipped"
}

# Readers get the scripts and the stylesheet minified by esbuild (comments,
# whitespace and local names go; each file stays its own ES module, nothing
# is bundled). The readable files stay in www/, and as built (with
# wasm-bindgen's glue) in target/www-readable/ for tools/single.py.
minify() {
  say "minifying scripts and styles (esbuild)"
  rm -rf target/www-readable
  mkdir -p target/www-readable/pkg
  cp dist/*.js target/www-readable/
  cp dist/pkg/dateline.js target/www-readable/pkg/
  node_modules/.bin/esbuild dist/*.js dist/pkg/dateline.js dist/*.css \
    --minify --outdir=dist --allow-overwrite --log-level=warning
}

# Bundles a folder of articles (.txt, .md, .html/.htm, .jsonl/.json) into
# dist/articles with an index.json that carries each text or page: see
# tools/bundle_articles.mjs (it reads pages with the wasm just built).
bundle_articles() {
  # (www/own.js is an ES module in a package without "type": say so quietly.)
  node --disable-warning=MODULE_TYPELESS_PACKAGE_JSON tools/bundle_articles.mjs "$1" dist
}

# Gzipped bytes a reader of the main page downloads: the wasm, the scripts
# the page and its worker load, the CSS, HTML, icon and map; no article data.
# (embed*.js serve embedding hosts; types.js is documentation.)
size_report() {
  local total=0 f n
  for f in dist/pkg/dateline_bg.wasm dist/pkg/dateline.js dist/*.js dist/*.css dist/index.html dist/*.svg; do
    case "$f" in dist/embed*.js|dist/types.js) continue ;; esac
    n=$(gzip -9c "$f" | wc -c)
    printf '%8d  %s\n' "$n" "$f"
    total=$((total + n))
  done
  printf '%8d  total (gzip -9)\n' "$total"
}

run_tests() {
  setup
  setup_browser
  say "cargo fmt --check"
  cargo fmt --all -- --check
  say "cargo clippy"
  cargo clippy --all-targets -- -D warnings
  cargo clippy --lib --target "$TARGET" -- -D warnings
  say "cargo test"
  cargo test --release
  build
  python3 tools/single.py dist target/www-readable
  size_report
  say "seed scores (score_seeds.py)"
  if [ -f ../shared/tools/score_seeds.py ]; then
    target/release/dateline analyze --format json seeds > target/seeds.json
    python3 ../shared/tools/score_seeds.py tests/gold target/seeds.json --seeds seeds | tail -1
  fi
  say "browser tests (Playwright + $CHROMIUM)"
  CHROMIUM="$CHROMIUM" node --test --test-concurrency=1 tests/e2e/
}

# The benchmark (bench/README.md): native, wasm in Node and Chromium, against
# compromise; page timings; sizes. Not part of `test`.
run_bench() {
  build
  setup_browser
  if [ ! -d bench/node_modules/compromise ]; then
    say "installing the bench's npm packages (compromise)"
    npm ci --prefix bench --no-audit --no-fund
  fi
  say "building the native throughput example"
  cargo build --release --examples
  say "running the benchmark (2-3 minutes)"
  CHROMIUM="$CHROMIUM" node bench/run.mjs
}

case "${1:-build}" in
  build) build ;;
  setup) setup; setup_browser ;;
  serve)
    build
    port=${2:-8000}
    say "serving dist/ on http://localhost:$port/ (Ctrl-C to stop)"
    exec node tools/serve.mjs dist "$port"
    ;;
  test) run_tests ;;
  single)
    build
    python3 tools/single.py dist target/www-readable
    ;;
  size) size_report ;;
  bench) run_bench ;;
  *) echo "usage: $0 [build|serve [PORT]|test|setup|size|bench|single] [--corpus DIR]" >&2; exit 2 ;;
esac
