import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', 'dist-*', '.electron-native', 'test-results', 'playwright-report', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Boundary: only the thin shell may touch Electron.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only src-main/electron/ may import electron.' }] },
      ],
    },
  },
  {
    files: ['src-main/electron/**', 'tests/electron/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src-renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Boundary: the renderer sees the main side only through the contract (types + zod schemas).
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer never imports electron.' }],
          patterns: [
            {
              regex: '(^|/)src-main/(?!.*/contract[^/]*$)',
              message: 'The renderer may import only contract files from src-main.',
            },
            { regex: '(^|/)db/', message: 'The renderer never touches the database.' },
            { regex: '^node:', message: 'The renderer runs in a browser.' },
          ],
        },
      ],
    },
  },
  {
    // Renderer tests run under Node (vitest): they may read the sources they check.
    files: ['src-renderer/**/*.test.ts', 'src-renderer/**/*.test.tsx'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer never imports electron.' }],
          patterns: [
            { regex: '(^|/)src-main/(?!.*/contract[^/]*$)', message: 'Only contract files from src-main.' },
          ],
        },
      ],
    },
  },
  prettier,
);
