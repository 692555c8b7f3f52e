/**
 * A photographed page (or a lit screen) found in a photo and turned into a flat, upright
 * rectangle, before OCR. Text lines of a page shot at an angle converge (perspective): one
 * rotation cannot level them all, so the page's four corners are found and the page is mapped
 * back onto a rectangle. Pure: raw pixels in, raw pixels out.
 *
 * Finding the page: on a small copy, each pixel scores how page-like it is — bright and
 * colourless (paper, a lit screen) against a desk, a table cloth or a dark room; a shadow over
 * the page lowers brightness but not its lack of colour, so the score keeps it. The score is
 * split in two by Otsu's threshold, the largest connected area of the brighter side is the page,
 * and its corners are its extreme points along the two diagonals. The page is used only when
 * it is clearly a quadrilateral (it fills its corners' outline, its angles are near square,
 * it covers a fair share of the photo and not all of it); otherwise the photo is left as it is.
 */

export interface Quad {
  /** Corners in image pixels: top-left, top-right, bottom-right, bottom-left. */
  corners: [[number, number], [number, number], [number, number], [number, number]];
}

/** The copy searched is at most this wide, px. */
const SEARCH_WIDTH = 400;
/** The page covers at least / at most this share of the photo. */
const MIN_PAGE_SHARE = 0.2;
const MAX_PAGE_SHARE = 0.9;
/** The page's area fills at least this share of its corners' quadrilateral. */
const MIN_QUAD_FILL = 0.88;
/** Every angle of the quadrilateral lies within this many degrees of a right angle. */
const MAX_ANGLE_OFF = 30;
/** Growing into shadow: a neighbour's score may differ by this much (absolute, or as a share of the pixel's own). */
const GROW_STEP = 8;
const GROW_SHARE = 0.12;
/** A shadowed part of the page is at most this colourful for its brightness (white paper under warm light ~0.2; a wooden desk ~0.5)… */
const MAX_PAGE_TINT = 0.33;
/** …or, for tinted paper (a beige or brown envelope, ~0.4), at most this much more than the lit part's own median, and never past halfway to the surroundings'. */
const PAGE_TINT_MARGIN = 0.08;
/** Weight of colourfulness (max − min channel) against brightness in the page score. */
const COLOUR_WEIGHT = 1;

function otsu(values: Uint8Array): number {
  const hist = new Float64Array(256);
  for (const v of values) hist[v]!++;
  const total = values.length;
  let sumAll = 0;
  for (let i = 0; i < 256; i++) sumAll += i * hist[i]!;
  let sumB = 0;
  let wB = 0;
  let best = 0;
  let threshold = 128;
  for (let t = 0; t < 256; t++) {
    wB += hist[t]!;
    if (wB === 0) continue;
    const wF = total - wB;
    if (wF === 0) break;
    sumB += t * hist[t]!;
    const mB = sumB / wB;
    const mF = (sumAll - sumB) / wF;
    const between = wB * wF * (mB - mF) ** 2;
    if (between > best) {
      best = between;
      threshold = t;
    }
  }
  return threshold;
}

function polygonArea(p: readonly (readonly [number, number])[]): number {
  let s = 0;
  for (let i = 0; i < p.length; i++) {
    const [x1, y1] = p[i]!;
    const [x2, y2] = p[(i + 1) % p.length]!;
    s += x1 * y2 - x2 * y1;
  }
  return Math.abs(s) / 2;
}

/** How colourful (for its brightness) a shadowed part of the page may be: {@link MAX_PAGE_TINT}, or more for paper that is tinted itself. */
export function pageTintLimit(tint: Float32Array, label: Int32Array, pageId: number): number {
  const page: number[] = [];
  const rest: number[] = [];
  // Every 7th pixel is enough for two medians.
  for (let i = 0; i < tint.length; i += 7) (label[i] === pageId ? page : rest).push(tint[i]!);
  const median = (v: number[]) => (v.length === 0 ? 0 : v.sort((a, b) => a - b)[Math.floor(v.length / 2)]!);
  const own = median(page);
  if (own + PAGE_TINT_MARGIN <= MAX_PAGE_TINT || rest.length === 0) return MAX_PAGE_TINT;
  return Math.max(MAX_PAGE_TINT, Math.min(own + PAGE_TINT_MARGIN, (own + median(rest)) / 2));
}

