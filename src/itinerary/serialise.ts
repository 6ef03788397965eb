/** The one JSON layout of itinerary.json: stable, so a re-run of ingest produces no diff. */
export function serialise(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
