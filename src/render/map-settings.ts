/**
 * Whether `route` and `where` answers in a channel carry the route map. Keyed by
 * `platform:channelId`. The in-memory implementation lasts as long as the process; a
 * store-backed one implements the same two methods.
 */
export interface MapSettings {
  mapsOff(channelKey: string): boolean | Promise<boolean>;
  setMapsOff(channelKey: string, off: boolean): void | Promise<void>;
}

export function memoryMapSettings(): MapSettings {
  const off = new Set<string>();
  return {
    mapsOff: (key) => off.has(key),
    setMapsOff: (key, value) => void (value ? off.add(key) : off.delete(key)),
  };
}
