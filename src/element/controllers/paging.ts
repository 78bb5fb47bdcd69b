import type { FeedError } from '../../feed/errors.js';
import { loadFeed } from '../../feed/load.js';
import type { PagedFeed } from '../../feed/pages.js';
import type { LoadedFeed } from './feed.js';
import { BackgroundJobs } from './jobs.js';
import { loadOptions } from './source.js';

/** The feed's later documents (`next_url`), read on request behind the cards shown. */
export class FeedPaging extends BackgroundJobs {
  /** Loading the feed's later documents: idle, under way, or failed. */
  nextPage: 'idle' | 'loading' | FeedError = 'idle';

  /** Reads documents after `loaded`'s until `enough` or the feed's end, then gives them all to `show`; a failure offers Retry. */
  async loadMore(
    loaded: LoadedFeed | undefined,
    enough: (paged: PagedFeed) => boolean,
    show: (paged: PagedFeed, from: LoadedFeed) => void,
  ): Promise<void> {
    if (!loaded?.feed.nextUrl || this.nextPage === 'loading') return;
    this.nextPage = 'loading';
    this.host.requestUpdate();
    await this.run(
      async (signal) => {
        const { followPages } = await import('../../feed/follow.js');
        const paged = await followPages(
          loaded,
          (url, usedIds) => loadFeed(url, { ...loadOptions(this.source(), signal), usedIds }),
          enough,
        );
        return () => show(paged, loaded);
      },
      (failure) => (this.nextPage = failure),
    );
    // Aborted, or overtaken by a newer feed: nothing is under way any more.
    if (this.nextPage === 'loading') this.nextPage = 'idle';
    this.host.requestUpdate();
  }
}
