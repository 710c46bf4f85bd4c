/**
 * The numbering styles every style picker offers: the built-in ones and, signed in, those of the
 * user's teams. Loaded at start-up and again whenever the session changes (sign-in, sign-out, a team
 * created); every picker rebuilds its options when they change.
 */
import { api, type NumberingStyle } from '../api.ts';
import { strings } from '../i18n.ts';
import { RequestSlot } from './request-slot.ts';
import type { StatusRegion } from './status.ts';

export class StyleCatalog {
  list: NumberingStyle[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly slot = new RequestSlot();

  constructor(private readonly status: StatusRegion) {}

  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }

  has(id: string): boolean {
    return this.list.some((style) => style.id === id);
  }

  /** (Re)loads the styles; a failure says which thing failed, with 重试, and keeps the styles there were. */
  async load(): Promise<void> {
    const signal = this.slot.begin();
    const styles = await this.status.run(strings.loading, [], () => api.numberingStyles({ signal }), {
      signal,
      failurePrefix: strings.stylesNotLoaded,
      retry: () => void this.load(),
    });
    if (!styles || signal.aborted) return;
    this.list = styles;
    for (const listener of this.listeners) listener();
  }
}
