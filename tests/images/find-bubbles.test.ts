import { describe, expect, it } from 'vitest';
import { bubbleTextHeight, FAINT_COLOUR, findBubbles, glyphHeight, readBubblesAlone, senderNameAbove } from '../../src/images/find-bubbles.ts';

/** A white 200 × 300 RGB page to draw rectangles on. */
function page(width = 200, height = 300) {
  const rgb = new Uint8Array(width * height * 3).fill(255);
  const fill = (left: number, top: number, w: number, h: number, c: [number, number, number]) => {
    for (let y = top; y < top + h; y++) for (let x = left; x < left + w; x++) rgb.set(c, (y * width + x) * 3);
  };
  return { rgb, width, height, fill };
}

describe('findBubbles', () => {
  it('finds a chat bubble with its text, and skips the header band, the avatar and loose text', () => {
    const p = page();
    p.fill(0, 0, 200, 30, [240, 200, 200]); // header band across the whole width
    p.fill(20, 10, 40, 10, [0, 0, 0]); // the sender's name inside it
    p.fill(10, 60, 14, 14, [120, 140, 220]); // avatar, too small for a bubble
    p.fill(80, 45, 5, 6, [90, 90, 90]); // a date glyph on the background
    p.fill(30, 80, 120, 60, [6, 199, 85]); // green bubble
    p.fill(40, 95, 90, 8, [255, 255, 255]); // its white text, two lines
    p.fill(40, 115, 70, 8, [255, 255, 255]);
    const layout = findBubbles(p.rgb, p.width, p.height);
    expect(layout.bubbles).toHaveLength(1);
    expect(layout.bubbles[0]).toMatchObject({ left: 30, top: 80, width: 120, height: 60, colour: [6, 199, 85], ink: 90 * 8 + 70 * 8 });
    expect(layout.bubbles[0]!.inkGrey).toBeGreaterThan(250);
    expect(layout.looseInk).toBe(30);
    expect(readBubblesAlone(layout)).toBe(true);
  });

  it('lists bubbles top to bottom, and an outline is not a bubble', () => {
    const p = page();
    p.fill(100, 200, 80, 40, [230, 230, 235]);
    p.fill(110, 210, 50, 6, [0, 0, 0]);
    p.fill(20, 60, 80, 40, [230, 230, 235]);
    p.fill(30, 70, 50, 6, [0, 0, 0]);
    for (let x = 20; x < 180; x++) p.fill(x, 260, 1, 1, [100, 100, 100]), p.fill(x, 290, 1, 1, [100, 100, 100]);
    p.fill(20, 260, 1, 31, [100, 100, 100]);
    p.fill(179, 260, 1, 31, [100, 100, 100]);
    const layout = findBubbles(p.rgb, p.width, p.height);
    expect(layout.bubbles.map((b) => b.top)).toEqual([60, 200]);
  });

  it('does not read bubbles alone when most text lies loose on the page (a mail with a banner)', () => {
    const p = page();
    p.fill(20, 20, 160, 24, [200, 16, 46]); // banner
    p.fill(40, 28, 30, 6, [255, 255, 255]);
    for (let y = 60; y < 280; y += 12) for (let x = 20; x < 180; x += 8) p.fill(x, y, 6, 7, [30, 30, 30]); // body glyphs
    const layout = findBubbles(p.rgb, p.width, p.height);
    // The banner is centred (even margins), so it is not a bubble at all; either way the body's loose text decides.
    expect(layout.bubbles).toHaveLength(0);
    expect(readBubblesAlone(layout)).toBe(false);
  });

  it("finds the rule under a quote in a reply's bubble (a quote-reply), and none under an underlined link", () => {
    const p = page();
    p.fill(40, 100, 150, 90, [6, 199, 85]); // the reply's green bubble
    p.fill(50, 108, 60, 8, [255, 255, 255]); // the quoted sender's name
    p.fill(50, 122, 120, 8, [230, 255, 230]); // the quoted message's first words
    p.fill(48, 140, 130, 2, [105, 230, 152]); // the rule
    for (const x of [60, 90, 120, 150]) p.fill(x, 143, 1, 1, [40, 205, 110]); // a re-compressed JPEG's ringing beside it
    p.fill(50, 155, 110, 10, [255, 255, 255]); // what the resident wrote
    const quoted = findBubbles(p.rgb, p.width, p.height).bubbles;
    expect(quoted).toHaveLength(1);
    expect(quoted[0]!.quoteEnd).toBe(142);
    // A link with its underline right under its letters: no quote.
    const q = page();
    q.fill(40, 100, 150, 90, [230, 230, 235]);
    q.fill(50, 110, 120, 8, [30, 30, 30]);
    for (let x = 50; x < 170; x += 6) q.fill(x, 130, 4, 10, [20, 80, 200]); // the link's letters
    q.fill(50, 141, 120, 2, [20, 80, 200]); // its underline
    q.fill(50, 160, 100, 8, [30, 30, 30]);
    const plain = findBubbles(q.rgb, q.width, q.height).bubbles;
    expect(plain).toHaveLength(1);
    expect(plain[0]!.quoteEnd).toBeUndefined();
  });

  it('finds a forwarded message framed in a bubble: beside its bar, below the header and the coloured name of its sender', () => {
    const p = page(200, 300);
    p.fill(0, 0, 200, 300, [229, 220, 213]); // the chat's beige page
    p.fill(4, 60, 20, 20, [200, 120, 200]); // the forwarder's picture
    p.fill(30, 70, 160, 120, [255, 255, 255]); // a wide bubble, nearly even margins
    p.fill(40, 76, 70, 6, [120, 120, 120]); // 転送されたメッセージ
    p.fill(38, 90, 2, 90, [20, 110, 100]); // the frame's bar
    p.fill(46, 92, 60, 8, [20, 120, 110]); // the original sender's name, in colour
    for (let y = 110; y < 175; y += 14) p.fill(46, y, 130, 8, [30, 30, 30]); // the message
    const [b] = findBubbles(p.rgb, p.width, p.height).bubbles;
    expect(b).toBeDefined();
    expect(b!.forwarded).toBeDefined();
    const f = b!.forwarded!;
    expect(f.left).toBe(40);
    expect(f.top).toBeGreaterThan(100);
    expect(f.top).toBeLessThanOrEqual(110);
    expect(f.top + f.height).toBe(180);
  });

  it("takes a wide bubble with nearly even margins for a bubble when the sender's round picture stands beside it, and for a card otherwise", () => {
    const draw = (withPicture: boolean) => {
      const p = page(200, 300);
      if (withPicture) for (let y = 60; y < 72; y++) for (let x = 0; x < 12; x++) if ((x - 5.5) ** 2 + (y - 65.5) ** 2 <= 36) p.fill(x, y, 1, 1, [200, 120, 200]);
      p.fill(16, 66, 170, 60, [225, 225, 230]); // margins 16 and 14
      p.fill(26, 80, 140, 8, [30, 30, 30]);
      return findBubbles(p.rgb, p.width, p.height).bubbles;
    };
    expect(draw(true)).toHaveLength(1);
    expect(draw(false)).toHaveLength(0);
  });

  it("does not take a link's preview card (a picture over the page's title) for a bubble, and lists it to be left out", () => {
    const p = page();
    p.fill(20, 40, 150, 60, [230, 230, 235]); // the bubble with the link
    p.fill(30, 50, 120, 8, [30, 30, 30]);
    p.fill(30, 70, 100, 8, [20, 80, 200]);
    for (let y = 110; y < 160; y++) p.fill(20, y, 150, 1, [60 + y, 100 + y / 2, 220]); // the preview's picture, a gradient
    p.fill(20, 160, 150, 30, [230, 230, 235]); // its title and domain
    p.fill(30, 168, 110, 8, [30, 30, 30]);
    const layout = findBubbles(p.rgb, p.width, p.height);
    expect(layout.bubbles.map((b) => b.top)).toEqual([40]);
    expect(layout.previewCards).toEqual([{ left: 20, top: 110, width: 150, height: 80 }]);
  });

  it("finds the bubble of a screenshot cropped close around it, where the bubble's white outnumbers the chat's page", () => {
    const p = page(200, 150);
    p.fill(0, 0, 200, 150, [156, 181, 222]); // LINE's blue page, showing at the sides
    p.fill(34, 0, 156, 130, [255, 255, 255]); // the bubble, cut by the crop at the top: 68 % of the picture
    for (let y = 10; y < 120; y += 16) p.fill(44, y, 136, 8, [30, 30, 30]);
    const layout = findBubbles(p.rgb, p.width, p.height);
    expect(layout.background).toEqual([156, 181, 222]);
    expect(layout.bubbles).toHaveLength(1);
  });

  it('finds a white bubble on a page a shade darker (255 on 247) at the finer tolerance of a second look only', () => {
    const p = page();
    p.fill(0, 0, 200, 300, [247, 247, 247]);
    p.fill(16, 80, 140, 60, [255, 255, 255]);
    p.fill(26, 95, 110, 8, [30, 30, 30]);
    p.fill(26, 115, 90, 8, [30, 30, 30]);
    expect(findBubbles(p.rgb, p.width, p.height).bubbles).toHaveLength(0);
    const faint = findBubbles(p.rgb, p.width, p.height, FAINT_COLOUR);
    expect(faint.bubbles.map((b) => [b.left, b.top, b.width, b.height])).toEqual([[16, 80, 140, 60]]);
    expect(readBubblesAlone(faint)).toBe(true);
    // Cropped close around it, the bubble's white outnumbers the page: the page is still told by the screen's sides.
    const crop = page(200, 150);
    crop.fill(0, 0, 200, 150, [247, 247, 247]);
    crop.fill(34, 0, 156, 130, [255, 255, 255]);
    for (let y = 10; y < 120; y += 16) crop.fill(44, y, 136, 8, [30, 30, 30]);
    expect(findBubbles(crop.rgb, crop.width, crop.height, FAINT_COLOUR).bubbles).toHaveLength(1);
  });

  it('finds nothing on a blank page', () => {
    const p = page();
    expect(findBubbles(p.rgb, p.width, p.height)).toEqual({ background: [255, 255, 255], bubbles: [], shapes: [], lightTextPanels: [], previewCards: [], looseInk: 0 });
  });
});

