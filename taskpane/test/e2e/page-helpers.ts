import type { Locator, Page, Route } from 'playwright-core';

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
 * Chooses an option in a picker (a Fluent dropdown, dom.ts labelledSelect) as a user does: opens it
 * and clicks the option. `option` is the option's value, or { label } its text (as selectOption).
 */
export async function choose(picker: Locator, option: string | { label: string }): Promise<void> {
  await picker.click();
  const dropdown = picker.locator('xpath=ancestor::fluent-dropdown[1]');
  // Fluent gives its options their role through ElementInternals, which Playwright's role queries do not see.
  const item = dropdown.locator(typeof option === 'string' ? `fluent-option[value="${option}"]` : `fluent-option:text-is("${option.label}")`);
  await item.click();
  await item.waitFor({ state: 'hidden' });
}

/** The picker labelled `label` in the tab shown. */
export function picker(page: Page, label: string): Locator {
  return page.locator('[role="tabpanel"]:not([hidden])').getByRole('combobox', { name: label, exact: true });
}

/** Chooses the numbering style (编号样式) of the outline shown in the tab shown. */
export function chooseStyle(page: Page, option: string | { label: string }): Promise<void> {
  return choose(picker(page, '编号样式'), option);
}

/** The value of the picker labelled `label` in the tab shown ('' when none is chosen, as a <select>'s). */
export function pickerValue(page: Page, label: string): Promise<string> {
  return picker(page, label)
    .locator('xpath=ancestor::fluent-dropdown[1]')
    .evaluate((dropdown) => (dropdown as HTMLElement & { value: string }).value);
}

/** Waits until `picker` offers an option labelled `optionLabel`; with `offered: false`, until it does not. */
export async function pickerOffers(picker: Locator, optionLabel: string, offered = true): Promise<void> {
  await picker
    .locator('xpath=ancestor::fluent-dropdown[1]')
    .locator('fluent-option', { hasText: optionLabel })
    .waitFor({ state: offered ? 'attached' : 'detached' });
}

/**
 * Holds the server's answers to the requests `matches` accepts until `release()`: a slow server,
 * without timing. A request the page aborts meanwhile is simply dropped.
 */
export async function holdAnswers(page: Page, matches: (url: URL) => boolean): Promise<{ release: () => void; unroute: () => Promise<void> }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const url = (url: URL) => matches(url);
  const handler = async (route: Route) => {
    await released;
    await route.continue().catch(() => undefined);
  };
  await page.route(url, handler);
  // page.unroute matches the very url and handler given to page.route: a copy of either removes nothing.
  return { release, unroute: () => page.unroute(url, handler) };
}

/** Resolves once the request `matches` accepts has ended, answered or aborted. */
export function requestSettled(page: Page, matches: (url: URL) => boolean): Promise<unknown> {
  const ours = (request: { url(): string }) => matches(new URL(request.url()));
  return Promise.race([page.waitForEvent('requestfinished', { predicate: ours, timeout: 30_000 }), page.waitForEvent('requestfailed', { predicate: ours, timeout: 30_000 })]);
}

/** Waits until nothing is under way: the page is no longer marked data-pending (status.ts). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.body.hasAttribute('data-pending'));
}

/** Answers the requests `matches` accepts with a problem+json error. */
export async function failAnswers(page: Page, matches: (url: URL) => boolean, status: number, detail: string): Promise<void> {
  await page.route(
    (url) => matches(url),
    (route) => route.fulfill({ status, contentType: 'application/problem+json', body: JSON.stringify({ title: '服务器出错', status, detail }) }),
  );
}
