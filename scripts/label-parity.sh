#!/bin/bash
# The label fixtures DOCX/PDF pairs (tests/fixtures/labels, with breaks-* typed with line breaks, labels-screenplay, pdf-producers label-rows-en and
# lo-screenplay): total lines and words per voice, with no config and with the config `init` writes from the
# DOCX; "DIFF" marks a pair whose line or word counts differ. Run `npm run build` first.
#   scripts/label-parity.sh | grep -A4 DIFF
cd "$(dirname "$0")/.."
CLI="node dist/cli/main.cjs"
sum() { # file extra-args...
  f=$1; shift
  $CLI summary --json "$@" "$f" 2>/dev/null | node -e 'const j=JSON.parse(require("fs").readFileSync(0,"utf8")); const v=j.voices.map(v=>v.name.replace(/ .*/,"")+":"+v.lineCount+"/"+v.words).join(" "); process.stdout.write(`${j.total.lineCount} lines ${j.total.words} words | ${v} | un ${j.unassigned.lineCount}/${j.unassigned.words} | w ${j.warnings.map(w=>w.code).join(",")}`)'
}
pairs=(
 "tests/fixtures/labels/radio-table-en.docx tests/fixtures/labels/radio-table-en.pdf"
 "tests/fixtures/labels/radio-labels-fr.docx tests/fixtures/labels/radio-labels-fr.pdf"
 "tests/fixtures/labels/elearning-labels-en.docx tests/fixtures/labels/elearning-labels-en.pdf"
 "tests/fixtures/labels/dubbing-table-fr.docx tests/fixtures/labels/dubbing-table-fr.pdf"
 "tests/fixtures/labels/empty-label-table-en.docx tests/fixtures/labels/empty-label-table-en.pdf"
 "tests/fixtures/labels/breaks-labels-en.docx tests/fixtures/labels/breaks-labels-en.pdf"
 "tests/fixtures/labels/breaks-labels-fr.docx tests/fixtures/labels/breaks-labels-fr.pdf"
 "tests/fixtures/labels/breaks-colour-en.docx tests/fixtures/labels/breaks-colour-en.pdf"
 "tests/fixtures/labels/breaks-measure-en.docx tests/fixtures/labels/breaks-measure-en.pdf"
 "tests/fixtures/labels/label-table-wrap-en.docx tests/fixtures/labels/label-table-wrap-en.pdf"
)
for p in chromium rl wp; do pairs+=("tests/fixtures/pdf-producers/label-rows-en.docx tests/fixtures/pdf-producers/label-rows-en-$p.pdf"); done
for s in caps indent styles typed; do pairs+=("tests/fixtures/labels-screenplay/screenplay-$s-fr.docx tests/fixtures/labels-screenplay/screenplay-$s-fr.pdf"); done
pairs+=("tests/fixtures/pdf-producers/lo-screenplay.docx tests/fixtures/pdf-producers/lo-screenplay.pdf")
for pair in "${pairs[@]}"; do
  set -- $pair; d=$1; p=$2
  a=$(sum $d --no-config); b=$(sum $p --no-config)
  tmp=$(mktemp -d); cp $d $tmp/; $CLI init $tmp/$(basename $d) >/dev/null 2>&1
  if [ -f $tmp/vo-lines.config.yaml ]; then c=$(sum $d -c $tmp/vo-lines.config.yaml); e=$(sum $p -c $tmp/vo-lines.config.yaml); else c="(no init config)"; e="$c"; fi
  rm -rf $tmp
  na=${a%% |*}; nb=${b%% |*}; nc=${c%% |*}; ne=${e%% |*}
  [ "$na" == "$nb" ] && s1=same || s1=DIFF
  [ "$nc" == "$ne" ] && s2=same || s2=DIFF
  echo "== $(basename $d) / $(basename $p)"
  echo "  no-config $s1: docx $a"
  echo "                 pdf  $b"
  echo "  init-cfg  $s2: docx $c"
  echo "                 pdf  $e"
done
