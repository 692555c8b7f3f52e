import sharp from 'sharp';

/**
 * "Photographs" a rendered page or screen for the unseen image set: the page is placed in a
 * camera frame by a perspective (homography) warp, bent (page curl), lit unevenly, shadowed,
 * tinted, blurred (defocus or motion), given sensor noise and saved as a low-quality JPEG.
 * A screen gets a dark bezel, the pixel grid that makes moiré when a camera samples it, and
 * glare. Written for this set (inverse mapping with bilinear sampling on raw RGB); seeded.
 */
export interface PhotoParams {
  seed: number;
  /** Camera frame, px. */
  width: number;
  height: number;
  /** Where the page's corners land in the frame, as shares of it: top-left, top-right, bottom-right, bottom-left. */
  corners: [[number, number], [number, number], [number, number], [number, number]];
  /** Bending of the page's lines, as a share of the page height (0.01 = visible curl). */
  curl: number;
  /** Light: brightest point (shares of the frame) and how much darker the far corner is (0–1). */
  light: { x: number; y: number; falloff: number };
  /** A soft shadow (a hand or phone) over part of the page: its edge as a line through (x, y) at `angle` degrees, darkening by `depth`. */
  shadow?: { x: number; y: number; angle: number; depth: number; softness: number };
  /** Colour of the light (multipliers for R, G, B). */
  tint: [number, number, number];
  /** Surroundings: a desk, or a dark room (for a screen). */
  surround: 'desk' | 'dark';
  /** A screen: pixel-grid strength (0–0.5) for moiré, a bezel and glare (0–1). */
  screen?: { grid: number; glare: number };
  /** Gaussian blur sigma (defocus), px; 0 for none. */
  blur: number;
  /** Motion blur length, px; 0 for none. */
  motion: number;
  /** Sensor noise, standard deviation in grey levels. */
  noise: number;
  quality: number;
}

/** A small seeded generator (mulberry32): the same photos from the same seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The 3×3 homography (row-major, h33 = 1) taking the four `from` points to the four `to` points. */
export function homography(from: readonly (readonly [number, number])[], to: readonly (readonly [number, number])[]): number[] {
  const a: number[][] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = from[i]!;
    const [u, v] = to[i]!;
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  }
  // Gaussian elimination with partial pivoting on the 8×9 augmented matrix.
  for (let c = 0; c < 8; c++) {
    let p = c;
    for (let r = c + 1; r < 8; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
    [a[c], a[p]] = [a[p]!, a[c]!];
    for (let r = 0; r < 8; r++) {
      if (r === c) continue;
      const f = a[r]![c]! / a[c]![c]!;
      for (let k = c; k < 9; k++) a[r]![k]! -= f * a[c]![k]!;
    }
  }
  return [...a.map((row, i) => row[8]! / row[i]!), 1];
}

