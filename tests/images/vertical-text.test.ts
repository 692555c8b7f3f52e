import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { characterErrorRate } from '../../src/images/cer.ts';
import { tesseractJsEngine } from '../../src/images/tesseract-js-engine.ts';
import { findVerticalText, lineTopsOf, verticalBlockText, verticalTextBlocks, whitenedOut, withVerticalText, type TextBox } from '../../src/images/vertical-text.ts';

/** An ink mask with filled squares ("characters", `size` px) at the given top-left corners. */
function inkWith(width: number, height: number, size: number, corners: readonly [number, number][]): Uint8Array {
  const ink = new Uint8Array(width * height);
  for (const [x0, y0] of corners) {
    // A character's strokes, not a solid block: two bars across and one down.
    for (let y = y0; y < y0 + size; y++) {
      for (let x = x0; x < x0 + size; x++) {
        const stroke = y - y0 < 2 || y0 + size - y <= 2 || Math.abs(x - x0 - size / 2) < 1.5;
        if (stroke && x < width && y < height) ink[y * width + x] = 1;
      }
    }
  }
  return ink;
}

/** Characters in a column going down from (x, y), `gap` px apart. */
const column = (x: number, y: number, n: number, size: number, gap: number): [number, number][] => Array.from({ length: n }, (_, i) => [x, y + i * (size + gap)]);
/** Characters in a row going right from (x, y). */
const row = (x: number, y: number, n: number, size: number, gap: number): [number, number][] => Array.from({ length: n }, (_, i) => [x + i * (size + gap), y]);

const inside = (inner: TextBox, outer: TextBox) => inner.left >= outer.left && inner.top >= outer.top && inner.left + inner.width <= outer.left + outer.width && inner.top + inner.height <= outer.top + outer.height;

describe('verticalTextBlocks', () => {
  it('finds a column of characters set close one under another, standing apart from the rest', () => {
    const ink = inkWith(500, 600, 16, column(400, 50, 8, 16, 3));
    const blocks = verticalTextBlocks(ink, 500, 600);
    expect(blocks).toHaveLength(1);
    expect(inside({ left: 400, top: 50, width: 16, height: 8 * 19 - 3 }, blocks[0]!)).toBe(true);
    expect(blocks[0]!.width).toBeLessThan(40);
  });

  it('finds nothing in horizontal writing, even where its characters line up from line to line', () => {
    // A paragraph: characters 2 px apart in a line, lines 8 px apart; monospaced, so they line up down the page too.
    const corners = Array.from({ length: 8 }, (_, line) => row(40, 40 + line * 24, 20, 16, 2)).flat();
    expect(verticalTextBlocks(inkWith(500, 600, 16, corners), 500, 600)).toEqual([]);
  });

  it('joins a name written with spaces (田中　和子　様) to the address column beside it', () => {
    const address = column(420, 40, 12, 14, 2);
    const name = [...column(370, 80, 2, 24, 4), ...column(370, 160, 2, 24, 4), [370, 240] as [number, number]];
    const nameInk = inkWith(500, 600, 24, name);
    const blocks = verticalTextBlocks(inkWith(500, 600, 14, address).map((v, i) => v | nameInk[i]!), 500, 600);
    expect(blocks).toHaveLength(1);
    expect(inside({ left: 370, top: 80, width: 24, height: 184 }, blocks[0]!)).toBe(true);
    expect(inside({ left: 420, top: 40, width: 14, height: 190 }, blocks[0]!)).toBe(true);
  });

  it('leaves out a horizontal word under a vertical box (「親展」 under 「在中」)', () => {
    const box = column(60, 40, 8, 20, 3);
    const word = row(55, 240, 2, 20, 2);
    const blocks = verticalTextBlocks(inkWith(500, 600, 20, [...box, ...word]), 500, 600);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.top + blocks[0]!.height).toBeLessThan(240);
  });

  it('finds nothing on a blank page or in one lone character', () => {
    expect(verticalTextBlocks(new Uint8Array(300 * 300), 300, 300)).toEqual([]);
    expect(verticalTextBlocks(inkWith(300, 300, 20, [[100, 100]]), 300, 300)).toEqual([]);
  });
});

describe('verticalBlockText', () => {
  const tsvRow = (line: number, left: number, top: number, conf: number, text: string) => `5\t1\t1\t1\t${line}\t1\t${left}\t${top}\t30\t30\t${conf}\t${text}`;

  it('reads the columns right to left, each top to bottom, without a frame read as bars', () => {
    const tsv = ['level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext', tsvRow(1, 10, 10, 90, '|還付金'), tsvRow(1, 10, 120, 85, 'のお知らせ'), tsvRow(2, 200, 10, 88, '横浜市'), tsvRow(2, 200, 120, 80, '金沢区')].join('\n');
    expect(verticalBlockText(tsv)).toBe('横浜市金沢区\n還付金のお知らせ');
  });

  it('gives nothing for a block read unsurely (a false find, a picture)', () => {
    expect(verticalBlockText([tsvRow(1, 10, 10, 20, '噴人'), tsvRow(1, 10, 50, 30, '】コ')].join('\n'))).toBe('');
  });
});

