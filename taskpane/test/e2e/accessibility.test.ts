/**
 * Accessibility, end to end: axe-core on every tab (in the states people use it in) in Office's light
 * and dark themes and in Windows High Contrast (forced-colors), and the things axe cannot judge:
 * live regions that stay in the accessibility tree, selections visible in forced colours, headings in
 * order, focus rings not cut off, a preview box the keyboard can scroll, and full-width brackets that
 * look full-width.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { officeThemes, openTaskpane, withFakeWordHost, type FakeHostOptions } from './browser.ts';
import { useServerAndBrowser } from './fixture.ts';
import { picker, pickerValue, renderedLines, statusSays } from './page-helpers.ts';
import { callApi, createUser } from './team-api.ts';

const e2e = useServerAndBrowser();

type Look = 'light' | 'dark' | 'forced-colors';
const looks: Look[] = ['light', 'dark', 'forced-colors'];

/** A document whose numbering has problems: a skipped number, and half-width brackets where 公文 has full-width ones. */
const documentWithProblems: FakeHostOptions['paragraphs'] = [
  { text: '关于开展专项检查的通知', styleBuiltIn: 'Title' },
  { text: '一、总体要求' },
  { text: '(一)指导思想' },
  { text: '(二)工作目标' },
  { text: '三、保障措施' },
];

let teamMember: Promise<string> | undefined;

/** A signed-up user's token, a member of a team that has a template; made once, when first needed. */
function teamMemberToken(): Promise<string> {
  teamMember ??= createTeamMember();
  return teamMember;
}

async function createTeamMember(): Promise<string> {
  const user = await createUser(e2e.server, '赵六');
  const call = async <T>(path: string, body: unknown) => (await callApi<T>(e2e.server, user.token, 'POST', path, body)).value;
  const team = await call<{ id: string }>('/api/teams', { name: '办公室' });
  const node = (title: string, children: unknown[] = []) => ({ title, children });
  await call('/api/templates', { name: '季度工作总结', teamId: team.id, nodes: [node('工作回顾', [node('主要成绩'), node('存在问题')]), node('下步打算')] });
  return user.token;
}

/** The taskpane in Word (the fake host), in Office's light or dark theme, or in forced colours. */
async function openInWord(look: Look, options: FakeHostOptions = {}): Promise<Page> {
  const context = await e2e.browser.newContext({ viewport: { width: 320, height: 900 }, locale: 'zh-CN', forcedColors: look === 'forced-colors' ? 'active' : 'none' });
  await withFakeWordHost(context, e2e.server.baseUrl, { officeTheme: look === 'dark' ? officeThemes.dark : officeThemes.light, ...options });
  return openTaskpane(context, e2e.server.baseUrl);
}

