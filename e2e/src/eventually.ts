/**
 * Reads `read()` until `accept` holds or `timeoutMs` passes (jest has no `expect.poll`); returns
 * the last value read, so the assertion that follows shows what the screen said.
 */
export async function eventually<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}
