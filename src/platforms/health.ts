/** Each configured platform's state, for GET /readyz, the metrics and the digest senders. */
export type PlatformState = 'starting' | 'up' | 'down';

export interface PlatformStatus {
  state: PlatformState;
  /** Why it is down (or still starting), for logs and /readyz. */
  reason?: string;
  since: string;
}

export interface Health {
  set(platform: string, state: PlatformState, reason?: string): void;
  snapshot(): Record<string, PlatformStatus>;
  /** True when every configured platform is up. */
  ready(): boolean;
  onChange(listener: (platform: string, status: PlatformStatus) => void): void;
}

export function createHealth(now: () => Date = () => new Date()): Health {
  const platforms = new Map<string, PlatformStatus>();
  const listeners: ((platform: string, status: PlatformStatus) => void)[] = [];
  return {
    set(platform, state, reason) {
      const previous = platforms.get(platform);
      if (previous?.state === state && previous.reason === reason) return;
      const status = { state, ...(reason ? { reason } : {}), since: now().toISOString() };
      platforms.set(platform, status);
      for (const listener of listeners) listener(platform, status);
    },
    snapshot: () => Object.fromEntries(platforms),
    ready: () => [...platforms.values()].every((s) => s.state === 'up'),
    onChange: (listener) => void listeners.push(listener),
  };
}
