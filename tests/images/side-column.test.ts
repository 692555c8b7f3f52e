import { describe, expect, it } from 'vitest';
import { sideColumnEdge } from '../../src/images/prepare-image.ts';

/** A white grey-level page to draw rectangles on. */
function page(width: number, height: number) {
  const grey = new Uint8Array(width * height).fill(255);
  const fill = (left: number, top: number, w: number, h: number, v: number) => {
    for (let y = top; y < top + h; y++) for (let x = left; x < left + w; x++) grey[y * width + x] = v;
  };
  return { grey, width, height, fill };
}

describe('the side column of a computer\'s screen (a web mail\'s folder list)', () => {
  it('finds the edge of a light-grey folder list under a header that runs across the page', () => {
    const p = page(400, 240);
    p.fill(0, 0, 400, 20, 225); // browser tabs
    p.fill(0, 50, 80, 190, 247); // folder list, from below the header to the bottom
    for (let y = 60; y < 200; y += 20) {
      p.fill(10, y, 40, 8, 60); // folder names
      p.fill(100, y, 250, 8, 40); // the mail's lines, level with them
    }
    expect(sideColumnEdge(p.grey, p.width, p.height)).toEqual({ x: 80, top: 50 });
  });

  it('finds none on a page of text alone, even with every line starting at the same place', () => {
    const p = page(400, 240);
    for (let y = 10; y < 230; y += 16) p.fill(60, y, 300, 8, 40);
    expect(sideColumnEdge(p.grey, p.width, p.height)).toBeNull();
  });
});