describe('findBubbles on app chrome', () => {
  it('does not take a card with even margins (a spam warning) or the input field for a bubble', () => {
    const p = page(200, 300);
    p.fill(10, 80, 180, 30, [252, 232, 231]); // warning card, 10 px margins both sides
    p.fill(20, 90, 100, 8, [140, 30, 24]);
    p.fill(8, 130, 150, 60, [232, 237, 246]); // the message bubble, left-aligned
    p.fill(20, 145, 120, 8, [20, 20, 20]);
    p.fill(40, 280, 150, 16, [240, 243, 248]); // input field in the bottom strip
    p.fill(50, 284, 60, 8, [140, 140, 140]);
    const layout = findBubbles(p.rgb, p.width, p.height);
    expect(layout.bubbles.map((b) => b.top)).toEqual([130]);
  });

  it('takes nothing centred for a bubble (a contact\'s round picture with initials, a date pill), and tells which side a bubble hangs from', () => {
    const p = page(200, 300);
    p.fill(85, 50, 30, 30, [141, 145, 156]); // the contact's picture in the header, centred
    p.fill(95, 60, 10, 8, [255, 255, 255]);
    p.fill(70, 100, 60, 14, [230, 230, 230]); // date pill, centred
    p.fill(80, 104, 40, 5, [90, 90, 90]);
    p.fill(8, 130, 150, 60, [232, 237, 246]); // the other party's message, from the left
    p.fill(20, 145, 120, 8, [20, 20, 20]);
    p.fill(110, 200, 82, 30, [11, 132, 255]); // the phone owner's reply, from the right
    p.fill(120, 210, 60, 8, [255, 255, 255]);
    const layout = findBubbles(p.rgb, p.width, p.height);
    expect(layout.bubbles.map((b) => [b.top, b.side])).toEqual([
      [130, 'left'],
      [200, 'right'],
    ]);
  });

  it("takes no date pill for a bubble when a sender's round picture is only level with it, far to its left", () => {
    const p = page(200, 300);
    p.fill(0, 0, 200, 300, [155, 179, 215]); // a LINE group's blue page
    p.fill(70, 40, 60, 14, [120, 130, 150]); // the date pill, centred
    p.fill(80, 44, 40, 5, [255, 255, 255]);
    for (let y = 44; y < 60; y++) for (let x = 4; x < 20; x++) if ((x - 11.5) ** 2 + (y - 51.5) ** 2 <= 64) p.fill(x, y, 1, 1, [230, 120, 90]); // the next speaker's picture
    p.fill(24, 62, 120, 40, [255, 255, 255]); // their bubble, beside the picture
    p.fill(32, 72, 100, 8, [30, 30, 30]);
    expect(findBubbles(p.rgb, p.width, p.height).bubbles.map((b) => b.top)).toEqual([62]);
  });

  it('counts no loose ink in the status bar and header strips of a dark screen whose header shares the page colour', () => {
    const p = page(200, 300);
    p.fill(0, 0, 200, 300, [28, 29, 34]);
    p.fill(20, 10, 8, 8, [230, 230, 230]); // clock glyph
    p.fill(60, 30, 8, 8, [230, 230, 230]); // header name glyph
    p.fill(30, 120, 130, 40, [51, 54, 61]); // bubble
    p.fill(40, 130, 100, 8, [235, 235, 235]);
    const layout = findBubbles(p.rgb, p.width, p.height);
    expect(layout.looseInk).toBe(0);
    expect(readBubblesAlone(layout)).toBe(true);
  });

  it('lists areas with text lighter than their fill (a header band, a red button), not those with dark text', () => {
    const p = page(200, 300);
    p.fill(0, 0, 200, 30, [29, 63, 143]); // blue header band
    p.fill(20, 10, 60, 8, [255, 255, 255]);
    p.fill(20, 200, 160, 30, [217, 48, 37]); // red button
    p.fill(80, 210, 40, 8, [255, 255, 255]);
    p.fill(20, 100, 160, 40, [255, 244, 229]); // a pale note with dark text
    p.fill(30, 110, 100, 8, [30, 30, 30]);
    const layout = findBubbles(p.rgb, p.width, p.height);
    expect(layout.lightTextPanels.map((q) => q.top).sort((a, b) => a - b)).toEqual([0, 200]);
    const button = layout.lightTextPanels.find((q) => q.top === 200)!;
    expect(button.inkGrey).toBeGreaterThan(button.fillGrey + 60);
  });
});

