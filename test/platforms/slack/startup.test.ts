import { describe, expect, it } from 'vitest';
import { startFakeSlack } from '../../fakes/slack-api.js';
import { startHarness } from './harness.js';

describe('startSlack', () => {
  it('stops start-up with a message naming SLACK_BOT_TOKEN when Slack rejects it', async () => {
    const slack = await startFakeSlack();
    try {
      slack.script('auth.test', { body: { ok: false, error: 'invalid_auth' } });
      await expect(startHarness({ env: { SLACK_API_URL: slack.apiUrl } })).rejects.toThrow(
        'Slack refused SLACK_BOT_TOKEN (auth.test: invalid_auth)',
      );
      expect(slack.requests.map((r) => r.method)).toEqual(['auth.test']);
    } finally {
      await slack.close();
    }
  });
});