/** Calls `visit` with each 4-neighbour of pixel `i` (at column `x`) inside a `w` × `h` grid. */
function forEachNeighbour(i: number, x: number, w: number, h: number, visit: (j: number) => void): void {
  if (x > 0) visit(i - 1);
  if (x < w - 1) visit(i + 1);
  if (i >= w) visit(i - w);
  if (i < w * (h - 1)) visit(i + w);
}

/**
 * Thin dark lines across the page (a ruled pad's or a form's coloured rules, a table's borders: a pixel or two on the search
 * copy) taken out of the score by a closing (the brightest of each 3 × 3 neighbourhood, then the darkest): left in, they cut the
 * page into strips, and only the largest strip was taken for the page. The page's edge, a step to the desk, stays where it is.
 */
export function closeThinDarkLines(score: Uint8Array, w: number, h: number): void {
  const pass = (from: Uint8Array, pick: (a: number, b: number) => number): Uint8Array => {
    const rows = new Uint8Array(from.length);
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const i = y * w + x;
        let v = from[i]!;
        if (x > 0) v = pick(v, from[i - 1]!);
        if (x < w - 1) v = pick(v, from[i + 1]!);
        rows[i] = v;
      }
    }
    const out = new Uint8Array(from.length);
    for (let i = 0; i < from.length; i++) {
      let v = rows[i]!;
      if (i >= w) v = pick(v, rows[i - w]!);
      if (i < from.length - w) v = pick(v, rows[i + w]!);
      out[i] = v;
    }
    return out;
  };
  score.set(pass(pass(score, Math.max), Math.min));
}

/** Another bright area at least this share of the search copy is looked at as a part of the page cut off by a band… */
const MIN_PART_SHARE = 0.03;
/** …when its facing edge's left and right ends are within this share of the page's width of the page's… */
const PART_EDGE_TOLERANCE = 0.06;
/** …and the band between them is at most this share of the two parts' height together. */
const MAX_BAND_SHARE = 0.35;
/** The label of a band joined across (joinStackedParts), until the page has grown into its shadows. */
const BAND_LABEL = -1;

/** An area's corners: its extreme points along the two diagonals (top-left, top-right, bottom-right, bottom-left), or null when it is empty. */
function areaCorners(label: Int32Array, w: number, h: number, id: number): [[number, number], [number, number], [number, number], [number, number]] | null {
  let tl: [number, number] | null = null;
  let tr: [number, number] = [0, 0];
  let br: [number, number] = [0, 0];
  let bl: [number, number] = [0, 0];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (label[y * w + x] !== id) continue;
      if (!tl) {
        tl = [x, y];
        tr = [x, y];
        br = [x, y];
        bl = [x, y];
      }
      if (x + y < tl[0] + tl[1]) tl = [x, y];
      if (x - y > tr[0] - tr[1]) tr = [x, y];
      if (x + y > br[0] + br[1]) br = [x, y];
      if (y - x > bl[1] - bl[0]) bl = [x, y];
    }
  }
  return tl ? [tl, tr, br, bl] : null;
}

/**
 * A band across the whole page (a coloured picture or banner on a screen, a flyer's dark headline band) cuts its bright area in
 * two, and only the larger part was taken for the page (a tablet's post was read from under its picture, its text above left
 * out). A large bright area right above or below the page's, whose corners facing the page line up with the page's facing
 * corners (the page's sides running on across the band), is joined to it, and the band between them is labelled
 * {@link BAND_LABEL} (the page's once its shadows have been grown into). Changes `label` in place.
 */
