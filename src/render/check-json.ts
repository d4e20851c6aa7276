/** `check --format json`: one document for the whole batch. Pure. Schema in README "vo-lines check". */
import type { CheckSummary, FileResult } from '../check/result.js';
import { formatDuration } from '../text/format.js';

export function renderCheckJson(results: readonly FileResult[], summary: CheckSummary): string {
  const files = results.map((result) => ({
    file: result.file,
    status: result.status,
    format: result.format,
    config: result.config,
    voices: result.voices.map((voice) => ({ ...voice, duration: formatDuration(voice.seconds) })),
    total: result.total && { ...result.total, duration: formatDuration(result.total.seconds) },
    recorded: result.recorded && { ...result.recorded, duration: formatDuration(result.recorded.seconds) },
    legend: result.legend,
    rules: result.levels,
    findings: result.findings,
    ...(result.notes.length ? { notes: result.notes } : {}),
    ...(result.since ? { since: result.since } : {}),
    ...(result.error ? { error: result.error } : {}),
  }));
  return `${JSON.stringify({ summary, files }, null, 2)}\n`;
}
