// Lint rules that encode the architecture of DESIGN.md §3: which folder may import which,
// and what the deterministic engine may never touch.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The layer table (as VS Code's layers check does): for every folder, which other folders it
// may import and which packages. Everything not listed is refused by no-restricted-imports.
// Outside the engine, the engine is imported only through game/engine/index.ts. Folder names
// are game/<name> unless they start with 'electron/'; a file name (main.ts) is a layer of one.
// Pure classroom modules (engine, session and save only) that the browser may import as well.
const CLASSROOM_BROWSER = [
  'dashboard.ts',
  'grades.ts',
  'safe-csv.ts',
  'rank-replays.ts',
  'verify-save.ts',
  'shock-presets.ts',
];

const LAYERS = [
  { layer: 'engine', files: ['game/engine/**/*.ts'], folders: [], packages: [] },
  { layer: 'session', files: ['game/session/**/*.ts'], folders: ['engine'], packages: [] },
  {
    layer: 'store',
    files: ['game/store/**/*.ts'],
    folders: ['engine', 'session', 'i18n', 'wire'],
    packages: ['zustand/vanilla'],
  },
  { layer: 'i18n', files: ['game/i18n/**/*.ts'], folders: [], packages: ['i18next'] },
  {
    layer: 'scenario',
    files: ['game/scenario/**/*.ts'],
    folders: ['engine'],
    packages: ['yaml', 'zod', 'node:*'],
  },
  {
    layer: 'calibration',
    files: ['game/calibration/**/*.ts'],
    folders: ['engine', 'session'],
    packages: [],
  },
  {
    layer: 'host',
    files: ['game/host/**/*.ts'],
    folders: ['i18n', 'electron/shared'],
    packages: [],
  },
  {
    layer: 'save',
    files: ['game/save/**/*.ts'],
    folders: ['engine', 'session', 'store', 'scenario', 'host', 'electron/shared', 'package.json'],
    packages: ['zod'],
  },
  {
    layer: 'render',
    files: ['game/render/**/*.ts'],
    folders: ['engine', 'session', 'store', 'i18n'],
    packages: ['phaser'],
  },
  {
    layer: 'ui',
    files: ['game/ui/**/*.ts', 'game/ui/**/*.tsx'],
    folders: [
      'engine',
      'session',
      'store',
      'i18n',
      'save',
      'host',
      'scenario',
      'shipped-scenarios.ts',
      'net',
      'wire',
      // The teacher console computes the dashboard, the leaderboard and the replay ranking in the
      // browser with the classroom's own pure modules (the classroom-browser layer below).
      ...CLASSROOM_BROWSER.map((file) => `classroom/${file}`),
    ],
    packages: ['chart.js', 'preact', '@preact/signals'],
  },
  {
    layer: 'cli',
    files: ['game/cli/**/*.ts'],
    folders: ['engine', 'session', 'scenario', 'calibration'],
    packages: ['yaml', 'zod', 'node:*'],
  },
  // The classroom server (Node): the session layer on a game server, its journal and transport.
  {
    layer: 'classroom',
    files: ['game/classroom/**/*.ts'],
    folders: ['engine', 'session', 'save', 'scenario', 'wire'],
    packages: [
      'node:*',
      'zod',
      'qrcode',
      '@colyseus/core',
      '@colyseus/ws-transport',
      '@colyseus/redis-presence',
      '@colyseus/redis-driver',
      'colyseus.js',
    ],
  },
  // The classroom's modules a browser may load too (the teacher console): no Node, no server.
  {
    layer: 'classroom-browser',
    files: CLASSROOM_BROWSER.map((file) => `game/classroom/${file}`),
    folders: ['engine', 'session', 'save', 'wire'],
    packages: [],
  },
  // The messages between a class server and its browsers: types only, shared by both sides.
  { layer: 'wire', files: ['game/wire/**/*.ts'], folders: ['engine'], packages: [] },
  // A browser's side of a class: a game store whose actions travel to the class server.
  {
    layer: 'net',
    files: ['game/net/**/*.ts'],
    folders: ['engine', 'session', 'store', 'wire'],
    packages: ['colyseus.js', 'zustand/vanilla'],
  },
  {
    layer: 'main.ts',
    files: ['game/main.ts'],
    folders: ['host', 'render', 'save', 'store', 'ui', 'i18n', 'shipped-scenarios.ts', 'net'],
    packages: [],
  },
  {
    layer: 'shipped-scenarios.ts',
    files: ['game/shipped-scenarios.ts', 'game/virtual-modules.d.ts'],
    folders: ['engine'],
    packages: ['virtual:shipped-scenarios'],
  },
  // electron/main never imports game/ rules: it stores bytes and validates shapes. The one
  // exception is electron/class, through which the desktop hosts a class with the very code
  // of `npm run class` (game/classroom).
  {
    layer: 'electron/main',
    files: ['electron/main/**/*.ts'],
    folders: ['electron/shared', 'electron/class'],
    packages: ['electron', 'zod', 'node:*', 'virtual:class-scenarios'],
  },
  {
    layer: 'electron/class',
    files: ['electron/class/**/*.ts'],
    folders: ['electron/shared', 'classroom'],
    packages: ['node:*'],
  },
  {
    layer: 'electron/preload',
    files: ['electron/preload/**/*.ts'],
    folders: ['electron/shared'],
    packages: ['electron'],
  },
  { layer: 'electron/shared', files: ['electron/shared/**/*.ts'], folders: [], packages: [] },
];

