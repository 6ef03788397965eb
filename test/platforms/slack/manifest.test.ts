import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const manifest: unknown = JSON.parse(readFileSync('manifest.json', 'utf8'));

/** The parts of Slack's app manifest shape tripbot relies on (docs.slack.dev/reference/app-manifest). */
const Manifest = z.object({
  display_information: z.object({
    name: z.string().min(1).max(35),
    description: z.string().max(140).optional(),
    long_description: z.string().min(175).max(4000).optional(),
    background_color: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/)
      .optional(),
  }),
  features: z.object({
    bot_user: z.object({ display_name: z.string().min(1).max(80), always_online: z.boolean().optional() }),
    slash_commands: z.array(
      z.object({
        command: z.string().regex(/^\/[a-z0-9_-]{1,31}$/),
        description: z.string().min(1).max(2000),
        usage_hint: z.string().min(1).max(1000),
        should_escape: z.boolean(),
        url: z.url().optional(),
      }),
    ),
  }),
  oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string().regex(/^[a-z.:_]+$/)) }) }),
  settings: z.object({
    interactivity: z.object({ is_enabled: z.boolean(), request_url: z.url().optional() }),
    org_deploy_enabled: z.boolean(),
    socket_mode_enabled: z.boolean(),
    token_rotation_enabled: z.boolean(),
  }),
});

describe('manifest.json', () => {
  const parsed = Manifest.parse(manifest);

  it('declares /trip with a usage hint and unescaped text', () => {
    const trip = parsed.features.slash_commands.find((c) => c.command === '/trip');
    expect(trip?.usage_hint).toContain('where');
    expect(trip?.should_escape).toBe(false);
  });

  it('asks for the scopes the code uses: the command, chat.postMessage, users.info, conversations.history', () => {
    expect(parsed.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining(['commands', 'chat:write', 'users:read', 'channels:history', 'groups:history']),
    );
  });

  it('turns on Socket Mode and interactivity (the share button), with no org deploy or token rotation', () => {
    expect(parsed.settings).toMatchObject({
      interactivity: { is_enabled: true },
      socket_mode_enabled: true,
      org_deploy_enabled: false,
      token_rotation_enabled: false,
    });
  });
});