/** The serious and critical violations axe finds, one readable line each ('' when none). */
async function seriousViolations(page: Page, rules?: string[]): Promise<string> {
  const builder = new AxeBuilder({ page });
  const { violations } = await (rules ? builder.withRules(rules) : builder).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.impact} ${violation.id} (${violation.help}) at ${node.target.join(' ')}: ${(node.failureSummary ?? '').replace(/\s+/g, ' ')}`))
    .join('\n');
}

const shownPanel = (page: Page) => page.locator('[role="tabpanel"]:not([hidden])');

const styleOptions = (page: Page) => picker(page, '编号样式').locator('xpath=ancestor::fluent-dropdown[1]').locator('fluent-option');

/** Each state of each tab that axe checks, reached as a user would, and left when it is in the way of the next. */
const states: { name: string; reach: (page: Page) => Promise<void>; leave?: (page: Page) => Promise<void> }[] = [
  {
    name: '模板 with a template open',
    reach: async (page) => {
      await page.locator('.template-item').first().click();
      await renderedLines(page, /.+/);
    },
  },
  {
    name: '模板 with the 编号样式 list open',
    reach: async (page) => {
      await picker(page, '编号样式').click();
      await styleOptions(page).first().waitFor();
    },
    leave: async (page) => {
      await page.keyboard.press('Escape');
      await styleOptions(page).first().waitFor({ state: 'hidden' });
    },
  },
  {
    name: '模板 with 公文 排版 chosen and its question open',
    reach: async (page) => {
      await shownPanel(page).getByRole('radio', { name: '公文（GB/T 9704）' }).check();
      await shownPanel(page).getByRole('checkbox', { name: '三级标题加粗' }).waitFor();
      await shownPanel(page).getByRole('button', { name: '插入到文档' }).click();
      await page.getByRole('alertdialog').waitFor();
    },
    leave: async (page) => {
      await page.keyboard.press('Escape');
      await page.getByRole('alertdialog').waitFor({ state: 'hidden' });
      await shownPanel(page).getByRole('radio', { name: '无', exact: true }).check();
    },
  },
  {
    name: '编号 after reading the document, problems shown',
    reach: async (page) => {
      await page.getByRole('tab', { name: '编号' }).click();
      await shownPanel(page).getByRole('button', { name: '检查编号' }).click();
      await statusSays(page, '检查完成');
      await shownPanel(page).locator('.problems li').first().waitFor();
    },
  },
  {
    name: '导入 with a parsed outline',
    reach: async (page) => {
      await page.getByRole('tab', { name: '导入' }).click();
      await page.getByLabel('粘贴提纲文本').fill('一、总体要求\n（一）指导思想\n二、重点任务\n三、保障措施');
      await shownPanel(page).getByRole('button', { name: '解析' }).click();
      await renderedLines(page, /一、总体要求/);
    },
  },
  {
    name: '团队 signed out',
    reach: async (page) => {
      await page.getByRole('tab', { name: '团队' }).click();
      await page.getByLabel('访问令牌').waitFor();
    },
  },
  {
    name: '团队 signed in, a team template open',
    reach: async (page) => {
      await page.getByRole('tab', { name: '团队' }).click();
      await page.getByLabel('访问令牌').fill(await teamMemberToken());
      await page.getByRole('button', { name: '登录', exact: true }).click();
      await shownPanel(page).locator('.template-list .template-item', { hasText: '季度工作总结' }).click();
      await renderedLines(page, /工作回顾/);
    },
  },
  {
    name: '团队 with the 删除 dialog open',
    reach: async (page) => {
      await shownPanel(page).getByRole('button', { name: '删除', exact: true }).click();
      await page.getByRole('alertdialog').waitFor();
    },
    leave: async (page) => {
      await page.keyboard.press('Escape');
      await page.getByRole('alertdialog').waitFor({ state: 'hidden' });
    },
  },
];

for (const look of looks) {
  test(`axe finds nothing serious on any tab (${look})`, async () => {
    const page = await openInWord(look, { paragraphs: documentWithProblems });
    const found: string[] = [];
    for (const state of states) {
      await state.reach(page);
      const violations = await seriousViolations(page);
      if (violations) found.push(`${state.name}:\n${violations}`);
      await state.leave?.(page);
    }
    await page.context().close();
    assert.equal(found.join('\n\n'), '', `axe (${look}) found serious or critical violations`);
  });
}

/** WCAG's contrast ratio of two rgb() colours. */
function contrast(first: string, second: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((channel) => {
      const value = Number(channel) / 255;
      return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (lighter + 0.05) / (darker + 0.05);
}

test("in the dark theme every text has 4.5:1 contrast, and the selected tab's mark 3:1", async () => {
  const page = await openInWord('dark', { paragraphs: documentWithProblems });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  const found: string[] = [];
  // The 模板 states (the 公文 question among them) and 编号.
  for (const state of states.slice(0, 4)) {
    await state.reach(page);
    const violations = await seriousViolations(page, ['color-contrast']);
    if (violations) found.push(`${state.name}:\n${violations}`);
    await state.leave?.(page);
  }
  const [mark, background] = await page.evaluate(() => [
    getComputedStyle(document.querySelector('[role="tab"][aria-selected="true"]')!, '::after').backgroundColor,
    getComputedStyle(document.body).backgroundColor,
  ]);
  await page.context().close();
  assert.equal(found.join('\n\n'), '', 'axe color-contrast in the dark theme');
  const markContrast = contrast(mark, background);
  assert.ok(markContrast >= 3, `the selected tab's mark (${mark}) has ${markContrast.toFixed(2)}:1 against the page (${background})`);
});

