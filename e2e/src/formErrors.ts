import type { Locator } from 'playwright-core';

/**
 * The message shown under an input, read the way a screen reader does: through the input's
 * aria-describedby (MUI links an input to its helper text, where react-admin puts errors).
 */
export async function messageUnder(input: Locator): Promise<string> {
  await input.waitFor();
  const describedBy = await input.getAttribute('aria-describedby');
  if (!describedBy) return '';
  const texts = await Promise.all(
    describedBy.split(/\s+/).map((id) =>
      input
        .page()
        .locator(`[id="${id}"]`)
        .innerText()
        .catch(() => ''),
    ),
  );
  return texts.join(' ').trim();
}
