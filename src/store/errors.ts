/** The store could not be opened as tripbot's database. Start-up stops; the file is left as it is. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly path: string,
    readonly problem: string,
    readonly hint = 'Fix or move the file, or set DATABASE_PATH to another path.',
  ) {
    super(`Database ${path} ${problem}. ${hint}`);
  }
}