test('the status region and the template count are live regions that stay in the accessibility tree', async () => {
  const page = await openInWord('light');
  const client = await page.context().newCDPSession(page);
  /** The texts in the accessibility tree that a live region (role status or aria-live) holds, and whether an empty status region is there. */
  const liveTexts = async () => {
    const { nodes } = (await client.send('Accessibility.getFullAXTree')) as {
      nodes: { nodeId: string; parentId?: string; ignored: boolean; role?: { value: string }; name?: { value: string }; properties?: { name: string; value: { value: unknown } }[] }[];
    };
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const isLive = (node: (typeof nodes)[number]) => node.role?.value === 'status' || node.properties?.some((property) => property.name === 'live' && property.value.value !== 'off');
    const inLiveRegion = (node: (typeof nodes)[number] | undefined): boolean => !!node && (isLive(node) || inLiveRegion(node.parentId ? byId.get(node.parentId) : undefined));
    return {
      statusRegions: nodes.filter((node) => !node.ignored && node.role?.value === 'status').length,
      texts: nodes.filter((node) => !node.ignored && node.role?.value === 'StaticText' && inLiveRegion(node)).map((node) => node.name?.value ?? ''),
    };
  };
  const summary = shownPanel(page).locator('.list-summary');
  await summary.filter({ hasText: '个模板' }).waitFor();
  await page.evaluate(() => document.querySelector('.status')!.replaceChildren());
  assert.ok((await liveTexts()).statusRegions >= 1, 'an empty status region is still in the accessibility tree');

  const unfiltered = (await summary.textContent()) ?? '';
  await page.getByLabel('搜索模板').fill('党建');
  await summary.filter({ hasText: '个模板' }).filter({ hasNotText: unfiltered }).waitFor();
  const count = (await summary.textContent()) ?? '';
  const { texts } = await liveTexts();
  await page.context().close();
  assert.ok(
    texts.some((text) => text.includes(count.trim())),
    `the count "${count}" is in a live region: ${JSON.stringify(texts)}`,
  );
});

test('in forced colours (Windows High Contrast) the selected tab, template and document paragraphs stay visible', async () => {
  const context = await e2e.browser.newContext({ viewport: { width: 900, height: 900 }, locale: 'zh-CN', forcedColors: 'active' });
  // The browser preview: its simulated document has paragraphs to select.
  const page = await openTaskpane(context, e2e.server.baseUrl);
  assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true, 'the page is in forced colours');
  await page.locator('.template-item').first().click();
  await renderedLines(page, /.+/);
  await page.locator('.preview-page p').first().click();
  // No helper functions inside evaluate: tsx would name them with a helper the page does not have.
  const colours = await page.evaluate(() => {
    // The system's highlight colour, as this browser resolves it.
    const probe = document.body.appendChild(document.createElement('div'));
    probe.style.cssText = 'forced-color-adjust: none; background: Highlight';
    const highlight = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return {
      highlight,
      canvas: getComputedStyle(document.body).backgroundColor,
      tabMark: getComputedStyle(document.querySelector('[role="tab"][aria-selected="true"]')!, '::after').backgroundColor,
      selectedTemplate: getComputedStyle(document.querySelector('.template-list [aria-pressed="true"], .template-list [aria-selected="true"]')!).backgroundColor,
      otherTemplate: getComputedStyle(document.querySelector('.template-list [aria-pressed="false"], .template-list [aria-selected="false"]')!).backgroundColor,
      selectedParagraph: getComputedStyle(document.querySelector('.preview-page p[aria-selected="true"]')!).backgroundColor,
      otherParagraph: getComputedStyle(document.querySelector('.preview-page p[aria-selected="false"]')!).backgroundColor,
    };
  });
  await context.close();
  assert.notEqual(colours.highlight, colours.canvas, `the highlight colour is not the canvas: ${JSON.stringify(colours)}`);
  assert.equal(colours.tabMark, colours.highlight, `the selected tab's mark is in the highlight colour: ${JSON.stringify(colours)}`);
  assert.equal(colours.selectedTemplate, colours.highlight, `the selected template is in the highlight colour: ${JSON.stringify(colours)}`);
  assert.notEqual(colours.selectedTemplate, colours.otherTemplate, `the selected template stands out: ${JSON.stringify(colours)}`);
  assert.notEqual(colours.selectedParagraph, colours.otherParagraph, `the selected paragraph stands out: ${JSON.stringify(colours)}`);
});

