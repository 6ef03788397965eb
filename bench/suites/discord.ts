import { once } from 'node:events';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { findCommand } from '../../commands/index.js';
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
    const option = interaction.options.data[0]?.options?.[0]?.value;
    const question = [interaction.options.getSubcommand(false), option]
      .filter((v) => v !== undefined)
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

/** `/trip <command> <first option>:<value>` as the gateway delivers it. */
function interactionFor(question: string) {
  const [name = 'help', ...rest] = question.split(' ');
  const option = findCommand(name)?.options[0]?.name;
  return chatInput(name, option && rest.length ? { [option]: rest.join(' ') } : {});
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
  const same = await startBareClient(await precomputed(library, questions, 'discord', renderDiscordEmbeds));
  let samples: number[][] = [];
  try {
    samples = await measureInTurn(questions, runs, (question) => [
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
