/** `npm run trip -- map 2023-11-07 --out FILE` from the compiled build, with the network off. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { THEMES } from '../../src/render/map-theme.js';
import { decodePng, distance } from '../fixtures/png.js';
import { runProcess } from '../fixtures/spawn-cli.js';

interface MapJson {
  trip: string;
  stops: { order: number; label: string; basis: string; lat: number; lon: number; x: number; y: number }[];
  bounds: { west: number; south: number; east: number; north: number };
}

describe('npm run trip -- map 2023-11-07 --out FILE (the acceptance run)', () => {
  it('writes the route PNG with the network off; pixels at three stops are the stop colour', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tripbot-map-')), 'm.png');
    // The compiled CLI, as npm run trip runs it (npm test and test:unit build first).
    const node = [process.execPath, '--import', './test/fixtures/no-network.mjs'];
    const args = ['dist/src/cli/trip.js', 'map', '2023-11-07', '--out', out, '--json'];
    const isolated = spawnSync('unshare', ['-n', 'true']).status === 0;
    const result = isolated
      ? await runProcess('unshare', ['-n', ...node, ...args])
      : await runProcess(node[0] ?? 'node', [...node.slice(1), ...args]);
    expect(result.stderr).not.toContain('NETWORK ATTEMPT');
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as MapJson;
    expect(json.stops.map((s) => s.label.split(',')[0])).toEqual([
      'Tel Aviv',
      'Amman',
      'Ramallah',
      'Baghdad',
      'Ankara',
      'Tokyo',
      'Seoul',
      'New Delhi',
    ]);
    // Tel Aviv is at 32.08N 34.78E; the map box holds every stop.
    expect(json.stops[0]).toMatchObject({ lat: expect.closeTo(32.08, 1), lon: expect.closeTo(34.78, 1) });
    expect(json.bounds.west).toBeLessThanOrEqual(34.77);
    expect(json.bounds.east).toBeGreaterThanOrEqual(139.75);

    // The Historian's records 4177-4183 and 4189 date every stop: none is inferred any more.
    expect(json.stops.map((s) => s.basis)).toEqual(Array(8).fill('documented'));

    const image = decodePng(readFileSync(out));
    expect([image.width, image.height]).toEqual([800, 520]);
    // Ankara (record 4189) was the page's inferred ring; now it is a documented dot too.
    for (const city of ['Baghdad', 'Tokyo', 'New Delhi', 'Ankara']) {
      const stop = json.stops.find((s) => s.label.startsWith(city));
      expect(
        distance(image.at(stop?.x ?? -1, stop?.y ?? -1), THEMES.light.documented),
        city,
      ).toBeLessThanOrEqual(8);
    }
  });
});
