import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { openDigest, type DigestRuntime } from '../../../src/digest/index.js';
import { createMetrics } from '../../../src/http/metrics.js';
import { startHttpServer, type HttpServer } from '../../../src/http/server.js';
import { createLogger } from '../../../src/log.js';
import { createHealth } from '../../../src/platforms/health.js';
import { startSlack, type SlackPlatform } from '../../../src/platforms/slack/index.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/slack-api.js';
import { usePostgresSchema } from '../../store/postgres.js';
import { BOT_TOKEN, realLibrary, SIGNING_SECRET, signedHeaders, slashCommandBody } from './harness.js';

const freshSchema = usePostgresSchema();
const log = createLogger('silent');

/** Two replicas: each its own HTTP server and Slack app, one PostgreSQL between them. */
describe('Slack requests across two replicas on one PostgreSQL', () => {
  let slack: FakeSlack;
  const replicas: { http: HttpServer; platform: SlackPlatform; digest: DigestRuntime }[] = [];

  beforeAll(async () => {
    slack = await startFakeSlack();
    slack.setAdmin('U0ADMIN');
    const config = loadConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      DATABASE_URL: await freshSchema(),
      DIGEST_MANAGERS: 'U0MANAGER',
      LOG_LEVEL: 'silent',
    });
    for (let i = 0; i < 2; i++) {
      const http = await startHttpServer({
        port: 0,
        host: '127.0.0.1',
        health: createHealth(),
        metrics: createMetrics({ defaults: false }),
        log,
      });
      const digest = await openDigest({ config, library: realLibrary(), log });
      const platform = await startSlack(
        { config, library: realLibrary(), log, services: { digest: digest.service } },
        { http, seen: digest.store.requests },
      );
      replicas.push({ http, platform, digest });
    }
  });

  afterAll(async () => {
    for (const r of replicas) {
      await r.platform.stop();
      await r.digest.stop();
      await r.http.close();
    }
    await slack.close();
  });

  const post = (replica: number, body: string, headers = signedHeaders(body)) =>
    fetch(`http://127.0.0.1:${replicas[replica]?.http.port}/slack/events`, { method: 'POST', headers, body });

  it('answers a signed request replayed to both replicas once', async () => {
    const body = slashCommandBody('who lazarini', slack.responseUrl('replayed'));
    const headers = signedHeaders(body);
    const [a, b] = await Promise.all([post(0, body, headers), post(1, body, headers)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    await slack.waitFor((r) => r.responseId === 'replayed');
    const again = await post(1, body, headers);
    expect(again.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(slack.requests.filter((r) => r.responseId === 'replayed')).toHaveLength(1);
  });

  it.each([
    ['10 minutes in the future', 600],
    ['6 minutes in the past', -360],
  ])('refuses a timestamp %s with 401, running nothing', async (_, offset) => {
    const body = slashCommandBody('who lazarini', slack.responseUrl(`skew${offset}`));
    const response = await post(
      0,
      body,
      signedHeaders(body, { timestamp: Math.floor(Date.now() / 1000) + offset }),
    );
    expect(response.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(slack.requests.filter((r) => r.responseId === `skew${offset}`)).toEqual([]);
  });

  it.each([
    ['a member', 'U0MEMBER', false],
    ['a workspace admin (users.info)', 'U0ADMIN', true],
    ['a user in DIGEST_MANAGERS', 'U0MANAGER', true],
  ])('digest on by %s: allowed=%s', async (_, user, allowed) => {
    const id = `perm-${user}`;
    const body = slashCommandBody('digest on 07:30 Europe/Berlin', slack.responseUrl(id), user);
    expect((await post(0, body)).status).toBe(200);
    const answer = await slack.waitFor((r) => r.responseId === id);
    if (allowed) {
      expect(answer.body.text).toContain('Daily digest is on');
    } else {
      expect(answer.body.response_type).toBe('ephemeral');
      expect(answer.body.text).toMatch(/Only workspace admins and owners/);
    }
  });
});
