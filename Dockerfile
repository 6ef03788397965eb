# syntax=docker/dockerfile:1
# tripbot: two stages. The first installs the dependencies (better-sqlite3 builds a native
# module there, with the compilers the runtime image does not carry), compiles the
# TypeScript into dist/ (npm ci runs `prepare`) and drops the dev dependencies; the second
# runs the compiled code as the unprivileged `node` user.

FROM node:20.19-bookworm AS deps
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY commands ./commands
COPY src ./src
RUN npm ci --no-audit --no-fund && npm prune --omit=dev --no-audit --no-fund

FROM node:20.19-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    DATABASE_PATH=/app/var/tripbot.db
WORKDIR /app
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --from=deps --chown=node:node /app/dist ./dist
COPY --chown=node:node package.json manifest.json ./
COPY --chown=node:node data ./data
COPY --chown=node:node assets ./assets
RUN mkdir -p /app/var && chown node:node /app/var
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
STOPSIGNAL SIGTERM
# node itself as PID 1 (not npm), so SIGTERM reaches tripbot and it stops gracefully.
CMD ["node", "dist/src/main.js"]
