// The one list of file types that cross the desktop bridge, shared by the game (what it asks the
// Open dialog for), the main process (what it lets the page ask for, and the dialogs' filters)
// and the packaging config's file association. Imports nothing, so game/ and electron/ can both
// use it. Extensions are lower case with their leading dot; a save's is the two-dot
// ".cloudwar.json", so nothing here may assume one dot per extension.

/** File name suffix of a save. */
export const SAVE_EXTENSION = '.cloudwar.json';

/** What the page may open through the desktop's Open dialog, by purpose. */
export const OPEN_TYPES = {
  save: { extensions: [SAVE_EXTENSION, '.json'], mime: ['application/json'] },
  scenario: {
    extensions: ['.yaml', '.yml'],
    mime: ['application/yaml', 'application/x-yaml', 'text/yaml'],
  },
} as const;

export type OpenKind = keyof typeof OPEN_TYPES;

/** An `<input accept>` list for one purpose (the browser's picker and the desktop's dialog). */
export function acceptFor(kind: OpenKind): string {
  const type = OPEN_TYPES[kind];
  return [...type.extensions, ...type.mime].join(',');
}

/** The accept list the game's Open / Load replay asks for. */
export const SAVE_ACCEPT = acceptFor('save');
/** The accept list the game's Import scenario asks for. */
export const SCENARIO_ACCEPT = acceptFor('scenario');

/** Every extension an accept list may name (nothing else reaches an Open dialog). */
export const OPEN_EXTENSIONS: readonly string[] = Object.values(OPEN_TYPES).flatMap(
  (type) => type.extensions,
);

/** Every MIME type an accept list may name, with the extensions it stands for. */
export const OPEN_MIME: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.values(OPEN_TYPES).flatMap((type) => type.mime.map((mime) => [mime, type.extensions])),
);

/** Extensions a Save dialog may suggest (saves, and the exports: CSV, text, YAML). */
export const SAVE_AS_EXTENSIONS: readonly string[] = [...OPEN_EXTENSIONS, '.csv', '.txt'] as const;

/** MIME types a Save As request may carry. */
export const SAVE_AS_MIME = [
  'application/json',
  'text/csv',
  'text/plain',
  'application/yaml',
  'application/x-yaml',
  'text/yaml',
] as const;

/** The desktop file association (electron-builder's fileAssociations uses the same). */
export const SAVE_FILE_ASSOCIATION = {
  ext: SAVE_EXTENSION.slice(1),
  mimeType: 'application/x-cloudwar-save+json',
} as const;
