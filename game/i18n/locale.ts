// The one Locale type: the languages the game speaks. Every layer that names a language (the
// store, the host, the map, the panels) takes it from here.

export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