/** Every importable folder or file: game/<name>, electron/<name>, and the package manifest. */
const TARGETS = [
  ...LAYERS.map((l) => l.layer).filter((l) => l !== 'main.ts'), // an entry: nothing imports it
  'package.json',
  'tests',
];

/** Gitignore-style patterns matching an import of `target` from anywhere below the root. */
function targetGlobs(target) {
  if (target === 'tests') return ['**/tests/**', '../tests', '../../tests'];
  if (target.endsWith('.ts') || target.endsWith('.json')) return [`**/${target}`];
  return [`**/${target}`, `**/${target}/**`];
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function layerPatterns({ layer, folders, packages }) {
  const allowed = new Set([layer, ...folders]);
  const refused = TARGETS.filter((t) => !allowed.has(t));
  // A file of another layer that this one may import (`classroom/grades.ts`) is let through the
  // refusal of its folder.
  // (gitignore rules: a file is let back in only when its folder itself is not refused, hence
  // `**/classroom/**` without `**/classroom` for such a folder).
  const files = folders.filter((f) => f.endsWith('.ts') && f.includes('/'));
  const opened = new Set(files.map((f) => f.slice(0, f.lastIndexOf('/'))));
  const globsOf = (target) => (opened.has(target) ? [`**/${target}/**`] : targetGlobs(target));
  const patterns = [
    {
      group: [...refused.flatMap(globsOf), ...files.map((f) => `!**/${f}`)],
      message: `game layer table (eslint.config.mjs): ${layer} may import only ${folders.join(', ') || 'itself'}.`,
    },
  ];
  if (layer !== 'engine' && allowed.has('engine'))
    patterns.push({
      group: ['**/engine/**', '!**/engine/index.ts'],
      message: 'Outside game/engine, import the engine only through game/engine/index.ts.',
    });
  const bare = packages.map((p) =>
    p.endsWith('*') ? escape(p.slice(0, -1)) : `${escape(p)}(/|$)`,
  );
  patterns.push({
    regex: `^(?![./]${bare.map((b) => `|${b}`).join('')})`,
    message: `${layer} may import only these packages: ${packages.join(', ') || 'none'}.`,
  });
  return patterns;
}
// Math functions ECMAScript leaves "implementation-approximated": V8 builds disagree in the last bit.
const APPROXIMATED_MATH = [
  'exp',
  'expm1',
  'log',
  'log1p',
  'log2',
  'log10',
  'pow',
  'sqrt',
  'cbrt',
  'hypot',
  'sin',
  'cos',
  'tan',
  'asin',
  'acos',
  'atan',
  'atan2',
  'sinh',
  'cosh',
  'tanh',
  'asinh',
  'acosh',
  'atanh',
];
const engineBans = {
  'no-restricted-properties': [
    'error',
    {
      object: 'Math',
      property: 'random',
      message: 'Randomness comes only from the seeded generator in GameState.',
    },
    ...APPROXIMATED_MATH.map((property) => ({
      object: 'Math',
      property,
      message: `Math.${property} rounds differently in Node and browsers: use game/engine/portable-math.ts.`,
    })),
    {
      property: 'localeCompare',
      message: 'localeCompare depends on the runtime and its locale: compare code units.',
    },
    { object: 'Date', property: 'now', message: 'The engine has no clock.' },
    { object: 'performance', property: 'now', message: 'The engine has no clock.' },
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector: "BinaryExpression[operator='**'], AssignmentExpression[operator='**=']",
      message:
        '** rounds differently in Node and browsers: use pow from game/engine/portable-math.ts.',
    },
  ],
  'no-restricted-globals': [
    'error',
    { name: 'Date', message: 'The engine has no clock.' },
    { name: 'window', message: 'The engine has no DOM.' },
    { name: 'document', message: 'The engine has no DOM.' },
    { name: 'process', message: 'The engine has no Node.' },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'dist-web',
      'dist-electron',
      'release',
      'test-results',
      'playwright-report',
      'tmp',
      'tests/engine/_scratch',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
    rules: {
      eqeqeq: 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...LAYERS.map((entry) => ({
    files: entry.files,
    rules: {
      ...(entry.layer === 'engine' ? engineBans : {}),
      'no-restricted-imports': ['error', { patterns: layerPatterns(entry) }],
    },
  })),
  {
    // The engine imports nothing outside itself, however the path is spelt.
    files: ['game/engine/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...layerPatterns(LAYERS[0]),
            { regex: '^\\.\\./', message: 'game/engine imports nothing outside itself.' },
          ],
        },
      ],
    },
  },
  {
    files: ['game/engine/*/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...layerPatterns(LAYERS[0]),
            { regex: '^\\.\\./\\.\\./', message: 'game/engine imports nothing outside itself.' },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: targetGlobs('tests'), message: 'Nothing imports tests/.' }] },
      ],
    },
  },
);
