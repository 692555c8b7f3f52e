import { describe, expect, it } from 'vitest';
import { messageCardLines, namesApp, type StackedCard } from '../../src/images/notification-cards.ts';
import type { OcrLine } from '../../src/images/ocr-lines.ts';
import { findCards } from '../../src/images/find-panels.ts';

const line = (text: string, top: number): OcrLine => ({ words: [{ text, conf: 90, left: 20, top, width: 400, height: 30 }], text, conf: 90, top, bottom: top + 30 });
const card = (top: number): StackedCard => ({ top, bottom: top + 200, appRowBottom: top + 50, bodyTop: top + 100 });
const apps = ['メッセージ', 'sms', 'line', 'gmail'];

describe("a notification shade's message cards", () => {
  // The weather, an SMS (misread app name), a LINE photo notice, the news: app row, bold title, text.
  const shade = [card(0), card(220), card(440), card(660)];
  const lines = [
    line('天気・10分前', 10),
    line('みどり市くもり時々雨', 60),
    line('最高11°最低4° 午後から雨の予報です', 110),
    line('〇メンセージ・2分前', 230),
    line('090-1234-5678', 280),
    line('【市役所】還付金があります。本日中に手続きしてください https://example.test', 330),
    line('〇LNE・25分前', 450),
    line('ゆかり', 500),
    line('写真を送信しました', 550),
    line('ニュース・2時間前', 670),
    line('年末の帰省ラッシュ、ピークは29日か高速道路の渋滞予測', 770),
  ];

  it('keeps the text of the long message card alone: not the weather, the news, the short LINE notice, the app row or the sender', () => {
    expect(messageCardLines(lines, shade, apps)?.map((l) => l.text)).toEqual(['【市役所】還付金があります。本日中に手続きしてください https://example.test']);
  });

  it('keeps every message card when none is long', () => {
    const short = lines.filter((l) => !l.text.startsWith('【'));
    expect(messageCardLines(short, shade, apps)?.map((l) => l.text)).toEqual(['写真を送信しました']);
  });

  it('gives null when no card is from an app that brings messages (the screen is then read whole)', () => {
    expect(messageCardLines(lines.filter((l) => l.top < 220 || l.top >= 660), shade, apps)).toBeNull();
  });

  it('matches an app name with one character misread, lost or added, but a short name exactly', () => {
    expect(namesApp('〇メンセージ・2分前', 'メッセージ')).toBe(true);
    expect(namesApp('lne・25分前', 'line')).toBe(true);
    expect(namesApp('ニュース・2時間前', 'メッセージ')).toBe(false);
    expect(namesApp('sns・今', 'sms')).toBe(false);
  });
});

describe('findCards', () => {
  /** A dark notification shade 300 × 640: cards barely lighter than the page, a few pixels apart. */
  function shade(cards: { top: number; rows: number }[]) {
    const width = 300;
    const height = 640;
    const rgb = new Uint8Array(width * height * 3);
    const fill = (left: number, top: number, w: number, h: number, c: [number, number, number]) => {
      for (let y = top; y < top + h; y++) for (let x = left; x < left + w; x++) rgb.set(c, (y * width + x) * 3);
    };
    fill(0, 0, width, height, [32, 33, 37]);
    for (const { top, rows } of cards) {
      fill(10, top, 280, 24 + rows * 22, [45, 46, 50]);
      for (let r = 0; r < rows; r++) for (let x = 24; x < 24 + (r === 0 ? 60 : 200); x += 12) fill(x, top + 10 + r * 22, 9, 12, [210, 210, 214]);
    }
    return { rgb, width, height };
  }

  it('finds the cards of a dark shade (a faint step at even margins), with their app rows', () => {
    const s = shade([{ top: 100, rows: 3 }, { top: 196, rows: 3 }, { top: 292, rows: 2 }]);
    const cards = findCards(s.rgb, s.width, s.height);
    expect(cards.map((c) => c.top)).toEqual([100, 196, 292]);
    expect(cards.every((c) => c.appRowBottom > 0 && c.appRowBottom < c.textTop + 1)).toBe(true);
  });

  it('finds none where fewer than three cards are stacked (a single card or spam warning is read as before)', () => {
    const s = shade([{ top: 100, rows: 3 }, { top: 196, rows: 3 }]);
    expect(findCards(s.rgb, s.width, s.height)).toEqual([]);
  });
});
