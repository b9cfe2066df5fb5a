import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '.data/**',
      '**/.turbo/**',
      'coverage/**',
      // graphql-codegen's output (test/codegen.test.ts keeps it in step with the supergraph).
      'admin-ui/src/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // The console: the rules of hooks, as a React reviewer would check them.
    files: ['admin-ui/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['admin-ui/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'react-admin',
              importNames: ['useCanAccess'],
              message:
                'Use useAllowed (auth/useAllowed.ts): inside a page, useCanAccess can leave the page on "Caricamento" for ever.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.e2e.ts', 'bench/**', '**/cli/**', 'scripts/**', '.ci/**'],
    rules: { 'no-console': 'off' },
  },
  prettier,
);
