import { describe, expect, it } from 'vitest';
import { innerScreen } from '../../src/images/find-inner-screen.ts';

/** A 300 × 640 screen filled with `page`, to draw rectangles on. */
function screen(page: [number, number, number]) {
  const width = 300;
  const height = 640;
  const rgb = new Uint8Array(width * height * 3);
  const fill = (left: number, top: number, w: number, h: number, c: [number, number, number]) => {
    for (let y = top; y < top + h; y++) for (let x = left; x < left + w; x++) rgb.set(c, (y * width + x) * 3);
  };
  fill(0, 0, width, height, page);
  return { rgb, width, height, fill };
}

describe('innerScreen: a screenshot shown in a photo viewer', () => {
  it("finds the screen inside the viewer's black, without the viewer's bar and buttons", () => {
    const s = screen([0, 0, 0]);
    s.fill(20, 20, 120, 14, [230, 230, 230]); // the viewer's bar: the date the screenshot was taken
    s.fill(22, 70, 256, 520, [255, 255, 255]); // the screenshot inside
    s.fill(30, 300, 180, 120, [233, 233, 235]); // a bubble in it
    s.fill(40, 320, 150, 10, [20, 20, 20]);
    for (let x = 20; x < 280; x += 70) s.fill(x, 610, 40, 12, [230, 230, 230]); // 共有 編集 削除
    expect(innerScreen(s.rgb, s.width, s.height)).toEqual({ left: 22, top: 70, width: 256, height: 520 });
  });

  it('finds none in a dark chat (bubbles at one side, text on the page) nor in a mail whose lines start at the same margin', () => {
    const chat = screen([20, 20, 24]);
    chat.fill(16, 200, 180, 120, [50, 50, 56]);
    chat.fill(104, 360, 180, 80, [40, 120, 250]);
    expect(innerScreen(chat.rgb, chat.width, chat.height)).toBeNull();
    const mail = screen([255, 255, 255]);
    for (let y = 100; y < 600; y += 24) mail.fill(16, y, 200 + (y % 60), 12, [30, 30, 30]);
    expect(innerScreen(mail.rgb, mail.width, mail.height)).toBeNull();
  });
});
