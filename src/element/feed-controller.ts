/**
 * A widget's feed: the shared feed its `src` names, with the parts the widget shows validated.
 * "Erneut versuchen" in one widget retries every widget that failed on the same feed.
 */
import type { ReactiveControllerHost } from 'lit';
import { acquireFeed, announceRetry, feedKey, FeedError, onRetry } from '../feed/load.js';
import type { FeedModel } from '../feed/types.js';
import type { FeedPart } from '../feed/validate-parts.js';
import { ResourceController } from './resource-controller.js';

type Host = ReactiveControllerHost & HTMLElement;

export class FeedController extends ResourceController<FeedModel> {
  private stopListening?: () => void;

  constructor(
    private readonly feedHost: Host,
    private readonly getSrc: () => string | null,
    parts: readonly FeedPart[],
  ) {
    super(feedHost, getSrc, (src, signal) =>
      src ? acquireFeed(src, feedHost, signal, parts) : Promise.reject(new FeedError('missing-src')),
    );
  }

  get model(): FeedModel | undefined {
    return this.value;
  }

  private get key(): string | undefined {
    const src = this.getSrc();
    return src ? feedKey(src, this.feedHost) : undefined;
  }

  override retry(): void {
    const key = this.key;
    if (key) announceRetry(key);
    else super.retry();
  }

  override hostConnected(): void {
    super.hostConnected();
    this.stopListening ??= onRetry((key) => {
      if (this.failed && key === this.key) super.retry();
    });
  }

  override hostDisconnected(): void {
    super.hostDisconnected();
    this.stopListening?.();
    this.stopListening = undefined;
  }
}