export async function photograph(png: Buffer, p: PhotoParams): Promise<Buffer> {
  const random = rng(p.seed);
  let src = sharp(png).removeAlpha();
  if (p.screen) {
    // The phone's or monitor's black bezel around the lit screen.
    const meta = await sharp(png).metadata();
    const pad = Math.round(Math.min(meta.width!, meta.height!) * 0.04);
    src = sharp(await src.extend({ top: pad, bottom: pad, left: pad, right: pad, background: { r: 12, g: 12, b: 14 } }).png().toBuffer());
  }
  const { data: s, info } = await src.raw().toBuffer({ resolveWithObject: true });
  const sw = info.width;
  const sh = info.height;
  const W = p.width;
  const H = p.height;
  const dst = p.corners.map(([x, y]) => [x * W, y * H] as [number, number]);
  const h = homography(dst, [
    [0, 0],
    [sw, 0],
    [sw, sh],
    [0, sh],
  ]);
  const out = Buffer.alloc(W * H * 3);
  // Surroundings: a wooden desk (grain along x) or a dark room.
  const deskBase = p.surround === 'desk' ? [128, 98, 70] : [26, 26, 30];
  const grainPhase = random() * 10;
  const [lx, ly] = [p.light.x * W, p.light.y * H];
  const maxD = Math.hypot(Math.max(lx, W - lx), Math.max(ly, H - ly));
  const shadowN = p.shadow ? [Math.cos((p.shadow.angle * Math.PI) / 180), Math.sin((p.shadow.angle * Math.PI) / 180)] : [0, 0];
  const curlAmp = p.curl * sh;
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const z = h[6]! * x + h[7]! * y + 1;
      let u = (h[0]! * x + h[1]! * y + h[2]!) / z;
      let v = (h[3]! * x + h[4]! * y + h[5]!) / z;
      // Page curl: lines sag towards the middle and the right edge lifts.
      const fu = u / sw;
      v += curlAmp * (Math.sin(Math.PI * fu) - 0.5) + curlAmp * 0.8 * Math.max(0, fu - 0.8) ** 2 * 25;
      u += curlAmp * 0.3 * Math.sin(Math.PI * (v / sh));
      let r: number;
      let g: number;
      let b: number;
      let onPage = false;
      if (u >= 0 && v >= 0 && u < sw - 1 && v < sh - 1) {
        onPage = true;
        const x0 = Math.floor(u);
        const y0 = Math.floor(v);
        const fx = u - x0;
        const fy = v - y0;
        const i00 = (y0 * sw + x0) * 3;
        const i10 = i00 + 3;
        const i01 = i00 + sw * 3;
        const i11 = i01 + 3;
        const bil = (c: number) => (s[i00 + c]! * (1 - fx) + s[i10 + c]! * fx) * (1 - fy) + (s[i01 + c]! * (1 - fx) + s[i11 + c]! * fx) * fy;
        r = bil(0);
        g = bil(1);
        b = bil(2);
        if (p.screen && p.screen.grid > 0) {
          // The screen's pixel grid, sampled by the camera's own grid: the beat is moiré.
          const gr = 1 - p.screen.grid * (Math.sin(Math.PI * u) ** 2 + Math.sin(Math.PI * v) ** 2) * 0.5;
          r *= gr;
          g *= gr;
          b *= gr;
        }
        // Curl shading: the lifted edge catches less light.
        const shade = 1 - 0.35 * Math.max(0, fu - 0.8) * 5 * Math.min(1, p.curl * 40);
        r *= shade;
        g *= shade;
        b *= shade;
      } else {
        const grain = p.surround === 'desk' ? 14 * Math.sin(y * 0.05 + 3 * Math.sin(x * 0.004 + grainPhase)) + 6 * Math.sin(y * 0.31 + x * 0.01) : 0;
        r = deskBase[0]! + grain;
        g = deskBase[1]! + grain * 0.8;
        b = deskBase[2]! + grain * 0.6;
      }
      // Light: falls off from the brightest point; a screen lights itself.
      const d = Math.hypot(x - lx, y - ly) / maxD;
      let light = p.screen && onPage ? 1 - 0.25 * p.light.falloff * d * d : 1 - p.light.falloff * d * d;
      if (p.shadow) {
        const side = (x - p.shadow.x * W) * shadowN[0]! + (y - p.shadow.y * H) * shadowN[1]!;
        light *= 1 - p.shadow.depth / (1 + Math.exp(-side / (p.shadow.softness * W)));
      }
      r = r * light * (p.screen && onPage ? 1 : p.tint[0]);
      g = g * light * (p.screen && onPage ? 1 : p.tint[1]);
      b = b * light * (p.screen && onPage ? 1 : p.tint[2]);
      if (p.screen && onPage && p.screen.glare > 0) {
        // A window's reflection: a soft bright diagonal band.
        const band = Math.exp(-(((x / W - y / H * 0.6 - 0.25) / 0.12) ** 2));
        const add = 70 * p.screen.glare * band;
        r += add;
        g += add;
        b += add;
      }
      const o = (y * W + x) * 3;
      out[o] = Math.max(0, Math.min(255, r));
      out[o + 1] = Math.max(0, Math.min(255, g));
      out[o + 2] = Math.max(0, Math.min(255, b));
    }
  }
  let img = sharp(out, { raw: { width: W, height: H, channels: 3 } });
  if (p.blur > 0) img = img.blur(p.blur);
  if (p.motion > 1) {
    const n = Math.round(p.motion) | 1;
    const kernel = new Array<number>(n * n).fill(0);
    // A diagonal streak (the hand moved down-right).
    for (let i = 0; i < n; i++) kernel[i * n + Math.min(n - 1, Math.round(i * 0.5 + n / 4))] = 1;
    img = sharp(await img.convolve({ width: n, height: n, kernel, scale: n }).raw().toBuffer(), { raw: { width: W, height: H, channels: 3 } });
  }
  const blurred = await img.raw().toBuffer();
  if (p.noise > 0) {
    for (let i = 0; i < blurred.length; i++) {
      const n = (random() + random() + random() - 1.5) * 2 * p.noise;
      blurred[i] = Math.max(0, Math.min(255, blurred[i]! + n));
    }
  }
  return sharp(blurred, { raw: { width: W, height: H, channels: 3 } }).jpeg({ quality: p.quality }).toBuffer();
}
