/**
 * A loopback fake of Discord's v10 gateway, attached to the HTTP server of the fake API
 * (`test/fakes/discord-api.ts`), which advertises it from `GET /gateway/bot`.
 *
 * It speaks plain JSON (no compression, as discord.js asks for when zlib-sync is absent):
 * HELLO on connect, HEARTBEAT_ACK to heartbeats, READY (no guilds, so the client turns
 * ready at once) to IDENTIFY, RESUMED to RESUME. Tests then push dispatches such as
 * `INTERACTION_CREATE` through {@link FakeGateway.dispatch}, so the real client handles
 * them through its own websocket dispatch.
 */
import type { Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  GatewayDispatchEvents,
  GatewayOpcodes,
  type APIInteraction,
  type ApplicationFlags,
  type GatewayIdentifyData,
  type GatewayReadyDispatchData,
} from 'discord-api-types/v10';

export interface FakeGateway {
  /** The URL `GET /gateway/bot` returns. */
  url: string;
  /** Every IDENTIFY payload received, in order (tokens included: test tokens only). */
  identifies: GatewayIdentifyData[];
  /** How many clients are connected right now. */
  openConnections(): number;
  /** Resolves once a client has identified and been sent READY. */
  waitForReady(timeoutMs?: number): Promise<void>;
  /** Sends a dispatch (op 0) with the next sequence number to every connected client. */
  dispatch(event: GatewayDispatchEvents | string, data: unknown): void;
  /** Sends `INTERACTION_CREATE` with a raw interaction payload. */
  interact(interaction: APIInteraction): void;
  close(): Promise<void>;
  /**
   * 'normal'; 'silent': accepts connections and never says HELLO (a gateway that cannot be
   * reached in time); 'reject-4004': closes with 4004 (authentication failed) on IDENTIFY.
   */
  behave(mode: 'normal' | 'silent' | 'reject-4004'): void;
  /** Closes every connection with this close code (4004: the token was revoked). */
  closeAll(code: number): void;
}

export interface FakeGatewayOptions {
  applicationId: string;
  botUserId: string;
}

export function attachFakeGateway(server: Server, baseUrl: string, options: FakeGatewayOptions): FakeGateway {
  const wss = new WebSocketServer({ server, path: '/gateway' });
  const url = `${baseUrl.replace(/^http/, 'ws')}/gateway`;
  const identifies: GatewayIdentifyData[] = [];
  const readySockets = new Set<WebSocket>();
  const readyWaiters: Array<() => void> = [];
  let sequence = 0;
  let mode: 'normal' | 'silent' | 'reject-4004' = 'normal';

  const send = (socket: WebSocket, payload: unknown) => socket.send(JSON.stringify(payload));
  const sendDispatch = (socket: WebSocket, event: string, data: unknown) =>
    send(socket, { op: GatewayOpcodes.Dispatch, t: event, s: ++sequence, d: data });

  const ready: GatewayReadyDispatchData = {
    v: 10,
    user: {
      id: options.botUserId,
      username: 'tripbot',
      discriminator: '0',
      global_name: null,
      avatar: null,
      bot: true,
    },
    guilds: [],
    session_id: 'fake-session',
    resume_gateway_url: url,
    shard: [0, 1],
    application: { id: options.applicationId, flags: 0 as ApplicationFlags, flags_new: '0' },
  };

  wss.on('connection', (socket) => {
    if (mode === 'silent') return;
    send(socket, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: 45_000 } });
    socket.on('close', () => readySockets.delete(socket));
    socket.on('message', (raw) => {
      const packet = JSON.parse(String(raw)) as { op: number; d: unknown };
      switch (packet.op) {
        case GatewayOpcodes.Heartbeat:
          send(socket, { op: GatewayOpcodes.HeartbeatAck });
          break;
        case GatewayOpcodes.Identify:
          identifies.push(packet.d as GatewayIdentifyData);
          if (mode === 'reject-4004') {
            socket.close(4004, 'Authentication failed.');
            break;
          }
          sendDispatch(socket, GatewayDispatchEvents.Ready, ready);
          readySockets.add(socket);
          readyWaiters.splice(0).forEach((resolve) => resolve());
          break;
        case GatewayOpcodes.Resume:
          sendDispatch(socket, GatewayDispatchEvents.Resumed, null);
          readySockets.add(socket);
          break;
        default:
          break;
      }
    });
  });

  return {
    url,
    identifies,
    openConnections: () => wss.clients.size,
    waitForReady(timeoutMs = 5000) {
      if (readySockets.size > 0) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error('no client identified on the fake gateway')),
          timeoutMs,
        );
        readyWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
    dispatch(event, data) {
      if (readySockets.size === 0) throw new Error('no client is connected to the fake gateway');
      for (const socket of readySockets) sendDispatch(socket, event, data);
    },
    interact(interaction) {
      this.dispatch(GatewayDispatchEvents.InteractionCreate, interaction);
    },
    behave(next) {
      mode = next;
    },
    closeAll(code) {
      for (const socket of wss.clients) socket.close(code, 'closed by the fake');
    },
    close() {
      for (const socket of wss.clients) socket.terminate();
      return new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
