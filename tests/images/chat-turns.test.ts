import { describe, expect, it } from 'vitest';
import { bubbleOfLine, messageBubbles, turnsOf, type StackedBubble } from '../../src/images/chat-turns.ts';
import { readFromTsv, rejoinWrapped, type OcrLine } from '../../src/images/ocr-lines.ts';

/** A stacked bubble: rows in the stacked image, side, and its top/bottom on the screen (shares of the width). */
const bubble = (top: number, bottom: number, side: 'left' | 'right', screenTop: number, screenBottom: number): StackedBubble => ({ top, bottom, side, screenTop, screenBottom });

describe('which bubbles of a chat hold the message', () => {
  // An older reminder, a time line (wide gap), the message, then the resident's short reply on the right.
  const chat = [bubble(24, 200, 'left', 1.0, 1.3), bubble(224, 500, 'left', 1.45, 1.9), bubble(524, 580, 'right', 1.95, 2.05)];

  it('groups bubbles into turns: same side and close together; a time line or the other side starts a new one', () => {
    expect(turnsOf(chat)).toEqual([[0], [1], [2]]);
    const burst = [bubble(24, 100, 'left', 1.0, 1.2), bubble(124, 300, 'left', 1.22, 1.5)];
    expect(turnsOf(burst)).toEqual([[0, 1]]);
  });

  it('keeps the latest turn long enough to be a message, not the reply under it nor the older message above', () => {
    expect([...messageBubbles(chat, [60, 80, 10])]).toEqual([1]);
  });

  it('keeps a forwarded message in the resident\'s own bubble when the only later text is a short question', () => {
    const family = [bubble(24, 200, 'right', 0.3, 0.6), bubble(224, 280, 'left', 0.65, 0.75)];
    expect([...messageBubbles(family, [70, 10])]).toEqual([0]);
  });

  it("leaves out a quote-reply's quote: the quoted message's own bubble above is the message, not the resident's short question", () => {
    const quoteReply = [bubble(24, 300, 'left', 1.0, 1.6), { ...bubble(324, 400, 'right', 1.7, 1.82), quote: true as const }, bubble(424, 460, 'right', 1.82, 1.9)];
    // The quote holds the quoted sender's name and the message's first words (30 characters), the reply 16.
    expect([...messageBubbles(quoteReply, [90, 30, 16])]).toEqual([0]);
    expect(turnsOf(quoteReply)).toEqual([[0], [2]]);
  });

  it("keeps a forwarded message's frame alone: not the forwarder's note in the next bubble of the same turn", () => {
    const family = [{ ...bubble(24, 300, 'left', 1.0, 1.5), forwarded: true as const }, bubble(324, 380, 'left', 1.51, 1.6)];
    expect(turnsOf(family)).toEqual([[0, 1]]);
    expect([...messageBubbles(family, [80, 14])]).toEqual([0]);
  });

  it("keeps a group chat's posts, whoever posted them, and leaves out the short replies around them", () => {
    const named = (b: StackedBubble): StackedBubble => ({ ...b, named: true });
    // The resident forwarded a scam into the family group (their own, on the right), asked, and two of the family answered.
    const family = [bubble(24, 380, 'right', 1.17, 1.52), bubble(404, 490, 'right', 1.54, 1.63), named(bubble(514, 650, 'left', 1.69, 1.84)), named(bubble(674, 756, 'left', 1.9, 1.99))];
    expect([...messageBubbles(family, [128, 17, 21, 12])]).toEqual([0]);
    // An "investment club": four members' posts in a row, each under its name.
    const club = [24, 302, 466, 628].map((top, i) => named(bubble(top, top + 250, 'left', 1 + i * 0.25, 1.2 + i * 0.25)));
    expect(turnsOf(club)).toEqual([[0], [1], [2], [3]]);
    expect([...messageBubbles(club, [55, 33, 30, 56])]).toEqual([0, 1, 2, 3]);
    // A neighbourhood group: the head's notice, a member's thanks, the head's second notice.
    const neighbours = [named(bubble(24, 370, 'left', 0.8, 1.38)), named(bubble(394, 484, 'left', 1.45, 1.61)), named(bubble(508, 672, 'left', 1.68, 1.96))];
    expect([...messageBubbles(neighbours, [125, 20, 52])]).toEqual([0, 2]);
    // The same bubbles without names (a one-to-one chat): the latest long turn alone, as before.
    expect([...messageBubbles(neighbours.map(({ named: _, ...b }) => b), [125, 20, 52])]).toEqual([2]);
  });

  it('keeps everything when no turn is long enough', () => {
    expect([...messageBubbles(chat, [5, 8, 3])]).toEqual([0, 1, 2]);
  });

  it('puts a read line in the bubble holding its middle, else the nearest', () => {
    expect(bubbleOfLine(chat, 230, 260)).toBe(1);
    expect(bubbleOfLine(chat, 505, 515)).toBe(1);
    expect(bubbleOfLine(chat, 515, 530)).toBe(2);
  });
});