describe('glyphHeight', () => {
  it('tells how high the loose text is, from the upper quartile of its marks, and nothing from a few marks', () => {
    const p = page(400, 600);
    for (let i = 0; i < 30; i++) p.fill(20 + (i % 10) * 30, 100 + Math.floor(i / 10) * 60, 20, i % 4 === 0 ? 12 : 24, [30, 30, 30]);
    expect(glyphHeight(findBubbles(p.rgb, p.width, p.height), p.width)).toBe(24);
    const few = page(400, 600);
    for (let i = 0; i < 5; i++) few.fill(20 + i * 30, 100, 20, 24, [30, 30, 30]);
    expect(glyphHeight(findBubbles(few.rgb, few.width, few.height), few.width)).toBe(0);
  });
});

describe('bubbleTextHeight', () => {
  it('tells how high the lines of text in the bubbles are (runs of inked rows), and nothing without bubbles', () => {
    const p = page(400, 600);
    p.fill(20, 100, 300, 200, [232, 237, 246]);
    for (const top of [120, 170, 220]) for (let x = 40; x < 280; x += 24) p.fill(x, top, 20, 30, [20, 20, 20]);
    p.fill(60, 400, 300, 100, [6, 199, 85]);
    for (let x = 80; x < 300; x += 24) p.fill(x, 430, 20, 34, [255, 255, 255]);
    const layout = findBubbles(p.rgb, p.width, p.height);
    expect(layout.bubbles).toHaveLength(2);
    expect(bubbleTextHeight(p.rgb, p.width, layout)).toBe(30);
    const empty = page(400, 600);
    expect(bubbleTextHeight(empty.rgb, empty.width, findBubbles(empty.rgb, empty.width, empty.height))).toBe(0);
  });
});