test('a picker works from the keyboard: ArrowDown opens it, Enter chooses (one change event) and closes it, Escape closes it unchanged', async () => {
  const page = await openInWord('light');
  await page.locator('.template-item').first().click();
  await renderedLines(page, /.+/);
  const combobox = picker(page, '编号样式');
  await combobox.evaluate((control) => {
    const dropdown = control.closest<HTMLElement>('fluent-dropdown')!;
    dropdown.addEventListener('change', () => (dropdown.dataset.changes = String(Number(dropdown.dataset.changes ?? 0) + 1)));
  });
  const changes = () => combobox.evaluate((control) => Number(control.closest<HTMLElement>('fluent-dropdown')!.dataset.changes ?? 0));
  const before = await pickerValue(page, '编号样式');
  // Fluent updates aria-expanded when its list's popover has toggled, a moment after the key.
  const expanded = (value: boolean) => combobox.and(page.locator(`[aria-expanded="${value}"]`)).waitFor({ timeout: 5000 });

  await combobox.focus();
  await expanded(false);
  await page.keyboard.press('ArrowDown');
  await expanded(true);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expanded(false);
  const chosen = await pickerValue(page, '编号样式');
  assert.notEqual(chosen, before, 'Enter chose another style');
  assert.equal(await changes(), 1, 'one change event');

  await page.keyboard.press('ArrowDown');
  await expanded(true);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  await expanded(false);
  assert.equal(await pickerValue(page, '编号样式'), chosen, 'Escape changes nothing');
  assert.equal(await changes(), 1, 'no change event from Escape');
  await page.context().close();
});

/** The levels of the headings shown, in page order. */
function headingLevels(page: Page): Promise<number[]> {
  return page.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((heading) => heading.checkVisibility()).map((heading) => Number(heading.tagName.slice(1))));
}

test('on every tab the headings go down one level at a time, from the h1', async () => {
  const page = await openInWord('light', { paragraphs: documentWithProblems });
  const skips: string[] = [];
  for (const state of states) {
    await state.reach(page);
    const levels = await headingLevels(page);
    const skip = levels.findIndex((level, index) => (index === 0 ? level !== 1 : level > levels[index - 1] + 1));
    if (skip >= 0) skips.push(`${state.name}: h${levels.join(' h')}`);
    await state.leave?.(page);
  }
  await page.context().close();
  assert.deepEqual(skips, []);
});

/** How much of the focused element's focus ring its scrolling or clipping ancestors cut off (0 when none). */
function clippedRing(page: Page): Promise<{ element: string; clipped: number }> {
  return page.evaluate(() => {
    const focused = document.activeElement as HTMLElement;
    const style = getComputedStyle(focused);
    const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
    const rect = focused.getBoundingClientRect();
    const ring = { left: rect.left - reach, top: rect.top - reach, right: rect.right + reach, bottom: rect.bottom + reach };
    let clipped = 0;
    for (let box = focused.parentElement; box; box = box.parentElement) {
      const overflow = getComputedStyle(box);
      if (overflow.overflowX === 'visible' && overflow.overflowY === 'visible') continue;
      const outer = box.getBoundingClientRect();
      const inner = { left: outer.left + box.clientLeft, top: outer.top + box.clientTop, right: outer.left + box.clientLeft + box.clientWidth, bottom: outer.top + box.clientTop + box.clientHeight };
      clipped = Math.max(clipped, inner.left - ring.left, inner.top - ring.top, ring.right - inner.right, ring.bottom - inner.bottom);
    }
    return { element: `${focused.tagName.toLowerCase()}.${focused.className} ${focused.textContent?.slice(0, 20)}`, clipped: Math.max(0, clipped) };
  });
}

