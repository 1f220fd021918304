/**
 * Serves `text` as a JSON document from the test server (test/server/json-echo.plugin.mjs); returns its URL. Add
 * `?delay=ms` for a server slow to answer, `?stall=ms` for one that sends half the body and then stalls.
 */
export async function serveJson(text: string): Promise<string> {
  const url = `/__json/${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  await fetch(url, { method: 'PUT', body: text });
  return new URL(url, location.href).href;
}