describe('findBubbles on what official accounts, selections and message requests add to a chat', () => {
  /** Glyph-like marks across a line from `left` to `right` at `top`, 10 px high. */
  const line = (p: ReturnType<typeof page>, top: number, left: number, right: number, c: [number, number, number]) => {
    for (let x = left; x < right; x += 12) p.fill(x, top, 8, 10, c);
  };

  it("reads an official account's message card (a picture with big text, a title, lines of text, a button) as a bubble of its text part alone", () => {
    const p = page(400, 700);
    p.fill(0, 0, 400, 700, [122, 151, 195]); // LINE's blue page
    p.fill(60, 150, 300, 330, [255, 255, 255]); // the card
    for (let y = 150; y < 250; y++) p.fill(60, y, 300, 1, [230 - (y - 150), 80 + (y - 150), 60 + (y - 150) * 1.5]); // its picture, a gradient…
    p.fill(150, 185, 120, 30, [255, 255, 255]); // …with big white text on it
    line(p, 262, 75, 330, [20, 20, 20]); // the title
    for (const y of [285, 305, 325, 345, 365]) line(p, y, 75, 340, [60, 60, 60]); // the message
    p.fill(75, 400, 270, 50, [230, 60, 20]); // the button…
    p.fill(170, 418, 80, 12, [255, 255, 255]); // …with its label
    const layout = findBubbles(p.rgb, p.width, p.height);
    expect(layout.previewCards).toEqual([]);
    expect(layout.bubbles).toHaveLength(1);
    const b = layout.bubbles[0]!;
    // From below the picture (the big text is the banner's) to above the button (a button to tap is not the message).
    expect(b.top).toBeGreaterThanOrEqual(250);
    expect(b.top).toBeLessThanOrEqual(262);
    expect(b.top + b.height).toBeGreaterThan(375);
    expect(b.top + b.height).toBeLessThanOrEqual(400);
    expect(b.colour).toEqual([255, 255, 255]);
    expect(readBubblesAlone(layout)).toBe(true);
  });

  it("still takes a card with a picture over one or two lines (a link's preview: its title and domain) for a preview, not a message", () => {
    const p = page(400, 700);
    p.fill(60, 150, 300, 190, [238, 240, 243]);
    for (let y = 150; y < 250; y++) p.fill(60, y, 300, 1, [60 + (y - 150), 110 + (y - 150) / 2, 220]);
    line(p, 265, 75, 300, [20, 20, 20]);
    line(p, 290, 75, 200, [120, 120, 120]);
    const layout = findBubbles(p.rgb, p.width, p.height);
    expect(layout.bubbles).toEqual([]);
    expect(layout.previewCards).toHaveLength(1);
  });

  it("reads a bubble whose text is selected (a highlight over it, the edit menu above) as a bubble, its highlight as paper, not as a picture", () => {
    const p = page(400, 700);
    p.fill(20, 300, 300, 160, [233, 233, 235]); // the grey bubble
    p.fill(32, 312, 276, 136, [180, 213, 254]); // the selection's highlight over its text
    for (const y of [320, 345, 370, 395, 420]) line(p, y, 36, 300, [10, 10, 10]);
    p.fill(40, 230, 320, 50, [30, 30, 30]); // the black edit menu above it (centred: the app's)
    line(p, 250, 60, 340, [255, 255, 255]);
    const layout = findBubbles(p.rgb, p.width, p.height);
    expect(layout.previewCards).toEqual([]);
    expect(layout.bubbles).toHaveLength(1);
    const b = layout.bubbles[0]!;
    expect(b.top).toBe(300);
    // Both fills are paper (whichever covers more is the bubble's colour, the other its highlight).
    expect([b.colour, b.highlight]).toEqual(expect.arrayContaining([[180, 213, 254], [233, 233, 235]]));
    // The ink is the text's alone (5 lines of 22 marks of 8 × 10), not the highlight's pixels.
    expect(b.ink).toBe(5 * 22 * 80);
    expect(b.inkGrey).toBeLessThan(20);
    // Its lines are 10 px high: the highlight does not make one tall run of inked rows (which would shrink the screenshot).
    expect(bubbleTextHeight(p.rgb, p.width, layout)).toBe(10);
    expect(b.handles).toEqual([]);
  });

  it("finds a selection's handles (an accent-coloured bar down a line, a dot at its end), and takes no coloured link for one", () => {
    const p = page(400, 700);
    p.fill(20, 300, 300, 160, [233, 233, 235]);
    p.fill(32, 312, 276, 136, [180, 213, 254]);
    for (const y of [320, 345, 370]) line(p, y, 40, 300, [10, 10, 10]);
    line(p, 395, 40, 300, [0, 90, 220]); // a link, in blue, selected with the rest
    p.fill(34, 316, 3, 28, [0, 122, 255]); // the first handle's bar down the first line…
    p.fill(31, 310, 9, 8, [0, 122, 255]); // …and its dot on top
    p.fill(300, 420, 3, 28, [0, 122, 255]); // the last handle's bar
    p.fill(297, 446, 9, 8, [0, 122, 255]);
    const [b] = findBubbles(p.rgb, p.width, p.height).bubbles;
    expect(b!.handles).toHaveLength(2);
    const [first, last] = b!.handles!;
    expect(first!.left).toBeLessThanOrEqual(31);
    expect(first!.left + first!.width).toBeGreaterThanOrEqual(40);
    expect(last!.left).toBeLessThanOrEqual(297);
    expect(last!.left + last!.width).toBeGreaterThanOrEqual(306);
    // The link's columns (its marks 8 px wide, 10 high) hold no handle.
    expect(b!.handles!.some((r) => r.left > 45 && r.left + r.width < 290)).toBe(false);
  });

  it("does not count a message request's bar under a rule across the screen (its notice, 「承認する」) as text loose on the page", () => {
    const p = page(400, 700);
    p.fill(0, 0, 400, 700, [0, 0, 0]); // dark mode
    p.fill(20, 200, 260, 70, [38, 38, 38]); // one bubble of two lines
    line(p, 215, 32, 260, [220, 220, 220]);
    line(p, 240, 32, 200, [220, 220, 220]);
    p.fill(0, 450, 400, 2, [60, 60, 60]); // the rule across the screen
    for (const y of [470, 490, 510, 530, 550, 570]) line(p, y, 30, 370, [200, 200, 200]); // the request's notice and buttons below it
    const layout = findBubbles(p.rgb, p.width, p.height);
    expect(layout.bubbles).toHaveLength(1);
    expect(layout.looseInk).toBe(0);
    expect(readBubblesAlone(layout)).toBe(true);
    // Without the rule, the same text counts: a page with more text loose on it than in its bubbles is not a chat read alone.
    p.fill(0, 450, 400, 2, [0, 0, 0]);
    expect(readBubblesAlone(findBubbles(p.rgb, p.width, p.height))).toBe(false);
  });
});

