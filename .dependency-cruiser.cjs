/**
 * The layering rules of docs/DESIGN ("Rules of the house"), checked by `npm run lint`.
 * Paths are patterns over the files as cruised from the repository root, so a rule holds
 * for every file of a folder and every way of spelling an import of it.
 */

/**
 * The platform-neutral core: the model, the queries, the reply model, rendering, the commands
 * (their definitions and, in commands/answers/, the code that answers them).
 */
const CORE = '^(src/(itinerary|query|reply|render)|commands)/';

/** Chat SDKs, as installed (node_modules/...) or as written when they cannot be resolved. */
const CHAT_SDKS = '(^|/node_modules/|^node_modules/)(@slack/|@discordjs/|discord\\.js|discord-api-types)';

/** Storage and scheduling packages: adapters of src/store and src/digest. */
const INFRASTRUCTURE_PACKAGES = '(^|/node_modules/|^node_modules/)(better-sqlite3|pg|node-cron|croner)(/|$)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'No import circles, type-only imports included: a circle is two files that cannot be read apart.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-not-to-adapters',
      severity: 'error',
      comment:
        'The core never imports the platforms, the store, the digest or the HTTP server: adapters call the core, not the other way.',
      from: { path: CORE },
      to: { path: '^src/(platforms|store|digest|http)/' },
    },
    {
      name: 'core-not-to-chat-sdk',
      severity: 'error',
      comment: 'The core never imports a chat SDK: a platform adapter turns SDK events into command calls.',
      from: { path: CORE },
      to: { path: CHAT_SDKS },
    },
    {
      name: 'core-not-to-infrastructure',
      severity: 'error',
      comment:
        'The core never imports a database driver or the scheduler: src/store and src/digest own them.',
      from: { path: CORE },
      to: { path: INFRASTRUCTURE_PACKAGES },
    },
    {
      name: 'itinerary-at-the-bottom',
      severity: 'error',
      comment: 'The model imports nothing above it: the queries build on the itinerary, never the reverse.',
      from: { path: '^src/itinerary/' },
      to: { path: '^(src/(query|reply|render|digest|platforms|store|http|cli)|commands)/|^src/main\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
