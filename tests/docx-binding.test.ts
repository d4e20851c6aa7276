/**
 * The XPath subset a content control's data binding is evaluated in (src/readers/docx/binding.ts):
 * absolute element steps with a prefix and a position, a last attribute step; anything else is not
 * evaluated (the control keeps its saved text), and hostile stores or paths neither crash nor hang.
 */
import { describe, expect, it } from 'vitest';
import type { Budget } from '../src/budget.js';
import { DataStores, mentionsDataBinding, parseXPath } from '../src/readers/docx/binding.js';

const enc = (s: string) => new TextEncoder().encode(s);
const ID = '{11111111-2222-4333-8444-555555555555}';
function stores(xml: string, budget?: Budget): DataStores {
  return new DataStores(new Map([[ID.slice(1, -1), { part: 'customXml/item1.xml', bytes: enc(xml) }]]), 'test.docx', budget);
}
/** A budget that never runs out and counts its ticks: the XML parser ticks once per element it opens. */
function countingBudget(): { budget: Budget; ticks: () => number } {
  let ticks = 0;
  const budget = { tick: () => void ticks++, check: () => undefined } as unknown as Budget;
  return { budget, ticks: () => ticks };
}
const NS = "xmlns:a='urn:a' xmlns:b=\"urn:b\"";
const STORE = '<r xmlns="urn:a" xmlns:q="urn:b" q:lang="fr"><x>one</x><x>two <i>and</i> a half</x><q:x>other</q:x><y k="v"/></r>';

describe('data binding XPath', () => {
  it('reads absolute element steps with prefixes and positions, and a last attribute step', () => {
    const s = stores(STORE);
    const at = (xpath: string, mappings = NS) => s.resolve({ store: ID.toLowerCase(), xpath, mappings });
    expect(at('/a:r[1]/a:x[1]')).toEqual({ value: 'one' });
    expect(at('/a:r/a:x[2]')).toEqual({ value: 'two and a half' });
    expect(at('/a:r[1]/b:x[1]')).toEqual({ value: 'other' });
    expect(at('/a:r[1]/a:y[1]/@k')).toEqual({ value: 'v' });
    expect(at('/a:r[1]/@b:lang')).toEqual({ value: 'fr' });
    // No such node: Word keeps the saved text.
    expect(at('/a:r[1]/a:x[3]')).toEqual({ missing: true });
    expect(at('/r[1]/x[1]')).toEqual({ missing: true });
    expect(s.resolve({ store: '{00000000-0000-4000-8000-000000000000}', xpath: '/a:r[1]', mappings: NS })).toEqual({ missing: true });
  });

  it('does not evaluate what is outside the subset', () => {
    for (const xpath of ['a:r/a:x', '//a:x', '/a:r[1]/a:x[last()]', '/a:r[1]/a:x[position()=1]', "/a:r[1]/a:x[.='one']", '/a:r[1]/a:x[0]', '/a:r/*', '/a:r/text()', '/a:r/..', '/@k', '/a:r/@k/a:x', 'count(/a:r)', '/c:r[1]', '/' + 'a:r/'.repeat(70) + 'a:x', '/a:r[9999999]']) {
      expect([xpath, parseXPath(xpath, NS)]).toEqual([xpath, null]);
      expect(stores(STORE).resolve({ store: ID, xpath, mappings: NS })).toEqual({ unread: 'xpath' });
    }
  });

  it('a store that cannot be read (not XML, a DOCTYPE, too many elements) is said unread, quickly', () => {
    // No clock: the elements the parser opened are counted (the budget's ticks). A store of too many
    // elements is given up at the same element, 250,000 of them or a million: its size costs nothing more.
    const opened = (xml: string) => {
      const { budget, ticks } = countingBudget();
      expect(stores(xml, budget).resolve({ store: ID, xpath: '/r[1]', mappings: '' })).toEqual({ unread: 'store' });
      return ticks();
    };
    expect(opened('not xml')).toBe(0);
    expect(opened('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><r>&a;</r>')).toBe(0);
    const large = opened(`<r>${'<x/>'.repeat(250_000)}</r>`);
    expect(large).toBeLessThan(250_000);
    expect(opened(`<r>${'<x/>'.repeat(1_000_000)}</r>`)).toBe(large);
    const deep = `${'<d>'.repeat(200)}x${'</d>'.repeat(200)}`;
    expect(stores(deep).resolve({ store: ID, xpath: '/d[1]' + '/d[1]'.repeat(62), mappings: '' })).toEqual({ value: 'x' });
  });

  it('finds the word dataBinding in a part’s bytes only where it is', () => {
    expect(mentionsDataBinding(enc('<w:sdtPr><w:dataBinding w:xpath="/a"/></w:sdtPr>'))).toBe(true);
    expect(mentionsDataBinding(enc('<w:sdtPr><w:Binding/>dataBindin Binding data</w:sdtPr>'))).toBe(false);
    expect(mentionsDataBinding(enc('Binding'))).toBe(false);
  });
});
