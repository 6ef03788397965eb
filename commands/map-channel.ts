import type { ChannelContext, CommandContext } from './types.js';

/** The key of a channel's map setting ("slack:C123"); none in the console or a one-shot run. */
export const channelKey = (channel: ChannelContext) =>
  channel.channelId ? `${channel.platform}:${channel.channelId}` : undefined;

/** Where a map can go with an answer: Slack and Discord, unless the channel turned maps off. */
export async function mapsWanted(ctx: CommandContext): Promise<boolean> {
  if (ctx.channel.platform === 'console') return false;
  const key = channelKey(ctx.channel);
  return !(key && (await ctx.services.maps?.mapsOff(key)));
}
