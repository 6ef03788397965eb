import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const chatSdks = [
  'discord.js',
  '@discordjs/*',
  'discord-api-types',
  '@slack/*',
  'better-sqlite3',
  'node-cron',
];
const coreMessage =
  'The core (itinerary, query, reply, commands) stays free of chat SDKs and storage: adapters live in src/platforms.';

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
    files: ['src/itinerary/**', 'src/query/**', 'src/reply/**', 'commands/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: chatSdks, message: coreMessage }],
          paths: [{ name: '../src/platforms', message: coreMessage }],
        },
      ],
    },
  },
);
