// Lint rules that encode the architecture of DESIGN.md §3: which folder may import which,
// and what the deterministic engine may never touch.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noTests = {
  group: ['**/tests/**', '../tests', '../../tests'],
  message: 'Nothing imports tests/.',
};
const bareImport = { regex: '^[^.]', message: 'game/engine imports nothing outside itself.' };
const engineBans = {
  'no-restricted-properties': [
    'error',
    {
      object: 'Math',
      property: 'random',
      message: 'Randomness comes only from the seeded generator in GameState.',
    },
    { object: 'Date', property: 'now', message: 'The engine has no clock.' },
    { object: 'performance', property: 'now', message: 'The engine has no clock.' },
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
  {
    files: ['game/engine/*.ts'],
    rules: {
      ...engineBans,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            bareImport,
            { regex: '^\\.\\./', message: 'game/engine imports nothing outside itself.' },
          ],
        },
      ],
    },
  },
  {
    files: ['game/engine/*/*.ts'],
    rules: {
      ...engineBans,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            bareImport,
            { regex: '^\\.\\./\\.\\./', message: 'game/engine imports nothing outside itself.' },
          ],
        },
      ],
    },
  },
  {
    files: ['game/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zustand/vanilla$|\\./|\\.\\./engine(/|$))',
              message: 'game/store imports the engine and zustand/vanilla only.',
            },
          ],
        },
      ],
    },
  },
  {
    // The session layer runs the engine for the screens and, later, for a server: no DOM, no
    // view, no store.
    files: ['game/session/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\./|\\.\\./engine(/|$))',
              message: 'game/session imports the engine only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['game/render/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noTests,
            {
              group: ['**/ui', '**/ui/**', 'electron'],
              message: 'game/render never imports game/ui or electron.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['game/ui/**/*.ts', 'game/ui/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noTests,
            {
              group: ['phaser', '**/render', '**/render/**', 'electron'],
              message: 'game/ui never imports Phaser or scenes.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noTests,
            {
              group: ['**/game/**', '../game', '../../game'],
              message: 'electron never imports game rules: it stores bytes and validates shapes.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['game/cli/**/*.ts', 'game/scenario/**/*.ts', 'game/*.ts', 'scripts/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noTests] }],
    },
  },
);
