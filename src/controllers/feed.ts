/**
 * A widget's feed: the shared feed its `src` names, with the parts the widget shows validated.
 */
import type { ReactiveControllerHost } from 'lit';
import { acquireFeed, FeedError } from '../feed/load.js';
import type { FeedModel } from '../feed/types.js';
import type { FeedPart } from '../feed/validate-parts.js';
import { ResourceController } from './resource.js';

export class FeedController extends ResourceController<FeedModel> {
  constructor(host: ReactiveControllerHost & HTMLElement, getSrc: () => string | null, parts: readonly FeedPart[]) {
    super(host, getSrc, (src, signal) => (src ? acquireFeed(src, host, signal, parts) : Promise.reject(new FeedError('missing-src'))));
  }

  get model(): FeedModel | undefined {
    return this.value;
  }
}