export function joinStackedParts(label: Int32Array, w: number, h: number, pageId: number, counts: readonly number[]): void {
  const order = counts.map((c, i) => ({ id: i + 1, c })).filter((a) => a.id !== pageId && a.c >= MIN_PART_SHARE * w * h).sort((a, b) => b.c - a.c);
  for (const { id } of order) {
    const page = areaCorners(label, w, h, pageId);
    const part = areaCorners(label, w, h, id);
    if (!part || !page) return;
    const above = Math.max(part[2][1], part[3][1]) < Math.min(page[0][1], page[1][1]);
    const below = Math.min(part[0][1], part[1][1]) > Math.max(page[2][1], page[3][1]);
    if (!above && !below) continue;
    // The upper area's bottom corners and the lower one's top corners.
    const [upper, lower] = above ? [part, page] : [page, part];
    const [ubr, ubl] = [upper[2], upper[3]];
    const [ltl, ltr] = [lower[0], lower[1]];
    const width = Math.max(1, Math.hypot(ltr[0] - ltl[0], ltr[1] - ltl[1]), Math.hypot(ubr[0] - ubl[0], ubr[1] - ubl[1]));
    if (Math.abs(ubl[0] - ltl[0]) > PART_EDGE_TOLERANCE * width || Math.abs(ubr[0] - ltr[0]) > PART_EDGE_TOLERANCE * width) continue;
    const height = Math.max(lower[2][1], lower[3][1]) - Math.min(upper[0][1], upper[1][1]);
    const gap = Math.max(ltl[1] - ubl[1], ltr[1] - ubr[1]);
    if (gap <= 0 || gap > MAX_BAND_SHARE * height) continue;
    for (let i = 0; i < label.length; i++) if (label[i] === id) label[i] = pageId;
    // The band: between the upper area's bottom edge and the lower one's top edge, within the sides joining their corners.
    const edgeY = (a: [number, number], b: [number, number], x: number) => (b[0] === a[0] ? a[1] : a[1] + ((x - a[0]) * (b[1] - a[1])) / (b[0] - a[0]));
    const sideX = (a: [number, number], b: [number, number], y: number) => (b[1] === a[1] ? a[0] : a[0] + ((y - a[1]) * (b[0] - a[0])) / (b[1] - a[1]));
    for (let y = Math.max(0, Math.min(ubl[1], ubr[1])); y <= Math.min(h - 1, Math.max(ltl[1], ltr[1])); y++) {
      const left = Math.round(sideX(ubl, ltl, y));
      const right = Math.round(sideX(ubr, ltr, y));
      for (let x = Math.max(0, left); x <= Math.min(w - 1, right); x++) if (y >= edgeY(ubl, ubr, x) && y <= edgeY(ltl, ltr, x) && label[y * w + x] !== pageId) label[y * w + x] = BAND_LABEL;
    }
  }
}