describe('withVerticalText', () => {
  const box = (left: number, top: number, width: number, height: number): TextBox => ({ left, top, width, height });

  it('puts each block before the first line below its top, blocks side by side right before left', () => {
    const text = '2360042\n親展\n受取期限 12月20日';
    const merged = withVerticalText(text, [20, 800, 1000], [
      { text: '還付金のお知らせ在中', box: box(90, 200, 110, 500) },
      { text: '横浜市金沢区\n田中和子様', box: box(750, 150, 280, 640) },
    ]);
    expect(merged).toBe('2360042\n横浜市金沢区\n田中和子様\n還付金のお知らせ在中\n親展\n受取期限 12月20日');
  });

  it('leaves the text as it is without blocks, and gives the blocks alone without text', () => {
    expect(withVerticalText('本文', [10], [])).toBe('本文');
    expect(withVerticalText('', [], [{ text: '重要書類在中', box: box(0, 0, 10, 10) }])).toBe('重要書類在中');
  });
});

describe('lineTopsOf', () => {
  it("finds each read line's top among Tesseract's lines, in order, also when the read dropped a doubtful word", () => {
    const lines = [
      { text: '田中 和子 様', top: 296 },
      { text: 'ーーマーマーーー', top: 327 },
      { text: '市民税・県民税 納税通知書の送付について', top: 374 },
      { text: '第3期 納期限 12月26日', top: 758 },
    ];
    expect(lineTopsOf('田中和子様\n市民・県民税納税通知書の送付について\n第3期納期限12月26日', lines)).toEqual([296, 374, 758]);
  });

  it("finds each read line's top among Tesseract's lines by its characters, in order", () => {
    const lines = [
      { text: '田中 和子 様', top: 200 },
      { text: 'マイナンバー登録に関する', top: 270 },
      { text: '拝啓 時下', top: 330 },
    ];
    expect(lineTopsOf('田中和子様\nマイナンバー登録に関する\n(読めない)\n拝啓時下', lines)).toEqual([200, 270, null, 330]);
  });
});

describe('whitenedOut', () => {
  it("paints a box in the paper's grey around it, not in white", () => {
    const grey = Buffer.alloc(20 * 20, 180);
    grey[5 * 20 + 5] = 20;
    const out = whitenedOut(grey, 20, [{ left: 3, top: 3, width: 6, height: 6 }]);
    expect(out[5 * 20 + 5]).toBe(180);
    expect(grey[5 * 20 + 5]).toBe(20);
  });
});

describe('vertical writing on a rendered page, read with the vertical model (tesseract.js, jpn_vert)', () => {
  const engine = tesseractJsEngine();
  afterAll(() => engine.close());
  const address = '横浜市金沢区釜利谷東';
  const stamp = '還付金のお知らせ在中';

  async function page(): Promise<{ grey: Buffer; width: number; height: number }> {
    const width = 900;
    const height = 1200;
    const glyph = (c: string, x: number, y: number, size: number, fill = '#222') => `<text x="${x}" y="${y}" font-family="Noto Sans CJK JP" font-size="${size}" fill="${fill}">${c}</text>`;
    const down = (text: string, x: number, y: number, size: number, fill?: string) => [...text].map((c, i) => glyph(c, x, y + i * size * 1.1, size, fill)).join('');
    const across = (text: string, x: number, y: number, size: number) => `<text x="${x}" y="${y}" font-family="Noto Sans CJK JP" font-size="${size}" fill="#222">${text}</text>`;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#e8e4da"/>${down(address, 780, 120, 34)}${down(stamp, 120, 160, 40, '#b0202a')}${across('受取期限 12月20日 ATMにてお受け取りください', 100, 1000, 26)}${across('照会先 045-392-7146', 100, 1050, 26)}</svg>`;
    const { data, info } = await sharp(Buffer.from(svg)).greyscale().raw().toBuffer({ resolveWithObject: true });
    return { grey: data, width: info.width, height: info.height };
  }

  it('finds the address and the red box as two vertical blocks, and not the horizontal lines below', async () => {
    const p = await page();
    const { boxes } = await findVerticalText(p.grey, p.width, p.height);
    expect(boxes).toHaveLength(2);
    for (const b of boxes) expect(b.top + b.height).toBeLessThan(960);
    expect(boxes.some((b) => b.left > 700)).toBe(true);
    expect(boxes.some((b) => b.left < 200)).toBe(true);
  });

  it('reads both blocks nearly as written', async () => {
    const p = await page();
    const { boxes } = await findVerticalText(p.grey, p.width, p.height);
    const texts: string[] = [];
    for (const box of [...boxes].sort((a, b) => b.left - a.left)) {
      const png = await sharp(p.grey, { raw: { width: p.width, height: p.height, channels: 1 } }).extract(box).png().toBuffer();
      texts.push(verticalBlockText(await engine.recognize(png, 30_000, '5')));
    }
    expect(characterErrorRate(texts[0]!, address)).toBeLessThanOrEqual(0.2);
    expect(characterErrorRate(texts[1]!, stamp)).toBeLessThanOrEqual(0.2);
  }, 60_000);
});
