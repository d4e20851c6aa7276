/**
 * `check --format junit`: JUnit XML for CI systems. One testsuite per file, one testcase per rule
 * (per rule and voice for contract and empty-voice); an error-level finding is a <failure>, a
 * warning is kept as <system-out> of a passing case, a rule set to off is <skipped/>, a file that
 * could not be read is one testcase with an <error>. No timings, so the same input gives the same XML.
 */
import type { CheckSummary, FileResult } from '../check/result.js';
import { findingText, noteText, sinceLines } from './check-text.js';
import { type Check, type LeftOut } from '../check/result.js';

const escapeXml = (text: string) =>
  text
    // Characters XML 1.0 cannot hold at all.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
const attribute = (text: string) => escapeXml(text).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');

interface Case {
  name: string;
  body: string[];
  failed: boolean;
  errored: boolean;
  skipped: boolean;
}

function caseOf(check: Check): Case {
  const name = check.voice !== undefined ? `${check.rule}: ${check.voice}` : check.rule;
  if (check.level === 'off') return { name, body: ['<skipped message="rule is off"/>'], failed: false, errored: false, skipped: true };
  const errors = check.findings.filter((f) => f.level === 'error').map(findingText);
  const warnings = check.findings.filter((f) => f.level === 'warning').map(findingText);
  const body: string[] = [];
  if (errors.length) body.push(`<failure type="${attribute(check.rule)}" message="${attribute(errors[0]!)}">${escapeXml(errors.join('\n'))}</failure>`);
  if (warnings.length) body.push(`<system-out>${escapeXml(warnings.map((w) => `warning: ${w}`).join('\n'))}</system-out>`);
  return { name, body, failed: errors.length > 0, errored: false, skipped: false };
}

function casesOf(result: FileResult): Case[] {
  if (result.error) {
    const body = [`<error type="${attribute(result.error.code)}" message="${attribute(result.error.message)}"/>`];
    return [{ name: 'read', body, failed: false, errored: true, skipped: false }];
  }
  return result.checks.map(caseOf);
}

function counts(cases: Case[]): string {
  const count = (key: 'failed' | 'errored' | 'skipped') => cases.filter((c) => c[key]).length;
  return `tests="${cases.length}" failures="${count('failed')}" errors="${count('errored')}" skipped="${count('skipped')}"`;
}

/** The lock files a folder walk or a glob left out (not scripts): each a skipped case, so a CI's report lists them as the text output does. */
function leftOutCases(leftOut: readonly LeftOut[]): Case[] {
  return leftOut.map((l) => ({ name: l.file, body: [`<skipped message="${attribute(leftOutReason(l))}"/>`], failed: false, errored: false, skipped: true }));
}

const leftOutReason = (l: LeftOut) =>
  l.kind === 'lock-file'
    ? 'a lock file Word keeps beside a document while it is open, not a script'
    : l.kind === 'broken-link'
      ? `a symbolic link that leads to no file${l.target === null ? '' : ` (${l.target})`}: ${l.error === 'ELOOP' ? 'a loop of links' : l.error === 'ENOENT' || l.error === 'ENOTDIR' ? 'the file it names is not there' : `it cannot be followed (${l.error})`}`
      : `a .${l.format} document, a format vo-lines does not read: save it as .docx or PDF to check it`;

export function renderCheckJunit(results: readonly FileResult[], summary?: CheckSummary): string {
  const suites = results.map((result) => ({ result, cases: casesOf(result) }));
  const left = leftOutCases(summary?.leftOut ?? []);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="vo-lines check" ${counts([...suites.flatMap((s) => s.cases), ...left])}>`];
  for (const { result, cases } of suites) {
    out.push(`  <testsuite name="${attribute(result.file)}" ${counts(cases)}>`);
    // Which config judged the file: the nearest one governs it whole.
    if (result.config !== null) out.push('    <properties>', `      <property name="config" value="${attribute(result.config)}"/>`, '    </properties>');
    for (const c of cases) {
      const open = `    <testcase classname="${attribute(result.file)}" name="${attribute(c.name)}"`;
      if (c.body.length === 0) out.push(`${open}/>`);
      else out.push(`${open}>`, ...c.body.map((line) => `      ${line}`), '    </testcase>');
    }
    // What the reader said of the script belongs to the file, not to a rule.
    // …and so do the changes since REV.
    const said = [...result.notes.map((note) => `note: ${noteText(note)}`), ...(result.since ? sinceLines(result.since) : [])];
    if (said.length) out.push(`    <system-out>${escapeXml(said.join('\n'))}</system-out>`);
    out.push('  </testsuite>');
  }
  if (left.length) {
    out.push(`  <testsuite name="left out" ${counts(left)}>`);
    for (const c of left) out.push(`    <testcase classname="left out" name="${attribute(c.name)}">`, ...c.body.map((line) => `      ${line}`), '    </testcase>');
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}

/**
 * A check that could not run at all (a usage mistake: an unknown option, a --rule that names no
 * rule): one errored case with the error, so a CI that reads the report file (`> vo-lines.xml`) shows
 * why rather than an empty file it cannot parse.
 */
export function renderCheckJunitFailure(error: { code: string; message: string }): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<testsuites name="vo-lines check" tests="1" failures="0" errors="1" skipped="0">',
    '  <testsuite name="vo-lines check" tests="1" failures="0" errors="1" skipped="0">',
    '    <testcase classname="vo-lines check" name="run">',
    `      <error type="${attribute(error.code)}" message="${attribute(error.message)}"/>`,
    '    </testcase>',
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
