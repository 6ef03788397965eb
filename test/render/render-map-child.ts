// Child process of route-map.test.ts: renders the committed trip's map and writes the PNG.
import { writeFileSync } from 'node:fs';
import { loadLibrary } from '../../src/query/load-library.js';
import { renderRouteMap } from '../../src/render/route-map.js';
import { routeMapInput } from '../../src/render/route-map-input.js';

const [tripsDir = '', tripId = '', out = ''] = process.argv.slice(2);
const trip = (await loadLibrary(tripsDir)).findTrip(tripId);
if (!trip) throw new Error(`no trip ${tripId}`);
writeFileSync(out, (await renderRouteMap(routeMapInput(trip))).png);
