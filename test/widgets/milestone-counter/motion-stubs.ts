/**
 * Test doubles for time and visibility: animation frames that run only when a test advances
 * the clock, a fake IntersectionObserver the test triggers, and a switchable
 * `prefers-reduced-motion`. Nothing waits for real time.
 */

export class FakeIntersectionObserver {
  static instances: FakeIntersectionObserver[] = [];
  readonly targets: Element[] = [];
  disconnected = false;

  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeIntersectionObserver.instances.push(this);
  }

  observe(target: Element): void {
    this.targets.push(target);
  }
  unobserve(): void {}
  disconnect(): void {
    this.disconnected = true;
  }
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }

  /** The observer of `target` that is still watching, if any. */
  static watching(target: Element): FakeIntersectionObserver | undefined {
    return this.instances.find((observer) => !observer.disconnected && observer.targets.includes(target));
  }

  /** Reports the targets as scrolled into (or out of) view. */
  scroll(isIntersecting: boolean): void {
    if (this.disconnected) return;
    const entries = this.targets.map((target) => ({ target, isIntersecting }) as unknown as IntersectionObserverEntry);
    this.callback(entries, this as unknown as IntersectionObserver);
  }
}

export interface MotionStubs {
  /** Moves the clock on by `ms` and runs the frames that were asked for. */
  advance(ms: number): void;
  readonly pendingFrames: number;
  /** Frames asked for since installation. */
  readonly requestedFrames: number;
  restore(): void;
}

export function installMotionStubs(options: { reduceMotion?: boolean } = {}): MotionStubs {
  const originals = {
    requestAnimationFrame: window.requestAnimationFrame,
    cancelAnimationFrame: window.cancelAnimationFrame,
    IntersectionObserver: window.IntersectionObserver,
    matchMedia: window.matchMedia,
  };
  const frames = new Map<number, FrameRequestCallback>();
  let nextId = 1;
  let now = 1000;
  let requested = 0;

  window.requestAnimationFrame = (callback) => {
    requested += 1;
    frames.set(nextId, callback);
    return nextId++;
  };
  window.cancelAnimationFrame = (id) => void frames.delete(id);
  Object.defineProperty(performance, 'now', { configurable: true, value: () => now });
  FakeIntersectionObserver.instances = [];
  window.IntersectionObserver = FakeIntersectionObserver as unknown as typeof IntersectionObserver;
  window.matchMedia = (query: string) => {
    if (!query.includes('prefers-reduced-motion')) return originals.matchMedia.call(window, query);
    return {
      matches: Boolean(options.reduceMotion) && query.includes('reduce'),
      media: query,
      onchange: null,
      addEventListener() {},
      removeEventListener() {},
      addListener() {},
      removeListener() {},
      dispatchEvent: () => false,
    } as MediaQueryList;
  };

  return {
    advance(ms) {
      now += ms;
      const due = [...frames.values()];
      frames.clear();
      for (const callback of due) callback(now);
    },
    get pendingFrames() {
      return frames.size;
    },
    get requestedFrames() {
      return requested;
    },
    restore() {
      Object.assign(window, originals);
      delete (performance as { now?: unknown }).now;
    },
  };
}
