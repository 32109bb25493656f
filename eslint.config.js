// Lint rules for the whole repo: typescript-eslint recommended, React hooks, type-only imports,
// and the layering rules of DESIGN.md §2 (workers never import UI; the sim core imports no UI libraries).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const uiLibraries = ['react', 'react-dom', 'react-dom/*', 'd3', 'd3-*', 'zustand', 'zustand/*'];
const uiFolders = {
  group: ['**/src/**', '!**/src/experiment', '!**/src/experiment/**'],
  message: 'workers/ may import only src/experiment/ from the UI side (docs/architecture.md).',
};
/**
 * The modules that import tfjs: the MLP engine, the benchmark's CNN, and the sequence and text
 * tasks' baselines with what they share (tfjsParams.ts: flat weights and training; tfjsLayers.ts:
 * the recurrent cell and the Transformer block). Each is reached only through import() (engines.ts,
 * cnnModel.ts, rnnEngine.ts, textEngine.ts), so the pages never load tfjs.
 */
const TFJS_MODULES = [
  'workers/ml/tfjsParams.ts',
  'workers/ml/tfjsLayers.ts',
  'workers/ml/baseline/tfjsMlp.ts',
  'workers/ml/benchmark/cnnTfjs.ts',
  'workers/ml/sequence/tfjsSeries.ts',
  'workers/ml/sequence/rnnTfjs.ts',
  'workers/ml/sequence/transformerTfjs.ts',
  'workers/ml/text/tfjsText.ts',
  'workers/ml/text/textTfjs.ts',
  'workers/ml/text/transformerTfjs.ts',
];
const tfjs = {
  group: ['@tensorflow/*'],
  message: `Only the TensorFlow.js modules (${TFJS_MODULES.join(', ')}) import tfjs, loaded lazily (docs/architecture.md).`,
};
/** The schema is a leaf: the worker imports it, never the reverse. */
const schemaLeaf = {
  regex: '(^|/)workers/',
  message:
    'src/experiment is the schema, a leaf: it imports nothing from workers/ (docs/architecture.md).',
};
const schemaNoUi = {
  group: [
    '**/src/*',
    '!**/src/experiment',
    '**/src/*/**',
    '!**/src/experiment/**',
    ...uiLibraries,
    'comlink',
  ],
  message: 'src/experiment is the schema, a leaf: no UI, store or bridge (docs/architecture.md).',
};
/** The page reaches the worker only through the bridge and the protocol's types. */
const pageToWorker = {
  regex: '(^|/)workers/(?!(protocol|lab\\.worker|sim)$|sim/)',
  message:
    'The page imports from workers/ only the protocol, the worker API type and the pure simulator (docs/architecture.md).',
};
const pureCore = {
  group: [...uiLibraries, 'comlink'],
  message: 'The core is pure: no React, d3, zustand or comlink (docs/architecture.md).',
};

export default defineConfig(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'coverage'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [tfjs, pageToWorker] }] },
  },
  {
    files: ['src/experiment/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [tfjs, schemaLeaf, schemaNoUi] }] },
  },
  {
    files: ['workers/**/*.ts'],
    languageOptions: { globals: globals.worker },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            uiFolders,
            { group: uiLibraries, message: 'No UI libraries in workers/.' },
            tfjs,
          ],
        },
      ],
    },
  },
  {
    files: ['workers/sim/**/*.ts', 'workers/ml/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [uiFolders, pureCore, tfjs] }] },
  },
  {
    files: TFJS_MODULES,
    rules: { 'no-restricted-imports': ['error', { patterns: [uiFolders, pureCore] }] },
  },
  {
    files: ['tests/**', 'bench/**', 'scripts/**', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
);
