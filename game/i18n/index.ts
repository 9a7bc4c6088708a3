// Public surface of i18n: the Locale type, translation and the one set of number formatters
// the panels and the map share. (Each module imports its siblings directly, never this index,
// so there is no import cycle inside game/i18n.)

export type { Locale } from './locale.ts';
export { hasKey, t, tx } from './translate.ts';
export { en } from './en.ts';
export type { Resources } from './en.ts';
export { zh } from './zh.ts';
export * from './format.ts';
