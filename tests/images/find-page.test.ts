import { describe, expect, it } from 'vitest';
import { findPage, flattenPage, squareToQuad } from '../../src/images/find-page.ts';

/** A photo: a brown desk with a white page whose corners are `quad`, ruled with dark lines across the page (text rows). */
function photo(width: number, height: number, quad: [number, number][], shadow = false, paper: [number, number, number] = [250, 245, 235]) {
  const rgb = new Uint8Array(width * height * 3);
  const [a, b, c, d, e, f, g, h] = squareToQuad(quad as never) as number[];
  // Inverse test by sampling: mark each page point of a fine (u, v) grid.
  const onPage = new Uint8Array(width * height);
  const rows = new Uint8Array(width * height);
  for (let v = 0; v <= 1; v += 0.0015) {
    for (let u = 0; u <= 1; u += 0.0015) {
      const z = g! * u + h! * v + 1;
      const x = Math.round((a! * u + b! * v + c!) / z);
      const y = Math.round((d! * u + e! * v + f!) / z);
      if (x < 0 || y < 0 || x >= width || y >= height) continue;
      onPage[y * width + x] = 1;
      if (u > 0.1 && u < 0.9 && Math.floor(v * 40) % 4 === 1) rows[y * width + x] = 1;
    }
  }
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      // A soft shadow (a hand) darkens the bottom-left part to a third of the light.
      const light = shadow ? 1 - 0.65 * Math.min(1, Math.max(0, (y - x - 100) / 120)) : 1;
      const c = onPage[i] ? (rows[i] ? [40, 40, 40] : paper) : [130, 95, 60];
      rgb.set(c.map((v) => Math.round(v * light)), i * 3);
    }
  }
  return rgb;
}

describe('findPage', () => {
  it('finds the four corners of a page shot at an angle', () => {
    const quad: [number, number][] = [[60, 40], [330, 25], [350, 480], [40, 455]];
    const found = findPage(photo(400, 520, quad), 400, 520);
    expect(found).not.toBeNull();
    found!.corners.forEach(([x, y], i) => {
      expect(Math.abs(x - quad[i]![0])).toBeLessThan(8);
      expect(Math.abs(y - quad[i]![1])).toBeLessThan(8);
    });
  });

  it('keeps a shadowed part of the page with it', () => {
    const quad: [number, number][] = [[60, 40], [330, 25], [350, 480], [40, 455]];
    const found = findPage(photo(400, 520, quad, true), 400, 520);
    expect(found).not.toBeNull();
    expect(Math.abs(found!.corners[3][0] - 40)).toBeLessThan(10);
    expect(Math.abs(found!.corners[3][1] - 455)).toBeLessThan(10);
  });

  it('keeps a shadowed part of a beige envelope with it (paper more colourful than white paper, less than the desk)', () => {
    const quad: [number, number][] = [[60, 40], [330, 25], [350, 480], [40, 455]];
    const found = findPage(photo(400, 520, quad, true, [221, 194, 147]), 400, 520);
    expect(found).not.toBeNull();
    expect(Math.abs(found!.corners[3][0] - 40)).toBeLessThan(10);
    expect(Math.abs(found!.corners[3][1] - 455)).toBeLessThan(10);
  });

  it('finds no page in a screenshot-like image that is all page, or in a plain desk', () => {
    const white = new Uint8Array(300 * 400 * 3).fill(250);
    expect(findPage(white, 300, 400)).toBeNull();
    const desk = new Uint8Array(300 * 400 * 3);
    for (let i = 0; i < desk.length; i += 3) desk.set([130, 95, 60], i);
    expect(findPage(desk, 300, 400)).toBeNull();
  });
});

