#!/usr/bin/env bash
# Dev helper: ingest the seeds into a scratch content dir and score against the dev gold set.
set -euo pipefail
out=${1:-/tmp/cc-try}
rm -rf "$out"; mkdir -p "$out"
npx node src/ingest/cli.ts --seeds seeds --content "$out" 2>&1 | grep -v nodedir
node ../shared/eval/score.mjs "$out/claims" ../shared/eval/dev-gold.json
