/**
 * The deployment files, checked as a linter would (no Docker engine here): the Dockerfile
 * against hadolint's main rules and the requirements, compose.yaml's topology, and
 * docs/deploy.md against the configuration the code really reads.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../src/config.js';

const dockerfile = readFileSync('Dockerfile', 'utf8');
const compose = parse(readFileSync('compose.yaml', 'utf8'), { merge: true }) as {
  services: Record<string, Record<string, unknown>>;
  volumes?: Record<string, unknown>;
};
const deploy = readFileSync('docs/deploy.md', 'utf8');
const envExample = readFileSync('.env.example', 'utf8');

/** Dockerfile instructions, continuation lines joined, comments dropped. */
const instructions = dockerfile
  .replace(/\\\n\s*/g, ' ')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => {
    const [op = '', ...rest] = line.split(/\s+/);
    return { op: op.toUpperCase(), args: rest.join(' ') };
  });

describe('Dockerfile', () => {
  const froms = instructions.filter((i) => i.op === 'FROM');

  it('is multi-stage, each image pinned to a version (DL3006, DL3007), stages named', () => {
    expect(froms.length).toBeGreaterThanOrEqual(2);
    for (const { args } of froms) {
      expect(args).toMatch(/^node:20[\w.-]*\s+AS\s+\w+$/i);
      expect(args).not.toMatch(/:latest/);
    }
  });

  it('installs production dependencies from the lockfile: npm ci --omit=dev', () => {
    const runs = instructions.filter((i) => i.op === 'RUN').map((i) => i.args);
    expect(runs.some((r) => /\bnpm ci\b.*--omit=dev/.test(r))).toBe(true);
    expect(runs.some((r) => /\bnpm install\b/.test(r))).toBe(false);
  });

  it('runs the last stage as a non-root user, with an exec-form CMD (DL3025) and node as PID 1', () => {
    const last = instructions.slice(instructions.lastIndexOf(froms.at(-1) ?? instructions[0]!));
    const user = last.filter((i) => i.op === 'USER').at(-1);
    expect(user?.args).toBeDefined();
    expect(user?.args).not.toMatch(/^(root|0)(:|$)/);
    const cmd = last.find((i) => i.op === 'CMD');
    const argv = JSON.parse(cmd?.args ?? 'null') as string[];
    expect(argv[0]).toBe('node');
    expect(argv).toContain('dist/src/main.js');
    expect(last.findIndex((i) => i.op === 'USER')).toBeLessThan(last.findIndex((i) => i.op === 'CMD'));
  });

  it('uses WORKDIR with an absolute path (DL3000), COPY not ADD (DL3020), a health check on /healthz', () => {
    for (const w of instructions.filter((i) => i.op === 'WORKDIR')) expect(w.args).toMatch(/^\//);
    expect(instructions.some((i) => i.op === 'ADD')).toBe(false);
    expect(instructions.find((i) => i.op === 'HEALTHCHECK')?.args).toContain('/healthz');
  });

  it('copies everything npm start needs at run time', () => {
    const copied = instructions.filter((i) => i.op === 'COPY').map((i) => i.args);
    for (const path of ['./dist', 'data', 'assets', 'package.json']) {
      expect(copied.some((c) => c.split(/\s+/).includes(path))).toBe(true);
    }
  });
});

describe('compose.yaml', () => {
  const { services } = compose;
  const replicas = Object.entries(services).filter(([, s]) => s.build === '.');

  it('has PostgreSQL 15 with a health check and a volume', () => {
    expect(services.postgres?.image).toMatch(/^postgres:15/);
    expect(JSON.stringify(services.postgres?.healthcheck)).toContain('pg_isready');
    expect(services.postgres?.volumes).toEqual(['pgdata:/var/lib/postgresql/data']);
    expect(compose.volumes).toHaveProperty('pgdata');
  });

  it('runs two tripbot replicas on one DATABASE_URL pointing at that PostgreSQL', () => {
    expect(replicas.map(([name]) => name)).toEqual(['tripbot-1', 'tripbot-2']);
    const pg = services.postgres?.environment as Record<string, string>;
    for (const [, replica] of replicas) {
      const env = replica.environment as Record<string, string>;
      const url = new URL(env.DATABASE_URL?.replace('${POSTGRES_PASSWORD:-tripbot}', 'pw') ?? '');
      expect(url.protocol).toBe('postgres:');
      expect(url.hostname).toBe('postgres');
      expect(url.username).toBe(pg.POSTGRES_USER);
      expect(url.pathname).toBe(`/${pg.POSTGRES_DB}`);
      expect(replica.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
      expect(JSON.stringify(replica.healthcheck)).toContain('/healthz');
      expect(Number.parseInt(String(replica.stop_grace_period), 10)).toBeGreaterThanOrEqual(10);
    }
    const hostPorts = replicas.flatMap(([, r]) => (r.ports as string[]).map((p) => p.split(':')[0]));
    expect(new Set(hostPorts).size).toBe(hostPorts.length);
  });

  it('sets only variables tripbot reads, each valid', () => {
    for (const [, replica] of replicas) {
      const env = replica.environment as Record<string, string>;
      for (const name of Object.keys(env)) expect(envExample).toMatch(new RegExp(`^${name}=`, 'm'));
      const concrete = Object.fromEntries(
        Object.entries(env).map(([k, v]) => [k, v.replace(/\$\{[^}]+\}/g, 'pw')]),
      );
      expect(() => loadConfig(concrete)).not.toThrow();
    }
  });
});

describe('docs/deploy.md', () => {
  it('documents only variables tripbot reads, and the production ones', () => {
    const named = new Set(deploy.match(/`([A-Z][A-Z0-9_]{2,})`/g)?.map((m) => m.slice(1, -1)) ?? []);
    for (const name of ['DATABASE_URL', 'DATABASE_PATH', 'PORT', 'DIGEST_RETRY_WINDOW', 'DIGEST_MANAGERS']) {
      expect(named.has(name)).toBe(true);
    }
    const known = new Set([...envExample.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]));
    for (const name of named) if (name !== 'POSTGRES_PASSWORD') expect(known.has(name), name).toBe(true);
  });

  it('documents the endpoints and the metrics the code exposes', async () => {
    for (const path of ['/healthz', '/readyz', '/metrics']) expect(deploy).toContain(`GET ${path}`);
    const { createMetrics } = await import('../src/http/metrics.js');
    const metrics = createMetrics({ defaults: false });
    for (const metric of await metrics.registry.getMetricsAsJSON()) expect(deploy).toContain(metric.name);
  });
});
