/**
 * A widget's feed: the shared, validated model of the feed its `src` names.
 */
import type { ReactiveControllerHost } from 'lit';
import { acquireFeed, FeedError } from '../feed/load.js';
import type { FeedModel } from '../feed/types.js';
import { ResourceController } from './resource.js';

export class FeedController extends ResourceController<FeedModel> {
  constructor(host: ReactiveControllerHost & HTMLElement, getSrc: () => string | null) {
    super(host, getSrc, (src, signal) => (src ? acquireFeed(src, host, signal) : Promise.reject(new FeedError('missing-src'))));
  }

  get model(): FeedModel | undefined {
    return this.value;
  }
}
