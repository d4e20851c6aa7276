/**
 * A library user tells vo-lines' errors apart by `isUserError` and `code`, never by a message's words (README "As a
 * library"): that must hold for an error made by another copy of the package (two versions in node_modules, a bundle
 * beside a library) and for one that crossed a Web Worker or a thread as plain data (`userErrorData` there,
 * `fromUserErrorData` here: `structuredClone` keeps an Error's message only).
 */
import { describe, expect, it, vi } from 'vitest';
import * as library from '../src/index.js';
import { UserError, isUserError, userErrorData, fromUserErrorData } from '../src/index.js';

describe('UserError across copies and workers', () => {
  it('an error made by another copy of the package is a user error, with its code and details', async () => {
    vi.resetModules();
    const copy = await import('../src/errors.js');
    const other = new copy.UserError('a.pdf is missing', 'missing-file', { file: 'a.pdf' });
    // two copies: two classes
    expect(other instanceof UserError).toBe(false);
    expect(isUserError(other)).toBe(true);
    expect(copy.isUserError(new UserError('x', 'usage'))).toBe(true);
  });

  it('an Error that only looks like one (its name, a code) is not', () => {
    const fake = Object.assign(new Error('boom'), { name: 'UserError', code: 'missing-file' });
    expect(isUserError(fake)).toBe(false);
    expect(isUserError({ code: 'missing-file', message: 'x' })).toBe(false);
    expect(isUserError(null)).toBe(false);
  });

  it('structuredClone (what postMessage does) keeps no code; userErrorData and fromUserErrorData carry it', () => {
    const error = new UserError('no text', 'no-text', { kind: 'pictures', pages: 1 });
    expect(isUserError(structuredClone(error))).toBe(false);
    const data = structuredClone(userErrorData(error));
    expect(data).toEqual({ code: 'no-text', message: 'no text', details: { kind: 'pictures', pages: 1 } });
    const again = fromUserErrorData(data);
    expect(isUserError(again)).toBe(true);
    expect([again.code, again.message, again.details]).toEqual(['no-text', 'no text', { kind: 'pictures', pages: 1 }]);
  });

  it('the exports a renderer or a worker needs are there', () => {
    for (const name of ['userErrorData', 'fromUserErrorData', 'exportGroups', 'findVoice']) expect(typeof (library as Record<string, unknown>)[name]).toBe('function');
  });
});
