/**
 * Images sent together (LINE's `imageSet`: id, index 1…total) arrive as separate events,
 * possibly in separate deliveries. Each event adds its bytes here; when all `total` are in,
 * or `waitMs` after the first, the set is complete: the event that completed it (or the
 * newest, when time ran out) gets the images in index order and answers once for the set;
 * every other event of the set gets null (no reply of its own). Bounded: at most `maxSets`
 * sets wait at once (a new one past that is read alone) and `maxImages` per set are kept.
 */
export interface ImageSetCollector {
  add(setId: string, index: number, total: number, bytes: Buffer): Promise<Buffer[] | null>;
  pending(): number;
}

interface WaitingSet {
  total: number;
  images: Map<number, Buffer>;
  /** The latest caller's resolve is the one that answers. */
  callers: ((images: Buffer[] | null) => void)[];
  timer: NodeJS.Timeout;
}

export function createImageSetCollector(options: { waitMs: number; maxSets: number; maxImages: number }): ImageSetCollector {
  const sets = new Map<string, WaitingSet>();
  const finish = (id: string) => {
    const set = sets.get(id);
    if (!set) return;
    sets.delete(id);
    clearTimeout(set.timer);
    const images = [...set.images.entries()].sort((a, b) => a[0] - b[0]).map(([, b]) => b);
    set.callers.forEach((resolve, i) => resolve(i === set.callers.length - 1 ? images : null));
  };
  return {
    add(setId, index, total, bytes) {
      let set = sets.get(setId);
      if (!set) {
        if (sets.size >= options.maxSets) return Promise.resolve([bytes]);
        set = { total, images: new Map(), callers: [], timer: setTimeout(() => finish(setId), options.waitMs) };
        set.timer.unref?.();
        sets.set(setId, set);
      }
      if (set.images.size < options.maxImages) set.images.set(index, bytes);
      const waiting = set;
      return new Promise((resolve) => {
        waiting.callers.push(resolve);
        if (waiting.callers.length >= waiting.total) finish(setId);
      });
    },
    pending: () => sets.size,
  };
}
