/**
 * One kind of request the UI makes (the template detail, the list search, the style render…): a new
 * request aborts the one under way in the same slot, so a slow, older answer can never land over a
 * newer one. Callers check `signal.aborted` after every await.
 */
export class RequestSlot {
  private controller: AbortController | undefined;

  /** Starts a request: the previous one of this slot, if still under way, is aborted. */
  begin(): AbortSignal {
    this.controller?.abort();
    this.controller = new AbortController();
    return this.controller.signal;
  }

  /** Abandons the request under way, if any (what it was for is gone). */
  cancel(): void {
    this.controller?.abort();
    this.controller = undefined;
  }
}
