// Building blocks of the scenario file schema: numbers with a unit and a range (each may be
// cited on its own as `{value, source}`), quarter labels, ids and bilingual text. Every
// number gets a bound so that no file can push the engine into NaN or Infinity, and its
// description names the unit, because the JSON Schema and the README are generated from it.
import { z } from 'zod';
import { LIMITS } from './limits.ts';

export const QUARTER_RE = /^(19|20)\d\dQ[1-4]$/;
export const ENTITY_ID_RE = /^[A-Z][A-Z0-9]{1,7}$/;
export const NAME_ID_RE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,47}$/;
export const YEAR_RE = /^(19|20)\d\d$/;

export interface Range {
  min: number;
  max: number;
  /** The minimum itself is not allowed (for divisors and logarithms). */
  above?: boolean;
  int?: boolean;
}

function fmt(n: number): string {
  return Math.abs(n) >= 1e4 ? n.toExponential().replace('e+', 'e') : String(n);
}

export function rangeText(r: Range): string {
  const whole = r.int ? 'a whole number ' : '';
  return r.above
    ? `${whole}more than ${fmt(r.min)} and at most ${fmt(r.max)}`
    : `${whole}from ${fmt(r.min)} to ${fmt(r.max)}`;
}

// Named ranges shared by many fields (units differ, so they are given per field).
export const PRICE: Range = { min: 0, max: 1e4, above: true };
export const UNIT_COST: Range = { min: 0, max: 1e4, above: true };
export const FRACTION: Range = { min: 0, max: 1 };
export const GROWTH: Range = { min: -0.5, max: 5 };
export const MONEY: Range = { min: 0, max: 1e5 };
export const MONEY_POSITIVE: Range = { min: 0, max: 1e5, above: true };
export const CAPACITY: Range = { min: 0, max: 1e6 };
export const POINTS: Range = { min: 0, max: 100 };
export const MULTIPLIER: Range = { min: 0, max: 100, above: true };
export const DELTA: Range = { min: -100, max: 100 };
export const QUARTERS: Range = { min: 1, max: 400, int: true };
/** The engine's capacity pipelines are four quarters long: longer leads cannot be honoured. */
export const LEAD: Range = { min: 1, max: 4, int: true };
export const THETA_PER_POINT: Range = { min: 0, max: 0.2 };

const sourceString = z
  .string()
  .min(1, 'must name a source')
  .max(200, 'must be at most 200 characters');

export const sourceRef = sourceString.describe(
  'Citation: F1-F32 (facts of the seed article), assumed, derived, calibrated, or the id of an entry in `sources`.',
);

/** A bounded number, written plain or as `{value, source}` to cite it on its own. */
export function num(about: string, unit: string, range: Range) {
  const message = `must be ${rangeText(range)} (${unit})`;
  let plain = range.above ? z.number().gt(range.min, message) : z.number().min(range.min, message);
  plain = plain.max(range.max, message);
  if (range.int) plain = plain.int(`must be a whole number (${unit})`);
  return z
    .union([plain, z.strictObject({ value: plain, source: sourceString })], {
      error: 'expected a number, or {value, source}',
    })
    .describe(`${about} Unit: ${unit}. Range: ${rangeText(range)}.`);
}

/** An optional number; the default is applied by the normaliser and shown in the docs. */
export function withDefault<T extends z.ZodType>(schema: T, value: unknown) {
  return schema.optional().meta({ default: value });
}

export type CitedNumber = z.output<ReturnType<typeof num>>;

export const quarter = (about: string) =>
  z
    .string()
    .regex(QUARTER_RE, 'must be a quarter label like 2024Q1 (years 1900-2099)')
    .describe(`${about} A quarter label like 2024Q1.`);

export const entityId = (about: string) =>
  z
    .string()
    .regex(
      ENTITY_ID_RE,
      'must be 2-8 capital letters or digits, starting with a letter (like ALI or NCL)',
    )
    .describe(`${about} 2-8 capital letters or digits, starting with a letter.`);

export const nameId = (about: string) =>
  z
    .string()
    .regex(NAME_ID_RE, 'must be 1-48 letters, digits, `-` or `_`, starting with a letter or digit')
    .describe(about);

const textString = z
  .string()
  .max(2000, 'must be at most 2000 characters')
  .regex(/\S/, 'must not be empty');

export const text = (about: string) =>
  z
    .strictObject({
      en: textString.describe('English.'),
      zh: textString.describe('Chinese (简体中文).'),
    })
    .describe(`${about} Both languages, each 1-2000 characters.`);

export const LINE_IDS = ['C', 'S', 'T'] as const;
export const lineId = z
  .enum(LINE_IDS)
  .describe('Product line: C compute, S storage/network, T model-API tokens.');

/** A list that is capped so that a hostile file cannot make the engine loop for long. */
export const list = <T extends z.ZodType>(item: T, max: number, what: string) =>
  z.array(item).max(max, `at most ${max} ${what}`);

export const pathPoints = (about: string, unit: string, range: Range) =>
  list(
    z.strictObject({
      quarter: quarter('First quarter at which the value holds.'),
      value: num('Value from this quarter on.', unit, range),
    }),
    LIMITS.pathPoints,
    'points',
  ).describe(`${about} Points in strictly increasing quarter order; each holds until the next.`);

/** Quarters since year 0 (2024Q1 -> 8096), or undefined for a bad label. */
export function quarterIndex(label: unknown): number | undefined {
  if (typeof label !== 'string' || !QUARTER_RE.test(label)) return undefined;
  return Number(label.slice(0, 4)) * 4 + Number(label.slice(5)) - 1;
}

export function quarterLabel(index: number): string {
  return `${Math.floor(index / 4)}Q${(index % 4) + 1}`;
}
