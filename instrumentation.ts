/**
 * Runs once when the server starts: load and index the content before the first reader
 * arrives, so that no request pays for reading the archive.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { getContent } = await import('./lib/content');
    getContent();
  }
}