/** The page's corners in an RGB image (3 bytes a pixel), or null when no clear page is there. */
export function findPage(rgb: Uint8Array, width: number, height: number): Quad | null {
  const step = Math.max(1, Math.ceil(width / SEARCH_WIDTH));
  const w = Math.floor(width / step);
  const h = Math.floor(height / step);
  const score = new Uint8Array(w * h);
  /** Colourfulness as a share of brightness: the same for a surface in light and in shadow. */
  const tint = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const p = (y * step * width + x * step) * 3;
      const r = rgb[p]!;
      const g = rgb[p + 1]!;
      const b = rgb[p + 2]!;
      const grey = (r * 54 + g * 183 + b * 19) >> 8;
      const colour = Math.max(r, g, b) - Math.min(r, g, b);
      score[y * w + x] = Math.max(0, grey - COLOUR_WEIGHT * colour);
      tint[y * w + x] = colour / Math.max(8, grey);
    }
  }
  closeThinDarkLines(score, w, h);
  const t = otsu(score);
  // Largest connected area (4-neighbours) of page-like pixels.
  const label = new Int32Array(w * h);
  const stack = new Int32Array(w * h);
  let bestId = 0;
  let bestCount = 0;
  let id = 0;
  /** Pixels of each area, by its id (1-based: counts[id - 1]). */
  const counts: number[] = [];
  for (let start = 0; start < w * h; start++) {
    if (label[start] !== 0 || score[start]! <= t) continue;
    id++;
    let count = 0;
    let sp = 0;
    stack[sp++] = start;
    label[start] = id;
    while (sp > 0) {
      const i = stack[--sp]!;
      count++;
      const x = i % w;
      forEachNeighbour(i, x, w, h, (j) => {
        if (label[j] === 0 && score[j]! > t) {
          label[j] = id;
          stack[sp++] = j;
        }
      });
    }
    counts.push(count);
    if (count > bestCount) {
      bestCount = count;
      bestId = id;
    }
  }
  if (bestId === 0) return null;
  joinStackedParts(label, w, h, bestId, counts);
  // Grow the page into its shadowed parts: a neighbour joins while brightness changes smoothly
  // (light and shadow fall off gradually); the page's edge is a sudden step down to the desk.
  const maxTint = pageTintLimit(tint, label, bestId);
  let sp = 0;
  for (let i = 0; i < w * h; i++) if (label[i] === bestId) stack[sp++] = i;
  while (sp > 0) {
    const i = stack[--sp]!;
    const s = score[i]!;
    const x = i % w;
    forEachNeighbour(i, x, w, h, (j) => {
      // (Not into a band joined across, nor from it: its blended border scores as the desk does.)
      if (label[j] === bestId || label[j] === BAND_LABEL || tint[j]! > maxTint) return;
      const d = s - score[j]!;
      if (d <= Math.max(GROW_STEP, s * GROW_SHARE) && -d <= Math.max(GROW_STEP, s * GROW_SHARE)) {
        label[j] = bestId;
        stack[sp++] = j;
      }
    });
  }
  for (let i = 0; i < w * h; i++) if (label[i] === BAND_LABEL) label[i] = bestId;
  // Holes (the text) inside the page belong to it: count the area as the rows' spans.
  let tl: [number, number] = [0, 0];
  let tr: [number, number] = [0, 0];
  let br: [number, number] = [0, 0];
  let bl: [number, number] = [0, 0];
  let sTl = Infinity;
  let sTr = -Infinity;
  let sBr = -Infinity;
  let sBl = -Infinity;
  let spanArea = 0;
  for (let y = 0; y < h; y++) {
    let first = -1;
    let last = -1;
    for (let x = 0; x < w; x++) {
      if (label[y * w + x] !== bestId) continue;
      if (first < 0) first = x;
      last = x;
      if (x + y < sTl) {
        sTl = x + y;
        tl = [x, y];
      }
      if (x - y > sTr) {
        sTr = x - y;
        tr = [x, y];
      }
      if (x + y > sBr) {
        sBr = x + y;
        br = [x, y];
      }
      if (y - x > sBl) {
        sBl = y - x;
        bl = [x, y];
      }
    }
    if (first >= 0) spanArea += last - first + 1;
  }
  const corners = [tl, tr, br, bl];
  const quadArea = polygonArea(corners);
  const share = quadArea / (w * h);
  if (share < MIN_PAGE_SHARE || share > MAX_PAGE_SHARE) return null;
  if (spanArea / quadArea < MIN_QUAD_FILL) return null;
  for (let i = 0; i < 4; i++) {
    const [ax, ay] = corners[(i + 3) % 4]!;
    const [bx, by] = corners[i]!;
    const [cx, cy] = corners[(i + 1) % 4]!;
    const v1 = [ax - bx, ay - by];
    const v2 = [cx - bx, cy - by];
    const cos = (v1[0]! * v2[0]! + v1[1]! * v2[1]!) / (Math.hypot(v1[0]!, v1[1]!) * Math.hypot(v2[0]!, v2[1]!) || 1);
    const angle = (Math.acos(Math.max(-1, Math.min(1, cos))) * 180) / Math.PI;
    if (Math.abs(angle - 90) > MAX_ANGLE_OFF) return null;
  }
  const full = (c: [number, number]): [number, number] => [(c[0] + 0.5) * step, (c[1] + 0.5) * step];
  return { corners: [full(tl), full(tr), full(br), full(bl)] };
}