test('focus rings on the tabs and the template list are drawn whole, not cut off by their boxes', async () => {
  const page = await openInWord('light');
  await page.getByRole('tab', { name: '模板' }).focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement?.matches('[role="tab"]:focus-visible')), true);
  const tabRing = await clippedRing(page);
  await page.keyboard.press('ArrowLeft');
  await page.locator('.template-list .template-item').first().focus();
  await page.keyboard.press('Shift');
  const itemRing = await clippedRing(page);
  await page.context().close();
  assert.equal(tabRing.clipped, 0, `the tab's ring is cut off: ${JSON.stringify(tabRing)}`);
  assert.equal(itemRing.clipped, 0, `the template's ring is cut off: ${JSON.stringify(itemRing)}`);
});

for (const look of ['light', 'forced-colors'] as const) {
  test(`the template option the arrow keys are on has a ring, selected or not (${look})`, async () => {
    const page = await openInWord(look);
    const options = shownPanel(page).getByRole('listbox').getByRole('option');
    await options.first().click();
    await renderedLines(page, /.+/);
    // Opening moved the focus to the template's name: back into the list, as Shift+Tab would.
    await options.first().focus();
    // No helper functions inside evaluate: tsx would name them with a helper the page does not have.
    const ringOfFocused = () =>
      page.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return {
          role: document.activeElement!.getAttribute('role'),
          selected: document.activeElement!.getAttribute('aria-selected'),
          outline: style.outlineStyle,
          width: parseFloat(style.outlineWidth),
          colour: style.outlineColor,
          background: style.backgroundColor,
        };
      });
    await page.keyboard.press('ArrowDown');
    const other = await ringOfFocused();
    await page.keyboard.press('ArrowUp');
    const selected = await ringOfFocused();
    await page.context().close();
    assert.deepEqual([other.role, other.selected, selected.role, selected.selected], ['option', 'false', 'option', 'true']);
    for (const ring of [other, selected]) {
      assert.notEqual(ring.outline, 'none', `the focused option has a ring: ${JSON.stringify(ring)}`);
      assert.ok(ring.width >= 2, `the ring is at least 2px: ${JSON.stringify(ring)}`);
      assert.notEqual(ring.colour, ring.background, `the ring is seen on the option's background: ${JSON.stringify(ring)}`);
    }
  });
}

test('a preview box that scrolls is a tab stop with a name, and the keyboard scrolls it', async () => {
  const page = await openInWord('light');
  // The longest template of the catalogue: its lines overflow the box.
  await page.locator('.template-item', { hasText: '28 个条目' }).first().click();
  await renderedLines(page, /.+/);
  const box = shownPanel(page).locator('.outline-lines');
  await page.waitForFunction(() => document.querySelector('[role="tabpanel"]:not([hidden]) .outline-lines')?.getAttribute('tabindex') === '0');
  assert.ok(await box.getAttribute('aria-label'));
  await box.focus();
  await page.keyboard.press('PageDown');
  await page.waitForFunction(() => (document.querySelector('[role="tabpanel"]:not([hidden]) .outline-lines')?.scrollTop ?? 0) > 0);
  await page.context().close();
});

test("half-width and full-width brackets look different in the problem list: the page keeps the full-width bracket's space", async () => {
  const page = await openInWord('light', { paragraphs: documentWithProblems });
  await states.find((state) => state.name.startsWith('编号 '))!.reach(page);
  const bracketProblem = shownPanel(page).locator('.problems li[data-code="half-width-bracket"]').first();
  assert.match((await bracketProblem.textContent()) ?? '', /\(一\).*（一）/);
  assert.equal(await bracketProblem.evaluate((item) => getComputedStyle(item).getPropertyValue('text-spacing-trim')), 'space-all');
  await page.context().close();
});
