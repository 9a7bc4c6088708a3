// The game's typography for numbers, checked in every text a player reads that an author wrote:
// the shipped scenarios' texts (every { en, zh } pair in the YAML: names, premises, briefings,
// objectives, events, dilemmas, rivals' reasons) and the i18n tables. English and Chinese both
// write 37.8%, with no space before "%"; a negative number carries the minus sign U+2212, as
// the formatters print it (game/i18n/format.ts). YAML comments and sources' `note:` fields are
// for authors only (the game never shows them) and are not checked.

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { en, zh } from '../../game/i18n/index.ts';
import { shippedScenarioFiles } from '../helpers/scenarios.ts';

/** Each rule: what it finds, and what the author should write instead. */
const RULES: { pattern: RegExp; says: string }[] = [
  { pattern: /\d[\s\u00a0\u3000]+%/, says: 'write 37.8%, with no space before "%"' },
  {
    // A hyphen-minus that starts a number (after a space, a bracket or punctuation), not one
    // inside a range such as 15-50% or a name such as Qwen-Long.
    pattern: /(^|[\s(（:：,，;；])-(?=\d)/,
    says: 'write a negative number with the minus sign U+2212 (−97%), not a hyphen',
  },
];

/** Every text of a scenario a player reads: each string of an object with `en` and `zh`. */
function playerTexts(node: unknown, path: string): [string, string][] {
  if (Array.isArray(node)) return node.flatMap((item, i) => playerTexts(item, `${path}[${i}]`));
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  if (typeof record['en'] === 'string' && typeof record['zh'] === 'string')
    return [
      [`${path}.en`, record['en']],
      [`${path}.zh`, record['zh']],
    ];
  return Object.entries(record).flatMap(([key, value]) =>
    playerTexts(value, path ? `${path}.${key}` : key),
  );
}

function leaves(obj: object, prefix: string): [string, string][] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'string'
      ? [[`${prefix}${k}`, v] as [string, string]]
      : leaves(v as object, `${prefix}${k}.`),
  );
}

/** One line per text that breaks a rule: where, what to write, and the text around it. */
function problems(place: string, texts: [string, string][]): string[] {
  const found: string[] = [];
  for (const [key, text] of texts)
    for (const rule of RULES) {
      const m = rule.pattern.exec(text);
      if (m)
        found.push(
          `${place} ${key}: ${rule.says}: "…${text.slice(Math.max(0, m.index - 20), m.index + 20)}…"`,
        );
    }
  return found;
}

describe('number typography in texts players read', () => {
  const files = shippedScenarioFiles();

  it('finds the shipped scenarios and their texts', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files) {
      const texts = playerTexts(parse(readFileSync(file, 'utf8')), '');
      expect(texts.length, file).toBeGreaterThan(20);
      // Both languages of the scenario's own title are among them.
      expect(texts.map(([key]) => key)).toEqual(expect.arrayContaining(['title.en', 'title.zh']));
    }
  });

  it.each(files.map((f) => [basename(f), f]))('%s writes 37.8% and −97%', (name, file) => {
    const texts = playerTexts(parse(readFileSync(file, 'utf8')), '');
    expect(problems(`scenarios/${name}`, texts)).toEqual([]);
  });

  it('the i18n tables write 37.8% and −97%', () => {
    expect([
      ...problems('game/i18n/en.ts', leaves(en, '')),
      ...problems('game/i18n/zh.ts', leaves(zh, '')),
    ]).toEqual([]);
  });

  it('names the file, the key and the fix for a text that breaks a rule', () => {
    const bad = parse("objectives:\n  - title: { en: 'Hold 30 % of IaaS', zh: '降价 -15%' }\n");
    expect(problems('scenarios/x.yaml', playerTexts(bad, ''))).toEqual([
      'scenarios/x.yaml objectives[0].title.en: write 37.8%, with no space before "%": "…Hold 30 % of IaaS…"',
      'scenarios/x.yaml objectives[0].title.zh: write a negative number with the minus sign U+2212 (−97%), not a hyphen: "…降价 -15%…"',
    ]);
    // Ranges, names and numbers already right pass.
    const good = parse(
      "a: { en: 'cut 15-50%, Qwen-Long −97%, 2023Q2-2024Q1', zh: '降价 15%-50%' }",
    );
    expect(problems('x', playerTexts(good, ''))).toEqual([]);
  });
});
