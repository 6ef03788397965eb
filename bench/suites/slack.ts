import { createHmac } from 'node:crypto';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { startSlack } from '../../src/platforms/slack/index.js';
import type { Library } from '../../src/query/library.js';
import { startFakeSlack, type FakeSlack } from '../../test/fakes/slack-api.js';
import type { Row, Scale } from '../lib/report.js';
import { latencyOf } from '../lib/stats.js';

const SECRET = 'bench-signing-secret-0123456789';
const TOKEN = 'xoxb-bench-bot-token';

function signedPost(url: string, text: string, responseUrl: string): Promise<Response> {
  const body = new URLSearchParams({
    team_id: 'T0FAKE',
    channel_id: 'C0NEWS',
    user_id: 'U0ALICE',
    command: '/trip',
    text,
    api_app_id: 'A0TRIP',
    response_url: responseUrl,
    trigger_id: 'trigger-bench',
  }).toString();
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex');
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': `v0=${signature}`,
    },
    body,
  });
}

/** A bare Bolt app on the same receiver type and fake: acks and responds a constant string. */
async function startBareBolt(fake: FakeSlack): Promise<{ url: string; stop: () => Promise<void> }> {
  const receiver = new HTTPReceiver({
    signingSecret: SECRET,
    endpoints: '/slack/events',
    logLevel: LogLevel.ERROR,
  });
  const app = new App({
    token: TOKEN,
    receiver,
    logLevel: LogLevel.ERROR,
    convoStore: false,
    deferInitialization: true,
    clientOptions: { slackApiUrl: fake.apiUrl },
  });
  await app.init();
  app.command('/trip', async ({ ack, respond }) => {
    await ack();
    await respond({ response_type: 'ephemeral', text: 'A constant answer.' });
  });
  const server = await receiver.start({ port: 0, host: '127.0.0.1' });
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/slack/events`, stop: () => receiver.stop() };
}

/** One signed POST until the answer reaches the fake's response_url; ms. */
async function roundTrip(fake: FakeSlack, url: string, text: string, id: string): Promise<number> {
  fake.reset();
  let arrived = 0;
  const answer = fake.waitFor((r) => {
    if (r.responseId !== id) return false;
    arrived = performance.now();
    return true;
  }, 10_000);
  const started = performance.now();
  const response = await signedPost(url, text, fake.responseUrl(id));
  await response.text();
  if (response.status !== 200) throw new Error(`Slack POST answered ${response.status}`);
  await answer;
  return arrived - started;
}

/**
 * The real Bolt app (startSlack, HTTP mode) against a bare Bolt app, alternating request
 * by request on one loopback fake of Slack, so both see the same machine noise.
 */
export async function benchSlack(
  library: Library,
  questions: readonly string[],
  scale: Scale,
  runs: number,
): Promise<Row[]> {
  const fake = await startFakeSlack();
  const config = loadConfig({
    SLACK_BOT_TOKEN: TOKEN,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.apiUrl,
    PORT: '0',
    LOG_LEVEL: 'error',
    DEFAULT_TIMEZONE: 'America/New_York',
  });
  const log = createLogger('error', config.secrets, () => {});
  const tripbot = await startSlack({ config, library, log, services: {} }, { host: '127.0.0.1' });
  const bare = await startBareBolt(fake);
  const tripbotUrl = `http://127.0.0.1:${tripbot.port}/slack/events`;
  const ours: number[] = [];
  const baseline: number[] = [];
  try {
    const warmup = Math.min(50, runs);
    for (let i = 0; i < warmup + runs; i++) {
      const text = questions[i % questions.length]!;
      const ourTurn = () => roundTrip(fake, tripbotUrl, text, `t${i}`);
      const bareTurn = () => roundTrip(fake, bare.url, text, `b${i}`);
      const [a, b] = await inTurn(i, ourTurn, bareTurn);
      if (i >= warmup) {
        ours.push(a);
        baseline.push(b);
      }
    }
  } finally {
    await tripbot.stop();
    await bare.stop();
    await fake.close();
  }
  return compare(
    'slack',
    'tripbot /trip (Bolt HTTP)',
    'bare Bolt, constant reply',
    ours,
    baseline,
    scale,
    questions.length,
  );
}

/** Runs both, the first one alternating with i, so neither always runs on a warmer machine. */
export async function inTurn(
  i: number,
  ours: () => Promise<number>,
  baseline: () => Promise<number>,
): Promise<[number, number]> {
  if (i % 2 === 0) {
    const a = await ours();
    return [a, await baseline()];
  }
  const b = await baseline();
  return [await ours(), b];
}

/** Two rows, tripbot and its baseline, with the ratio in the note. */
export function compare(
  section: 'slack' | 'discord',
  name: string,
  baselineName: string,
  ours: number[],
  baseline: number[],
  scale: Scale,
  questions: number,
): Row[] {
  const a = latencyOf(ours);
  const b = latencyOf(baseline);
  return [
    {
      section,
      name,
      scale,
      p50: a.p50,
      p99: a.p99,
      mean: a.mean,
      samples: a.samples,
      note: `${(a.p50 / b.p50).toFixed(2)}× baseline at p50, ${(a.p99 / b.p99).toFixed(2)}× at p99; ${questions} questions in turn`,
    },
    {
      section,
      name: baselineName,
      scale,
      p50: b.p50,
      p99: b.p99,
      mean: b.mean,
      samples: b.samples,
      note: 'baseline',
    },
  ];
}