describe('flattenPage', () => {
  it('maps the page onto an upright rectangle: its text rows come out level', () => {
    const quad: [number, number][] = [[60, 40], [330, 25], [350, 480], [40, 455]];
    const rgb = photo(400, 520, quad);
    const grey = new Uint8Array(400 * 520);
    for (let i = 0; i < grey.length; i++) grey[i] = rgb[i * 3 + 1]!;
    const flat = flattenPage(grey, 400, 520, { corners: quad as never }, 300);
    expect(flat.width).toBe(300);
    // Each dark row spans the flattened page at one height: a row is either mostly dark or mostly light across its middle.
    let mixedRows = 0;
    for (let y = 5; y < flat.height - 5; y++) {
      let dark = 0;
      for (let x = 60; x < 240; x++) if (flat.grey[y * 300 + x]! < 128) dark++;
      if (dark > 20 && dark < 160) mixedRows++;
    }
    expect(mixedRows).toBeLessThan(flat.height * 0.08);
  });
});

describe('findPage on ruled paper', () => {
  it('finds a whole memo pad whose thin coloured rules run across the page to its edges, not one strip between two rules', () => {
    const width = 400;
    const height = 520;
    const rgb = new Uint8Array(width * height * 3);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const onPage = x >= 50 && x < 350 && y >= 40 && y < 480;
        // Light blue rules, 1 px, every 30 px, from edge to edge of the pad (a colourful line scores as not paper).
        const rule = onPage && (y - 40) % 30 === 29;
        rgb.set(onPage ? (rule ? [120, 160, 235] : [245, 245, 240]) : [130, 95, 60], (y * width + x) * 3);
      }
    }
    const found = findPage(rgb, width, height);
    expect(found).not.toBeNull();
    const [tl, , br] = found!.corners;
    expect(Math.abs(tl[1] - 40)).toBeLessThan(8);
    expect(Math.abs(br[1] - 480)).toBeLessThan(8); // the bottom of the pad, not the first rule's
    expect(Math.abs(br[0] - 350)).toBeLessThan(8);
  });
});

describe('findPage across a band', () => {
  /** A dark desk (a tablet's bezel) with a light screen on it, turned a little, a coloured picture across the screen's whole width at rows bandTop..bandBottom of the screen. */
  function screenWithBand(bandTop: number, bandBottom: number, upper?: { left: number; right: number }) {
    const width = 400;
    const height = 520;
    const rgb = new Uint8Array(width * height * 3);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        // The screen: x 60..340 at the top, drifting 10 px right to the bottom; y 40..480.
        const shift = ((y - 40) / 440) * 10;
        const onScreen = x >= 60 + shift && x < 340 + shift && y >= 40 && y < 480;
        const band = y >= bandTop && y < bandBottom;
        const inUpper = upper ? x >= upper.left && x < upper.right : true;
        const colour = !onScreen || (y < bandTop && !inUpper) ? [35, 30, 30] : band ? [30, 90, 200] : [238, 238, 240];
        rgb.set(colour, (y * width + x) * 3);
      }
    }
    return { rgb, width, height };
  }

  it("finds a screen whose picture runs across its whole width: the part above the picture (a post's text) is the screen's too", () => {
    const { rgb, width, height } = screenWithBand(150, 230);
    const found = findPage(rgb, width, height);
    expect(found).not.toBeNull();
    const [tl, tr, br] = found!.corners;
    expect(Math.abs(tl[1] - 40)).toBeLessThan(8); // the screen's top, not the picture's bottom (230)
    expect(Math.abs(tr[1] - 40)).toBeLessThan(8);
    expect(Math.abs(tl[0] - 60)).toBeLessThan(8);
    expect(Math.abs(br[1] - 480)).toBeLessThan(8);
  });

  it('does not join a light area above whose sides do not run on from the page (another sheet, narrower)', () => {
    const { rgb, width, height } = screenWithBand(150, 230, { left: 120, right: 260 });
    const found = findPage(rgb, width, height);
    expect(found).not.toBeNull();
    expect(Math.abs(found!.corners[0][1] - 230)).toBeLessThan(8); // the lower part alone
  });
});
