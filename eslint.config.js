import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The layering rules (no chat SDK or adapter in the core, no import circles) are
// dependency-cruiser's: .dependency-cruiser.cjs, run by `npm run lint`.
export default tseslint.config(
  { ignores: ['node_modules/**', 'var/**', 'coverage/**', 'dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
);