/**
 * Coefficients (a…h) of the projective map from the unit square onto the quadrilateral
 * p0 (0,0), p1 (1,0), p2 (1,1), p3 (0,1): x = (a·u + b·v + c) / (g·u + h·v + 1), y likewise with d, e, f.
 * Closed form (Heckbert's square-to-quadrilateral).
 */
export function squareToQuad(q: Quad['corners']): number[] {
  const [[x0, y0], [x1, y1], [x2, y2], [x3, y3]] = q;
  const sx = x0 - x1 + x2 - x3;
  const sy = y0 - y1 + y2 - y3;
  if (Math.abs(sx) < 1e-9 && Math.abs(sy) < 1e-9) return [x1 - x0, x3 - x0, x0, y1 - y0, y3 - y0, y0, 0, 0];
  const dx1 = x1 - x2;
  const dx2 = x3 - x2;
  const dy1 = y1 - y2;
  const dy2 = y3 - y2;
  const den = dx1 * dy2 - dx2 * dy1;
  const g = (sx * dy2 - dx2 * sy) / den;
  const hh = (dx1 * sy - sx * dy1) / den;
  return [x1 - x0 + g * x1, x3 - x0 + hh * x3, x0, y1 - y0 + g * y1, y3 - y0 + hh * y3, y0, g, hh];
}

/**
 * The page cut out of a one-channel image and mapped onto an upright rectangle `outWidth` wide
 * (its height from the page's own proportions), bilinear; outside the photo is white.
 */
export function flattenPage(grey: Uint8Array, width: number, height: number, quad: Quad, outWidth: number): { grey: Buffer; width: number; height: number } {
  const [tl, tr, br, bl] = quad.corners;
  const pageW = (Math.hypot(tr[0] - tl[0], tr[1] - tl[1]) + Math.hypot(br[0] - bl[0], br[1] - bl[1])) / 2;
  const pageH = (Math.hypot(bl[0] - tl[0], bl[1] - tl[1]) + Math.hypot(br[0] - tr[0], br[1] - tr[1])) / 2;
  const outW = Math.max(1, Math.round(outWidth));
  const outH = Math.max(1, Math.round((outW * pageH) / Math.max(1, pageW)));
  const [a, b, c, d, e, f, g, hh] = squareToQuad(quad.corners) as [number, number, number, number, number, number, number, number];
  const out = Buffer.alloc(outW * outH, 255);
  for (let oy = 0; oy < outH; oy++) {
    const v = (oy + 0.5) / outH;
    for (let ox = 0; ox < outW; ox++) {
      const u = (ox + 0.5) / outW;
      const z = g * u + hh * v + 1;
      const x = (a * u + b * v + c) / z - 0.5;
      const y = (d * u + e * v + f) / z - 0.5;
      if (x < 0 || y < 0 || x >= width - 1 || y >= height - 1) continue;
      const x0 = Math.floor(x);
      const y0 = Math.floor(y);
      const fx = x - x0;
      const fy = y - y0;
      const i = y0 * width + x0;
      const top = grey[i]! * (1 - fx) + grey[i + 1]! * fx;
      const bottom = grey[i + width]! * (1 - fx) + grey[i + width + 1]! * fx;
      out[oy * outW + ox] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return { grey: out, width: outW, height: outH };
}
