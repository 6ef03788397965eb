import { once } from 'node:events';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { parseCommandText } from '../../commands/dispatch.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { startDiscord } from '../../src/platforms/discord/index.js';
import { renderDiscordEmbeds } from '../../src/platforms/discord/render.js';
import type { APIEmbed } from 'discord.js';
import type { Library } from '../../src/query/library.js';
import { startFakeDiscord, type FakeDiscord } from '../../test/fakes/discord-api.js';
import { chatInput, isCallback } from '../../test/platforms/discord/harness.js';
import type { Row, Scale } from '../lib/report.js';
import { compare, measureInTurn, precomputed } from './slack.js';

const TOKEN = 'bench-discord-bot-token';

/**
 * A bare discord.js client on its own fake (the fake gateway sends to every client): replies a
 * constant string or, given `answers`, tripbot's own embeds for the question, computed beforehand.
 */
async function startBareClient(
  answers?: ReadonlyMap<string, APIEmbed[]>,
): Promise<{ fake: FakeDiscord; stop: () => Promise<void> }> {
  const fake = await startFakeDiscord();
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
  client.on(Events.InteractionCreate, (interaction) => {
    if (!interaction.isChatInputCommand()) return;
    const values = (interaction.options.data[0]?.options ?? []).map((o) => o.value);
    const question = [interaction.options.getSubcommand(false), ...values]
      .filter((v) => v !== undefined && v !== null)
      .join(' ');
    const embeds = answers?.get(question);
    void interaction.reply(
      embeds
        ? { embeds, allowedMentions: { parse: [] } }
        : { content: 'A constant answer.', allowedMentions: { parse: [] } },
    );
  });
  await Promise.all([once(client, Events.ClientReady), client.login(TOKEN)]);
  return {
    fake,
    stop: async () => {
      await client.destroy();
      await fake.close();
    },
  };
}

/** `/trip <command> <option>:<value> ...` as the gateway delivers it, the options read as Slack text is. */
function interactionFor(question: string) {
  const { command, options } = parseCommandText(question);
  const values = Object.fromEntries(
    Object.entries(options).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  return chatInput(command.name, values);
}

/** The question as the bare client rebuilds it from the interaction: command, then option values in order. */
function canonical(question: string): string {
  const { command, options } = parseCommandText(question);
  return [command.name, ...Object.values(options).filter((v) => v !== undefined)].join(' ');
}

/** INTERACTION_CREATE from the fake gateway until the callback body reaches the fake REST API; ms. */
async function roundTrip(fake: FakeDiscord, question: string): Promise<number> {
  fake.requests.length = 0;
  const interaction = interactionFor(question);
  const match = isCallback(interaction);
  let arrived = 0;
  const callback = fake.waitFor((r) => {
    if (!match(r) || r.status >= 300) return false;
    arrived = performance.now();
    return true;
  }, 10_000);
  const started = performance.now();
  fake.gateway.interact(interaction);
  await callback;
  return arrived - started;
}

/** The real adapter (startDiscord) against a bare discord.js handler, alternating interaction by interaction. */
export async function benchDiscord(
  library: Library,
  questions: readonly string[],
  scale: Scale,
  runs: number,
): Promise<Row[]> {
  const fake = await startFakeDiscord();
  const config = loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'error' });
  const log = createLogger('error', config.secrets, () => {});
  const tripbot = await startDiscord({ config, library, log, services: {} });
  const bare = await startBareClient();
  const asked = questions.map(canonical);
  const same = await startBareClient(await precomputed(library, asked, 'discord', renderDiscordEmbeds));
  let samples: number[][] = [];
  try {
    samples = await measureInTurn(asked, runs, (question) => [
      () => roundTrip(fake, question),
      () => roundTrip(bare.fake, question),
      () => roundTrip(same.fake, question),
    ]);
  } finally {
    await tripbot.stop();
    await bare.stop();
    await same.stop();
    await fake.close();
  }
  return compare(
    'discord',
    [
      'tripbot /trip (discord.js)',
      'bare discord.js, constant reply',
      'bare discord.js, same embeds precomputed',
    ],
    samples,
    scale,
    questions.length,
  );
}
