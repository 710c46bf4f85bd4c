/** An ARIA tablist: arrow keys, Home and End move between tabs and show them (automatic activation). */
import { h, uniqueId } from './dom.ts';

export interface TabDefinition {
  label: string;
  panel: HTMLElement;
  /** Called each time the tab is shown. */
  onShow?: () => void;
}

export function createTabs(label: string, definitions: TabDefinition[]): { tablist: HTMLElement; panels: HTMLElement[]; select: (index: number) => void } {
  const tabs = definitions.map(({ label: tabLabel, panel }) => {
    const tabId = uniqueId('tab');
    panel.id ||= uniqueId('panel');
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', tabId);
    panel.tabIndex = 0;
    return h('button', { type: 'button', role: 'tab', id: tabId, 'aria-controls': panel.id }, tabLabel);
  });
  const panels = definitions.map((definition) => definition.panel);

  function select(index: number, focus = false): void {
    tabs.forEach((tab, i) => {
      const selected = i === index;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      panels[i].hidden = !selected;
    });
    if (focus) tabs[index].focus();
    definitions[index].onShow?.();
  }

  const tablist = h('div', { role: 'tablist', 'aria-label': label, class: 'tablist' }, ...tabs);
  tablist.addEventListener('keydown', (event) => {
    const current = tabs.indexOf(event.target as HTMLButtonElement);
    if (current < 0) return;
    const moves: Record<string, number> = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: tabs.length - 1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    select((moves[event.key] + tabs.length) % tabs.length, true);
  });
  tabs.forEach((tab, index) => tab.addEventListener('click', () => select(index)));
  select(0);
  return { tablist, panels, select };
}
