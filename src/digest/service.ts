import type { ChannelContext, DigestService } from '../../commands/types.js';
import type { Config } from '../config.js';
import { UserError } from '../errors.js';
import { answer, type Reply, type Section } from '../reply/model.js';
import type { Platform, Store } from '../store/index.js';
import { parseOnArguments } from './digest-arguments.js';
import { subscriptionSchedule } from './destinations.js';
import type { Scheduler } from './scheduler.js';
import { ledgerLine, nextRunText } from './status-text.js';
import { describeInstant, formatClock, localTime } from './zoned-time.js';

export interface ServiceDeps {
  config: Readonly<Config>;
  store: Store;
  scheduler: Scheduler;
  now: () => Date;
  /** False once the runtime has stopped and the store is closed. */
  isOpen: () => boolean;
}

const ENV_NAME: Record<Platform, string> = {
  slack: 'SLACK_DIGEST_CHANNELS',
  discord: 'DISCORD_DIGEST_CHANNELS',
};

/** `/trip digest on|off|status` for one Slack or Discord channel, backed by the store. */
export function createDigestService(deps: ServiceDeps): DigestService {
  const { config, store, scheduler } = deps;

  async function status(platform: Platform, channelId: string): Promise<Reply> {
    const now = deps.now();
    const subscription = await store.subscriptions.get(platform, channelId);
    const inEnv = (
      platform === 'slack' ? config.digest.slackChannels : config.digest.discordChannels
    ).includes(channelId);
    const sections: Section[] = [];
    let lead = 'Off: this channel gets no daily digest. Turn it on with /trip digest on 07:30 Europe/Berlin';
    if (subscription) {
      const schedule = subscriptionSchedule(subscription);
      const next = nextRunText(schedule, now);
      lead = `On: every day at ${subscription.time} ${subscription.timeZone}; next run ${next}`;
      sections.push({
        heading: 'Subscription',
        lines: [],
        facts: [
          { label: 'Time', value: `${subscription.time} ${subscription.timeZone}` },
          { label: 'Next run', value: next },
          {
            label: 'Since',
            value: `${describeInstant(new Date(subscription.createdAt), 'UTC')}${subscription.createdBy ? ` by ${subscription.createdBy}` : ''}`,
          },
        ],
      });
    }
    if (inEnv) {
      const schedule = scheduler.globalSchedule;
      const line = `This channel is in ${ENV_NAME[platform]}: DIGEST_CRON ${config.digest.cron} in ${schedule.timeZone}`;
      if (!subscription) lead = `On (set by the bot's configuration): next run ${nextRunText(schedule, now)}`;
      sections.push({
        heading: 'Configuration',
        lines: [subscription ? `${line}; the subscription above replaces that schedule.` : `${line}.`],
      });
    }
    if (config.digest.replayStart) {
      const zone = subscription?.timeZone ?? config.digest.timeZone;
      const today = scheduler.dateFor(localTime(now, zone).date);
      sections.push({
        heading: 'Replay',
        lines: [
          `Replaying ${config.digest.replayTrip ? `trip ${config.digest.replayTrip}` : 'the latest trip'} from ${config.digest.replayStart}, one trip day per day: today's digest is ${today ?? 'none (outside the replay)'}.`,
        ],
      });
    }
    const recent = await store.ledger.recent(platform, channelId, 5);
    sections.push({
      heading: 'Recent digests',
      lines: recent.length ? recent.map(ledgerLine) : ['None yet.'],
    });
    return answer('Daily digest for this channel', { lead, sections });
  }

  async function turnOn(
    platform: Platform,
    channelId: string,
    args: string,
    userId?: string,
  ): Promise<Reply> {
    const { minute, timeZone } = parseOnArguments(args, config.digest.timeZone);
    const now = deps.now();
    const time = formatClock(minute);
    await store.subscriptions.put({
      platform,
      channelId,
      time,
      timeZone,
      ...(userId ? { createdBy: userId } : {}),
      createdAt: now.toISOString(),
    });
    const next = nextRunText(subscriptionSchedule({ time, timeZone }), now);
    return answer('Daily digest is on for this channel', {
      lead: `Every day at ${time} ${timeZone}; next run ${next}.`,
      sections: [{ lines: ['Turn it off with /trip digest off; see deliveries with /trip digest status.'] }],
      visibility: 'public',
    });
  }

  async function turnOff(platform: Platform, channelId: string): Promise<Reply> {
    const removed = await store.subscriptions.remove(platform, channelId);
    const inEnv = (
      platform === 'slack' ? config.digest.slackChannels : config.digest.discordChannels
    ).includes(channelId);
    const lines = inEnv
      ? [
          `This channel is also in ${ENV_NAME[platform]}, so it still gets the digest on DIGEST_CRON; ask the bot's operator to remove it.`,
        ]
      : [];
    return answer(
      removed ? 'Daily digest is off for this channel' : 'This channel had no digest subscription',
      {
        sections: lines.length ? [{ lines }] : [],
        visibility: removed ? 'public' : 'ephemeral',
      },
    );
  }

  return {
    async handle(action, args, channel: ChannelContext) {
      if (channel.platform === 'console' || !channel.channelId) {
        throw new UserError(
          'UNAVAILABLE',
          'Digests are posted to Slack and Discord channels; there is no channel here.',
          'Run /trip digest on in a Slack or Discord channel',
        );
      }
      if (!deps.isOpen())
        throw new UserError(
          'UNAVAILABLE',
          'Digests are not available: the bot is shutting down.',
          'Try again in a minute',
        );
      const { platform, channelId } = channel;
      if (action !== 'status' && channel.canManageChannel !== true) {
        throw new UserError(
          'FORBIDDEN',
          platform === 'discord'
            ? 'Only members who can manage this channel can turn its digest on or off.'
            : 'Only workspace admins and owners (and the bot’s DIGEST_MANAGERS) can turn this channel’s digest on or off.',
          platform === 'discord'
            ? 'Ask a moderator, or see /trip digest status'
            : 'Ask an admin, or see /trip digest status',
        );
      }
      if (action === 'on') return turnOn(platform, channelId, args, channel.userId);
      if (action === 'off') return turnOff(platform, channelId);
      return status(platform, channelId);
    },
  };
}