/** Tesseract TSV word rows: [line, left, top, width, height, conf, text]. */
const tsv = (words: [number, number, number, number, number, number, string][]) =>
  words.map(([line, left, top, width, height, conf, text], i) => ['5', '1', '1', '1', String(line), String(i + 1), left, top, width, height, conf, text].join('\t')).join('\n');

describe('lines the layout wrapped are joined again', () => {
  const line = (text: string, left: number, top: number, right: number): OcrLine => ({ words: [{ text, conf: 90, left, top, width: right - left, height: 30 }], text, conf: 90, top, bottom: top + 30 });

  it('joins a line that runs to the block\'s right edge with the next: a number cut by the wrap is whole again', () => {
    const lines = [line('お客様の個人番号4821 7365 2', 40, 30, 560), line('094の登録に誤りがあります。本', 40, 75, 555), line('日中にご連絡ください。', 40, 120, 360)];
    expect(rejoinWrapped(lines)).toBe('お客様の個人番号4821 7365 2094の登録に誤りがあります。本日中にご連絡ください。');
  });

  it('keeps the break after a short line, after a sentence\'s end, across a wide gap and between bubbles', () => {
    const short = [line('こんにちは', 40, 30, 200), line('マイナンバーカードの更新について', 40, 75, 560)];
    expect(rejoinWrapped(short)).toBe('こんにちは\nマイナンバーカードの更新について');
    const sentence = [line('更新してください。', 40, 30, 560), line('期限は本日です', 40, 75, 300)];
    expect(rejoinWrapped(sentence)).toBe('更新してください。\n期限は本日です');
    const gap = [line('マイナンバーカード窓口', 40, 30, 560), line('市役所1階', 40, 200, 300)];
    expect(rejoinWrapped(gap)).toBe('マイナンバーカード窓口\n市役所1階');
    const twoBubbles = [line('お荷物をお届けに伺いましたが', 40, 30, 560), line('不在でした', 40, 75, 300)];
    expect(rejoinWrapped(twoBubbles, [0, 1])).toBe('お荷物をお届けに伺いましたが\n不在でした');
  });

  it('on stacked bubbles, reads only the message: the reply under it stays out', () => {
    const read = tsv([
      [1, 40, 30, 520, 30, 94, 'マイナンバーカードのICチップ更'],
      [2, 40, 75, 400, 30, 92, '新のため暗証番号を返信してください'],
      [3, 40, 240, 300, 30, 90, 'これって本物ですか'],
    ]);
    const bubbles = [bubble(10, 120, 'right', 0.3, 0.5), bubble(220, 290, 'left', 0.55, 0.65)];
    expect(readFromTsv(read, 600, 320, { inBubbles: true, bubbles }).text).toBe('マイナンバーカードのICチップ更新のため暗証番号を返信してください');
  });
});
