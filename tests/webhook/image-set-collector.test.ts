import { describe, expect, it } from 'vitest';
import { createImageSetCollector } from '../../src/webhook/image-set-collector.ts';

const b = (s: string) => Buffer.from(s);

describe('image sets', () => {
  it('answers once, with the images in index order, from the event that completed the set', async () => {
    const sets = createImageSetCollector({ waitMs: 5000, maxSets: 10, maxImages: 5 });
    const third = sets.add('s', 3, 3, b('c'));
    const first = sets.add('s', 1, 3, b('a'));
    const second = sets.add('s', 2, 3, b('b'));
    expect(await third).toBeNull();
    expect(await first).toBeNull();
    expect((await second)?.map(String)).toEqual(['a', 'b', 'c']);
    expect(sets.pending()).toBe(0);
  });

  it('reads what arrived when the others do not come in time', async () => {
    const sets = createImageSetCollector({ waitMs: 50, maxSets: 10, maxImages: 5 });
    const one = sets.add('t', 2, 4, b('b'));
    const two = sets.add('t', 1, 4, b('a'));
    expect(await one).toBeNull();
    expect((await two)?.map(String)).toEqual(['a', 'b']);
  });

  it('is bounded: past maxSets an image is read alone, and a set keeps at most maxImages', async () => {
    const sets = createImageSetCollector({ waitMs: 50, maxSets: 1, maxImages: 2 });
    const waiting = sets.add('x', 1, 3, b('1'));
    expect((await sets.add('y', 1, 2, b('alone')))?.map(String)).toEqual(['alone']);
    void sets.add('x', 2, 3, b('2'));
    const last = await sets.add('x', 3, 3, b('3'));
    expect(last?.length).toBe(2);
    expect(await waiting).toBeNull();
  });
});
