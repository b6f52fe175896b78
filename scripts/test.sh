#!/usr/bin/env bash
# Install newslint with its test dependencies and run the whole test suite.
# Used as-is by CI (.ci/run).  Optional system tools (a headless Chromium for
# the HTML-report browser test, Hunspell for the benchmark comparison) are
# installed when apt is available; tests that need them skip with a reason
# where they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${NEWSLINT_SKIP_APT:-0}" != "1" ] && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  if ! command -v chromium >/dev/null 2>&1 || ! command -v git >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium git >/dev/null) \
      || echo "scripts/test.sh: apt-get could not install chromium; browser tests will be skipped" >&2
  fi
  # hunspell-id: the language data's source; tests/lang/test_lexicon_build.py rebuilds the data from it
  if ! command -v hunspell >/dev/null 2>&1 || [ ! -f /usr/share/hunspell/id_ID.dic ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hunspell hunspell-id >/dev/null) \
      || echo "scripts/test.sh: apt-get could not install hunspell-id; the lexicon rebuild test will be skipped" >&2
  fi
fi
python3 -m pip install --quiet --disable-pip-version-check -e ".[test]"
python3 -m pip install --quiet --disable-pip-version-check -e ".[lexicon-build]" \
  || echo "scripts/test.sh: could not install the lexicon-build extra; the lexicon rebuild test will be skipped" >&2
python3 -m pytest "$@"
