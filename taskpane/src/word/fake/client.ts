/**
 * The request context and what every proxy shares: operations queued until context.sync(), values
 * readable only after load() and sync(), the null-object pattern, and the response limit of Office
 * on the web (learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model).
 */
import { FakeOfficeError, type FakeDocument } from './model.ts';
import type { FakeDocumentProxy } from './proxies.ts';

/** What an object costs in a response besides its values: Office returns each object's id with it (an estimate). */
export const responseBytesPerObject = 40;

const utf8 = new TextEncoder();

/** Size in a response (JSON, UTF-8) of one loaded value. */
function responseBytes(value: unknown): number {
  return utf8.encode(JSON.stringify(value) ?? '').length;
}

export function propertyNotLoaded(name: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function itemNotFound(): FakeOfficeError {
  return new FakeOfficeError('ItemNotFound', "The requested resource doesn't exist.");
}

export function invalidArgument(detail: string): FakeOfficeError {
  return new FakeOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. ${detail}`);
}

/** What a host without the requirement set does when the code uses it anyway. */
export function requireApi(fake: FakeDocument, name: string, version: string, member: string): void {
  if (!fake.supports(name, version)) {
    throw new FakeOfficeError('ApiNotFound', `The API you are trying to use could not be found (${member} needs ${name} ${version}).`);
  }
}

/** Parses `load()`'s argument: "a,b", ["a","b"], or {select: "a,b", top, skip}. */
export function propertyNames(properties?: string | string[] | { select?: string | string[] }): string[] {
  if (properties === undefined) return [];
  const select = typeof properties === 'string' || Array.isArray(properties) ? properties : (properties.select ?? '');
  const list = typeof select === 'string' ? select.split(',') : select;
  return list.map((name) => name.trim()).filter(Boolean);
}

export class FakeRequestContext {
  private queue: Array<() => void> = [];
  private responseSize = 0;
  private requestSize = 0;
  /** How to take back each value the sync under way answers, should its answer be refused. */
  private answered: Array<() => void> = [];
  document!: FakeDocumentProxy;

  constructor(readonly fake: FakeDocument) {}

  enqueue(operation: () => void): void {
    this.queue.push(operation);
  }

  /** Counts what a queued operation sends (the OOXML of insertOoxml) into the request of the next sync. */
  send(value: string): void {
    this.requestSize += utf8.encode(value).length;
  }

  /** Counts a loaded value into the response of the sync under way. */
  respond(value: unknown, objects = 0): void {
    this.responseSize += responseBytes(value) + objects * responseBytesPerObject;
  }

  /** Records how to take back a value the sync under way delivers: a refused answer delivers none of its values. */
  answer(takeBack: () => void): void {
    this.answered.push(takeBack);
  }

  get hasPendingOperations(): boolean {
    return this.queue.length > 0;
  }

  async sync(): Promise<void> {
    const operations = this.queue;
    const requestSize = this.requestSize;
    this.queue = [];
    this.answered = [];
    this.responseSize = 0;
    this.requestSize = 0;
    this.fake.syncCount++;
    // A round trip to the host: nothing queued runs before the caller yields.
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The host refuses a request it will not take at all: none of the batch runs.
    if (requestSize > this.fake.maxRequestBytes) {
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${requestSize} bytes).`);
    }
    try {
      for (const operation of operations) operation();
      this.fake.largestResponseBytes = Math.max(this.fake.largestResponseBytes, this.responseSize);
      // The batch ran; its answer is refused on the way back (the writes in it stay, and nothing it loaded arrives:
      // a load must be queued again, as readDocument does).
      if (this.responseSize > this.fake.maxResponseBytes) {
        for (const takeBack of this.answered.reverse()) takeBack();
        throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${this.responseSize} bytes).`);
      }
    } finally {
      if (operations.length > 0) this.fake.notifyChanged();
    }
  }
}

/** What every proxy shares: loaded values readable only after sync. */
export abstract class FakeClientObject {
  private readonly loadedValues = new Map<string, unknown>();

  constructor(readonly context: FakeRequestContext) {}

  protected loadedValue<T>(name: string): T {
    if (!this.loadedValues.has(name)) throw propertyNotLoaded(name);
    return this.loadedValues.get(name) as T;
  }

  /** Called by a queued load operation at sync time; the value counts into the response unless it is made of proxies. */
  setLoaded(name: string, value: unknown, inResponse = true): void {
    const had = this.loadedValues.has(name);
    const before = this.loadedValues.get(name);
    this.context.answer(() => (had ? this.loadedValues.set(name, before) : this.loadedValues.delete(name)));
    this.loadedValues.set(name, value);
    if (inResponse) this.context.respond(value);
  }
}

/** OfficeExtension.ClientResult: a value a method returns, known after sync. */
export class FakeClientResult<T> {
  private state: { value: T } | undefined;

  constructor(private readonly context: FakeRequestContext) {}

  set(value: T): void {
    const before = this.state;
    this.context.answer(() => (this.state = before));
    this.state = { value };
    this.context.respond(value);
  }

  get value(): T {
    if (!this.state)
      throw new FakeOfficeError(
        'ValueNotLoaded',
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
      );
    return this.state.value;
  }
}

/** The null-object pattern (…OrNullObject): isNullObject is known after sync; loading a null object loads nothing. */
export type NullState = 'pending' | 'null' | 'existing';

export function isNullObjectOf(state: NullState): boolean {
  if (state === 'pending') throw propertyNotLoaded('isNullObject');
  return state === 'null';
}
