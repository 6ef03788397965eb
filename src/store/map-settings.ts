import type { MapSettings } from '../render/map-settings.js';
import type { ChannelSettings, Platform } from './types.js';

/**
 * Map settings kept in the store, so every replica (and a restart) sees what a channel
 * chose. Keys are `platform:channelId`, as the map command writes them.
 */
export function storeMapSettings(channels: ChannelSettings, now: () => Date = () => new Date()): MapSettings {
  const parse = (key: string): [Platform, string] | undefined => {
    const [platform, ...rest] = key.split(':');
    return (platform === 'slack' || platform === 'discord') && rest.length
      ? [platform, rest.join(':')]
      : undefined;
  };
  return {
    mapsOff: async (key) => {
      const at = parse(key);
      return at ? channels.mapsOff(...at) : false;
    },
    setMapsOff: async (key, off) => {
      const at = parse(key);
      if (at) await channels.setMapsOff(...at, off, now());
    },
  };
}
