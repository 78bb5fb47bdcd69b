import { expect } from '@open-wc/testing';
import { MAX_CACHED_LENGTH, cacheKey, createFeedCache, pageFeedCache } from './cache.js';
import { idleAfterNextPaint } from './yield.js';

const entry = { savedAt: 1, text: '{"items":[]}', contentType: 'application/json', url: 'https://example.org/feed.json' };

describe('feed cache', () => {
  it('keys entries by format version, format and URL', () => {
    expect(cacheKey('auto', 'https://example.org/feed.json')).to.equal('partnership-feed:v1:auto:https://example.org/feed.json');
  });

  it('stores in the given storage and reads it back in a new page', () => {
    const stored = new Map<string, string>();
    const storage = {
      getItem: (key: string) => stored.get(key) ?? null,
      setItem: (key: string, value: string) => void stored.set(key, value),
    };
    createFeedCache(storage).write('k', entry);
    expect(createFeedCache(storage).read('k')).to.deep.equal(entry);
  });

  it('falls back to memory when storage throws or is full', () => {
    const throwing = {
      getItem: (): string | null => {
        throw new Error('SecurityError');
      },
      setItem: (): void => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    };
    const cache = createFeedCache(throwing);
    expect(cache.read('k')).to.equal(undefined);
    cache.write('k', entry);
    expect(cache.read('k')).to.deep.equal(entry);
  });

  it('does not store responses too long for storage, nor hold them in memory', () => {
    const cache = createFeedCache(undefined);
    cache.write('k', { ...entry, text: ' '.repeat(MAX_CACHED_LENGTH + 1) });
    expect(cache.read('k')).to.equal(undefined);
  });

  it('ignores stored values that are not entries', () => {
    for (const value of ['not json', '{"savedAt":"x"}', 'null', '{"savedAt":1,"text":2,"contentType":"","url":""}']) {
      const cache = createFeedCache({ getItem: () => value, setItem: () => undefined });
      expect(cache.read('k'), value).to.equal(undefined);
    }
  });

  it('keeps a write in memory at once and stores it when told to, the newest write last', () => {
    const stored = new Map<string, string>();
    const storage = {
      getItem: (key: string) => stored.get(key) ?? null,
      setItem: (key: string, value: string) => void stored.set(key, value),
    };
    const pending: Array<() => void> = [];
    const cache = createFeedCache(storage, (store) => pending.push(store));
    cache.write('k', entry);
    expect(cache.read('k')).to.deep.equal(entry);
    expect(stored.size).to.equal(0);
    const newer = { ...entry, savedAt: 2 };
    cache.write('k', newer);
    for (const store of pending) store();
    expect(JSON.parse(stored.get('k')!)).to.deep.equal(newer);
    expect(createFeedCache(storage).read('k')).to.deep.equal(newer);
  });

  it("stores the page's copy in localStorage in idle time after the next paint, serving it from memory until then", async () => {
    const key = cacheKey('auto', `https://example.org/after-paint-${Date.now()}.json`);
    try {
      pageFeedCache().write(key, entry);
      expect(localStorage.getItem(key)).to.equal(null);
      expect(pageFeedCache().read(key)).to.deep.equal(entry);
      await new Promise<void>((resolve) => idleAfterNextPaint(resolve));
      expect(JSON.parse(localStorage.getItem(key)!)).to.deep.equal(entry);
    } finally {
      localStorage.removeItem(key);
    }
  });
});