describe('senderNameAbove (a group chat names each speaker over their bubble)', () => {
  /** Two speakers of a group, each with a picture, a name of two glyphs over the bubble's left edge, and a bubble. */
  const group = () => {
    const p = page(200, 300);
    p.fill(0, 0, 200, 300, [155, 179, 215]);
    for (const top of [60, 150]) {
      for (let y = top; y < top + 16; y++) for (let x = 4; x < 20; x++) if ((x - 11.5) ** 2 + (y - top - 7.5) ** 2 <= 64) p.fill(x, y, 1, 1, [230, 120, 90]);
      p.fill(30, top, 6, 6, [255, 255, 255]); // the name's two glyphs
      p.fill(38, top, 6, 6, [255, 255, 255]);
      p.fill(28, top + 10, 120, 40, [255, 255, 255]); // the bubble
      p.fill(36, top + 20, 100, 8, [30, 30, 30]);
    }
    // A time beside the first bubble's foot, above the second bubble's right half: not a name.
    p.fill(152, 140, 4, 6, [255, 255, 255]);
    p.fill(158, 140, 4, 6, [255, 255, 255]);
    return p;
  };

  it('finds the name over each speaker\'s bubble and marks the bubbles', () => {
    const p = group();
    const layout = findBubbles(p.rgb, p.width, p.height);
    expect(layout.bubbles.map((b) => [b.top, b.named])).toEqual([
      [70, true],
      [160, true],
    ]);
  });

  it('takes no picture, time or centred date line for a name, and finds none over a one-to-one chat\'s bubble', () => {
    const p = page(200, 300);
    p.fill(0, 0, 200, 300, [155, 179, 215]);
    for (let y = 60; y < 76; y++) for (let x = 4; x < 20; x++) if ((x - 11.5) ** 2 + (y - 67.5) ** 2 <= 64) p.fill(x, y, 1, 1, [230, 120, 90]);
    p.fill(85, 58, 6, 6, [255, 255, 255]); // a date line, centred
    p.fill(93, 58, 6, 6, [255, 255, 255]);
    p.fill(120, 60, 4, 6, [255, 255, 255]); // a time over the bubble's right half
    p.fill(126, 60, 4, 6, [255, 255, 255]);
    p.fill(28, 70, 120, 40, [255, 255, 255]);
    p.fill(36, 80, 100, 8, [30, 30, 30]);
    const layout = findBubbles(p.rgb, p.width, p.height);
    expect(layout.bubbles).toHaveLength(1);
    expect(layout.bubbles[0]!.named).toBeUndefined();
    expect(senderNameAbove(layout.shapes, layout.bubbles[0]!, p.width)).toBe(false);
  });
});
