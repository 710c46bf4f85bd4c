import type { Locator, Page } from 'playwright-core';

/** Waits until the status region says `text` (a substring), and returns what it says. */
export async function statusSays(page: Page, text: string | RegExp, timeout = 15_000): Promise<string> {
  const status = page.locator('.status').filter({ hasText: text });
  await status.waitFor({ timeout });
  return (await status.textContent()) ?? '';
}

/** The numbered lines shown for the selected outline, once they start with `firstLine`. */
export async function renderedLines(page: Page, firstLine: RegExp): Promise<string[]> {
  const lines = page.locator('[role="tabpanel"]:not([hidden]) .outline-lines li');
  await lines.first().filter({ hasText: firstLine }).waitFor();
  return lines.allTextContents();
}

/** Waits until the numbered lines shown are exactly `expected`: a newer render has replaced the one before. */
export async function renderedLinesBecome(page: Page, expected: string[], timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    (want) => {
      const shown = [...document.querySelectorAll('[role="tabpanel"]:not([hidden]) .outline-lines li')].map((item) => item.textContent);
      return JSON.stringify(shown) === JSON.stringify(want);
    },
    expected,
    { timeout },
  );
}

/**
 * Chooses `option` (its value, or { label }) in the picker labelled `pickerLabel` within `scope`
 * (a style, a category, a team…). Every test picks through here: the pickers' kind of control can
 * change without the tests changing.
 */
export async function choose(scope: Locator, pickerLabel: string, option: string | { label: string }): Promise<void> {
  await scope.getByLabel(pickerLabel, { exact: true }).selectOption(option);
}

/** The value chosen in the picker labelled `pickerLabel` within `scope`. */
export function chosen(scope: Locator, pickerLabel: string): Promise<string> {
  return scope.getByLabel(pickerLabel, { exact: true }).inputValue();
}
