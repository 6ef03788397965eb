import { createHmac } from 'node:crypto';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { startSlack } from '../../src/platforms/slack/index.js';
import { renderSlackMessage, type SlackMessage } from '../../src/platforms/slack/render.js';
import { runText } from '../../commands/dispatch.js';
import type { Reply } from '../../src/reply/model.js';
import type { Library } from '../../src/query/library.js';
import { startFakeSlack, type FakeSlack } from '../../test/fakes/slack-api.js';
import type { Row, Scale } from '../lib/report.js';
import { latencyOf } from '../lib/stats.js';

/** The signing secret every bench Slack app is started with. */
export const SECRET = 'bench-signing-secret-0123456789';
const TOKEN = 'xoxb-bench-bot-token';

/** A signed `/trip` slash command as Slack sends it; a distinct trigger id makes a distinct signature. */
export function signedCommand(
  text: string,
  responseUrl: string,
  triggerId = 'trigger-bench',
): { body: string; headers: Record<string, string> } {
  const body = new URLSearchParams({
    team_id: 'T0FAKE',
    channel_id: 'C0NEWS',
    user_id: 'U0ALICE',
    command: '/trip',
    text,
    api_app_id: 'A0TRIP',
    response_url: responseUrl,
    trigger_id: triggerId,
  }).toString();
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex');
  return {
    body,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': `v0=${signature}`,
    },
  };
}

function signedPost(url: string, text: string, responseUrl: string): Promise<Response> {
  return fetch(url, { method: 'POST', ...signedCommand(text, responseUrl) });
}

/**
 * A bare Bolt app on the same receiver type and fake: acks and responds a constant string,
 * or, given `answers`, tripbot's own rendered answer to the same question, computed beforehand.
 */
export async function startBareBolt(
  fake: FakeSlack,
  answers?: ReadonlyMap<string, SlackMessage>,
): Promise<{ url: string; stop: () => Promise<void> }> {
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
  app.command('/trip', async ({ ack, respond, command }) => {
    await ack();
    const answer = answers?.get(command.text);
    await respond(
      answer
        ? { response_type: 'ephemeral', ...answer }
        : { response_type: 'ephemeral', text: 'A constant answer.' },
    );
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
  const same = await startBareBolt(fake, await precomputed(library, questions, 'slack', renderSlackMessage));
  const tripbotUrl = `http://127.0.0.1:${tripbot.port}/slack/events`;
  let samples: number[][] = [];
  try {
    samples = await measureInTurn(questions, runs, (text, i) => [
      () => roundTrip(fake, tripbotUrl, text, `t${i}`),
      () => roundTrip(fake, bare.url, text, `b${i}`),
      () => roundTrip(fake, same.url, text, `s${i}`),
    ]);
  } finally {
    await tripbot.stop();
    await bare.stop();
    await same.stop();
    await fake.close();
  }
  return compare(
    'slack',
    ['tripbot /trip (Bolt HTTP)', 'bare Bolt, constant reply', 'bare Bolt, same answer precomputed'],
    samples,
    scale,
    questions.length,
  );
}

/** tripbot's answer to each question, rendered for one platform, for the same-answer baseline. */
export async function precomputed<T>(
  library: Library,
  questions: readonly string[],
  platform: 'slack' | 'discord',
  render: (reply: Reply) => T,
): Promise<Map<string, T>> {
  const answers = new Map<string, T>();
  for (const text of questions) {
    const outcome = await runText(text, { library, timeZone: 'America/New_York', channel: { platform } });
    answers.set(text, render(outcome.reply));
  }
  return answers;
}

/**
 * Asks every question in turn of each contender (after 50 warm-up rounds), starting from a
 * different one each round so none always runs on a warmer machine. Times per contender, ms.
 */
export async function measureInTurn(
  questions: readonly string[],
  runs: number,
  contenders: (question: string, round: number) => (() => Promise<number>)[],
): Promise<number[][]> {
  const warmup = Math.min(50, runs);
  const samples: number[][] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const turns = contenders(questions[i % questions.length]!, i);
    const times: number[] = new Array(turns.length).fill(0);
    for (let k = 0; k < turns.length; k++) {
      const j = (i + k) % turns.length;
      times[j] = await turns[j]!();
    }
    if (i >= warmup) times.forEach((t, k) => (samples[k] ??= []).push(t));
  }
  return samples;
}

/** tripbot's row and its baselines' rows, with the ratios in tripbot's note. */
export function compare(
  section: 'slack' | 'discord',
  names: readonly [string, string, string],
  samples: readonly number[][],
  scale: Scale,
  questions: number,
): Row[] {
  const a = latencyOf(samples[0] ?? []);
  const b = latencyOf(samples[1] ?? []);
  const c = latencyOf(samples[2] ?? []);
  const row = (name: string, l: ReturnType<typeof latencyOf>, note: string): Row => ({
    section,
    name,
    scale,
    p50: l.p50,
    p99: l.p99,
    mean: l.mean,
    samples: l.samples,
    note,
  });
  return [
    row(
      names[0],
      a,
      `${(a.p50 / b.p50).toFixed(2)}× constant reply at p50 (${(a.p99 / b.p99).toFixed(2)}× at p99); ${(a.p50 / c.p50).toFixed(2)}× the same answer sent bare; ${questions} questions in turn`,
    ),
    row(names[1], b, 'baseline (the budget)'),
    row(names[2], c, 'baseline: same blocks/embeds, no tripbot code on the path'),
  ];
}
