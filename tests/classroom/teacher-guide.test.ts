// The teacher's guide in both languages: the same sections and fact citations in each, only
// facts that exist (F1-F32), every flag of `npm run class` documented and no flag that does not
// exist, and the Chinese with full-width punctuation.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLASS_USAGE } from '../../game/classroom/class-options.ts';
import { halfWidthNextToCjk } from '../helpers/cjk-punctuation.ts';

const read = (lang: string): string =>
  readFileSync(new URL(`../../docs/teacher-guide.${lang}.md`, import.meta.url), 'utf8');
const en = read('en');
const zh = read('zh');

const citations = (text: string): string[] =>
  [...new Set([...text.matchAll(/\bF(\d+)\b/g)].map((m) => Number(m[1])))]
    .sort((a, b) => a - b)
    .map((n) => `F${n}`);
const flags = (text: string): string[] =>
  [...new Set([...text.matchAll(/--[a-z]+/g)].map((m) => m[0]))].sort();
const headings = (text: string): number[] =>
  [2, 3].map(
    (level) => text.split('\n').filter((l) => l.startsWith(`${'#'.repeat(level)} `)).length,
  );
/** The prose: code blocks and inline code removed. */
const prose = (text: string): string => text.replace(/```[\s\S]*?```/g, '').replace(/`[^`]*`/g, '');

describe('the teacher guide', () => {
  it('cites the same facts in both languages, each one of F1-F32', () => {
    expect(citations(en).length).toBeGreaterThan(5);
    expect(citations(zh)).toEqual(citations(en));
    for (const f of citations(en)) expect(Number(f.slice(1))).toBeLessThanOrEqual(32);
  });

  it('has the same sections in both languages', () => {
    expect(headings(zh)).toEqual(headings(en));
  });

  it('documents every flag of npm run class, and no other', () => {
    const known = flags(CLASS_USAGE);
    expect(known).toContain('--redis');
    expect(flags(en)).toEqual(known);
    expect(flags(zh)).toEqual(known);
  });

  it('writes Chinese with full-width punctuation', () => {
    expect(halfWidthNextToCjk(prose(zh))).toEqual([]);
  });
});
