import type { Config } from '../config.js';
import type { Platform, Subscription } from '../store/index.js';
import { cronSchedule, dailyAt, type DaySchedule } from './schedule.js';
import { parseClock } from './zoned-time.js';

/** A channel that gets the digest, and when. */
export interface Destination {
  platform: Platform;
  channelId: string;
  schedule: DaySchedule;
  /** 'env': SLACK_/DISCORD_DIGEST_CHANNELS with DIGEST_CRON; 'chat': `/trip digest on`. */
  source: 'env' | 'chat';
  /** For chat subscriptions: scheduled times before this instant are not owed. */
  since?: Date;
}

export function subscriptionSchedule(subscription: Pick<Subscription, 'time' | 'timeZone'>): DaySchedule {
  return dailyAt(parseClock(subscription.time) ?? 8 * 60, subscription.timeZone);
}

/** Builds the env destinations' shared cron schedule once; reuse it across ticks. */
export function envSchedule(config: Readonly<Config>): DaySchedule {
  return cronSchedule(config.digest.cron, config.digest.timeZone);
}

/**
 * Every destination: env channels on the global cron, chat subscriptions on their own
 * time. A channel with a chat subscription follows it, even if it is also in the env list.
 */
export function listDestinations(
  config: Readonly<Config>,
  global: DaySchedule,
  subscriptions: readonly Subscription[],
): Destination[] {
  const chat: Destination[] = subscriptions.map((s) => ({
    platform: s.platform,
    channelId: s.channelId,
    schedule: subscriptionSchedule(s),
    source: 'chat',
    since: new Date(s.createdAt),
  }));
  const seen = new Set(chat.map((d) => `${d.platform}:${d.channelId}`));
  const env: Destination[] = [];
  const configured = [
    ...config.digest.slackChannels.map((channelId) => ({ platform: 'slack' as const, channelId })),
    ...config.digest.discordChannels.map((channelId) => ({ platform: 'discord' as const, channelId })),
  ];
  for (const { platform, channelId } of configured) {
    if (seen.has(`${platform}:${channelId}`)) continue;
    seen.add(`${platform}:${channelId}`);
    env.push({ platform, channelId, schedule: global, source: 'env' });
  }
  return [...env, ...chat];
}
