/**
 * HTML/CSS mock-ups for the third unseen image set (scripts/render-unseen3-images.ts): apps and
 * paper that none of the earlier sets draws (tests/support/render-screenshots.ts,
 * scripts/unseen-layouts.ts, scripts/unseen2-layouts.ts): a Messenger-like chat, an
 * Instagram-like message request, an X-like direct message, a LINE official account's rich card
 * with its menu, an Android split screen (SMS above, the browser below), iOS Messages with the
 * unknown-sender notice, a PDF viewer, a Yahoo!メール-like phone app, a scrolling (long)
 * screenshot, a simple phone for seniors, a bubble with its text selected under the copy menu,
 * a transcribed voicemail, a feature phone's mail screen, a TV news caption; paper: a letter
 * half out of its window envelope, a payment slip (払込取扱票), an invoice with a table, a
 * postcard's vertical back and its address side, handwritten memos, a receipt-like slip, a
 * folded letter with creases and a thumb, a glossy coupon under a flash's glare.
 * As in sets 1 and 2, the known text is read back from the laid-out page: elements marked
 * `data-gt="m"` hold the message, `data-gt="e"` the rest of what a reader sees.
 */
import { esc, page, type Device } from './unseen-layouts.ts';
import { rich, type Page2 } from './unseen2-layouts.ts';
import type { PaperText, UnseenText } from './unseen3-texts.ts';

export type { Device, Page2 };

export const DEVICES3 = {
  iphone15: { name: 'iphone-15', width: 393, height: 852, scale: 3 },
  iphoneSe3: { name: 'iphone-se3', width: 375, height: 667, scale: 2 },
  xperia: { name: 'android-384', width: 384, height: 854, scale: 2.8125 },
  aquos: { name: 'android-360-tall', width: 360, height: 780, scale: 3 },
  pixel8: { name: 'pixel-8', width: 412, height: 892, scale: 2.625 },
  rakuPhone: { name: 'simple-phone', width: 360, height: 720, scale: 3 },
  /** A scrolling screenshot: as tall as the mail (the renderer sets the height). */
  longCapture: { name: 'android-scroll-capture', width: 393, height: 1400, scale: 2.75 },
  keitai: { name: 'feature-phone', width: 240, height: 400, scale: 2 },
  tv: { name: 'tv-1280', width: 1280, height: 720, scale: 1 },
  a4: { name: 'a4', width: 794, height: 1123, scale: 2 },
  envelopeOut: { name: 'envelope-letter', width: 760, height: 1100, scale: 2 },
  slip: { name: 'haraikomi-slip', width: 1100, height: 520, scale: 2 },
  postcard: { name: 'postcard', width: 567, height: 839, scale: 2 },
  memo: { name: 'memo-pad', width: 560, height: 760, scale: 2 },
  receipt: { name: 'receipt-slip', width: 440, height: 900, scale: 2 },
  coupon: { name: 'coupon-card', width: 839, height: 567, scale: 2 },
} satisfies Record<string, Device>;


/** The text's non-empty lines. */
export const paragraphs = (text: string) => text.split('\n').filter((p) => p.trim() !== '');
export const initial = (name: string) => esc([...name.replace(/^\+81\s*/, '')][0] ?? '?');

/** A status bar drawn with shapes (clock and battery only as text; not counted). */
export function status(fg: string, clock: string, h = 30): string {
  const bars = [4, 7, 10, 13].map((v) => `<i style="display:inline-block;width:3px;height:${v}px;background:${fg};margin-left:2px"></i>`).join('');
  return `<div style="flex:none;height:${h}px;display:flex;align-items:center;justify-content:space-between;padding:0 20px;color:${fg};font:600 13px sans-serif"><span>${clock}</span><span style="display:flex;align-items:flex-end">${bars}<i style="display:inline-block;width:22px;height:11px;border:1.5px solid ${fg};border-radius:3px;margin-left:7px;padding:1px"><i style="display:block;height:100%;width:58%;background:${fg}"></i></i></span></div>`;
}

/** A Messenger-like chat: the contact's grey bubbles stacked, the resident's blue-violet ones, "Aa" compose bar. */
export function messengerChat(t: UnseenText, device: Device, opts: { reply?: string; when?: string } = {}): Page2 {
  const ps = paragraphs(t.body);
  const bubbles = ps.map((p, i) => `<div class="row in">${i === ps.length - 1 ? `<div class="av">${initial(t.sender)}</div>` : '<div class="avsp"></div>'}<div class="bub${i === 0 ? ' first' : ''}${i === ps.length - 1 ? ' last' : ''}" data-gt="m">${rich(p, '#0a7cff')}</div></div>`).join('');
  const reply = opts.reply ? `<div class="row out"><div class="bub mine" data-gt="m">${esc(opts.reply)}</div></div><div class="seen" data-gt="e">既読</div>` : '';
  const body = `${status('#050505', '21:26')}
<div class="hd"><span class="back">←</span><div class="hav">${initial(t.sender)}<i></i></div><div><div class="nm" data-gt="e">${esc(t.sender)}</div><div class="act" data-gt="e">アクティブ：5分前</div></div><span class="ic">📞　📹</span></div>
<div class="scroll"><div class="list"><div class="when" data-gt="e">${esc(opts.when ?? '12月6日 21:14')}</div>${bubbles}${reply}</div></div>
<div class="bar"><span class="c">⊕　📷　🖼　🎤</span><div class="field">Aa</div><span class="c">👍</span></div>`;
  const css = `body{background:#fff;color:#050505;display:flex;flex-direction:column}
.hd{flex:none;height:58px;display:flex;align-items:center;gap:10px;padding:0 12px;box-shadow:0 1px 2px rgba(0,0,0,.1)}
.back{font-size:22px;color:#0a7cff}.ic{margin-left:auto;font-size:18px;color:#0a7cff}
.hav{position:relative;width:38px;height:38px;border-radius:50%;background:#6b8fb5;color:#fff;display:flex;align-items:center;justify-content:center;font-size:16px}
.hav i{position:absolute;right:0;bottom:0;width:11px;height:11px;border-radius:50%;background:#31a24c;border:2px solid #fff}
.nm{font-size:16px;font-weight:700}.act{font-size:12px;color:#65676b}
.scroll{flex:1;overflow:hidden;display:flex;flex-direction:column;justify-content:flex-end}
.list{padding:8px 0 10px}
.when{text-align:center;font-size:12px;color:#65676b;margin:10px 0 12px}
.row{display:flex;align-items:flex-end;gap:8px;padding:1px 12px}.row.out{justify-content:flex-end;margin-top:8px}
.av,.avsp{width:28px;height:28px;flex:none}.av{border-radius:50%;background:#6b8fb5;color:#fff;display:flex;align-items:center;justify-content:center;font-size:12px}
.bub{max-width:72%;background:#f0f0f0;border-radius:4px 18px 18px 4px;padding:8px 12px;font-size:15px;line-height:1.45;word-break:break-all}
.bub.first{border-top-left-radius:18px}.bub.last{border-bottom-left-radius:18px}
.bub.mine{background:linear-gradient(160deg,#a033ff,#0a7cff);color:#fff;border-radius:18px}
.seen{text-align:right;font-size:11px;color:#65676b;padding:2px 14px}
.bar{flex:none;display:flex;align-items:center;gap:10px;padding:8px 12px 20px}.c{color:#0a7cff;font-size:18px}
.field{flex:1;background:#f0f2f5;border-radius:18px;padding:7px 14px;font-size:15px;color:#65676b}`;
  return page(body, css, device, "'Noto Sans CJK JP'");
}

/** An Instagram-like message request in dark mode: the sender's profile card, the bubbles, the accept/block bar. */
export function instaRequest(t: UnseenText, device: Device, followers: string): Page2 {
  const bubbles = paragraphs(t.body).map((p) => `<div class="row"><div class="bub" data-gt="m">${rich(p, '#e0f1ff')}</div></div>`).join('');
  const body = `${status('#f5f5f5', '13:08')}
<div class="hd"><span class="back">‹</span><div class="hav"></div><div><div class="nm" data-gt="e">${esc(t.sender)}</div><div class="sub" data-gt="e">Instagram</div></div><span class="ic">ⓘ</span></div>
<div class="scroll"><div class="list"><div class="prof"><div class="bav"></div><div class="pn" data-gt="e">${esc(t.sender)}</div><div class="pf" data-gt="e">フォロワー${esc(followers)}人・投稿48件</div><div class="pb" data-gt="e">プロフィールを見る</div></div>
<div class="when" data-gt="e">12月7日 12:51</div>${bubbles}</div></div>
<div class="req"><div class="rt" data-gt="e">${esc(t.sender)}さんがメッセージを送信しようとしています</div><div class="rs" data-gt="e">承認すると、相手はあなたが既読にしたかどうかを確認できるようになります。</div>
<div class="btns"><span data-gt="e">ブロック</span><span data-gt="e">削除</span><span class="ok" data-gt="e">承認する</span></div></div>`;
  const css = `body{background:#000;color:#f5f5f5;display:flex;flex-direction:column}
.hd{flex:none;height:56px;display:flex;align-items:center;gap:10px;padding:0 12px;border-bottom:1px solid #262626}
.back{font-size:32px;line-height:1}.ic{margin-left:auto;font-size:20px}
.hav{width:32px;height:32px;border-radius:50%;background:conic-gradient(#feda75,#fa7e1e,#d62976,#962fbf,#4f5bd5,#feda75);flex:none}
.nm{font-size:15px;font-weight:700}.sub{font-size:12px;color:#a8a8a8}
.scroll{flex:1;overflow:hidden;display:flex;flex-direction:column;justify-content:flex-end}
.list{padding:6px 0 10px}
.prof{display:flex;flex-direction:column;align-items:center;gap:4px;margin:6px 0 16px}
.bav{width:84px;height:84px;border-radius:50%;background:radial-gradient(circle at 50% 40%,#d9b08c 0 28%,#2e3440 29%)}
.pn{font-size:18px;font-weight:700;margin-top:6px}.pf{font-size:13px;color:#a8a8a8}
.pb{background:#363636;border-radius:8px;padding:6px 14px;font-size:13px;font-weight:600;margin-top:6px}
.when{text-align:center;font-size:12px;color:#a8a8a8;margin:8px 0}
.row{display:flex;padding:2px 14px}
.bub{max-width:78%;background:#262626;border-radius:20px;padding:10px 14px;font-size:15px;line-height:1.45;word-break:break-all}
.req{flex:none;border-top:1px solid #262626;padding:12px 16px 22px;text-align:center}
.rt{font-size:14px;font-weight:600}.rs{font-size:12px;color:#a8a8a8;margin:6px 0 12px;line-height:1.5}
.btns{display:flex;justify-content:space-around;font-size:15px;font-weight:600}.btns span:first-child{color:#ed4956}.ok{color:#0095f6}`;
  return page(body, css, device, "'M PLUS 1'");
}

/** An X-like direct message thread (light or dark): header with the handle, grey bubbles, the time under them. */
export function xDm(t: UnseenText, device: Device, handle: string, dark: boolean): Page2 {
  const c = dark ? { bg: '#000', fg: '#e7e9ea', sub: '#71767b', bub: '#2f3336', line: '#2f3336' } : { bg: '#fff', fg: '#0f1419', sub: '#536471', bub: '#eff3f4', line: '#eff3f4' };
  const bubbles = paragraphs(t.body).map((p) => `<div class="row"><div class="bub" data-gt="m">${rich(p, '#1d9bf0', false)}</div></div>`).join('');
  const body = `${status(c.fg, '15:12')}
<div class="hd"><span class="back">←</span><div class="hav">${initial(t.sender)}</div><div><div class="nm" data-gt="e">${esc(t.sender)}</div><div class="hn" data-gt="e">${esc(handle)}</div></div><span class="ic">ⓘ</span></div>
<div class="scroll"><div class="list"><div class="note" data-gt="e">このアカウントはあなたがフォローしていないアカウントです</div>${bubbles}<div class="tm" data-gt="e">午後3:02</div></div></div>
<div class="bar"><span>🖼　GIF</span><div class="field">新しいメッセージを作成</div><span>➤</span></div>`;
  const css = `body{background:${c.bg};color:${c.fg};display:flex;flex-direction:column}
.hd{flex:none;height:54px;display:flex;align-items:center;gap:12px;padding:0 14px;border-bottom:1px solid ${c.line}}
.back{font-size:20px}.ic{margin-left:auto;font-size:19px}
.hav{width:34px;height:34px;border-radius:50%;background:#1d9bf0;color:#fff;display:flex;align-items:center;justify-content:center;font-size:15px;flex:none}
.nm{font-size:16px;font-weight:800}.hn{font-size:13px;color:${c.sub}}
.scroll{flex:1;overflow:hidden;display:flex;flex-direction:column;justify-content:flex-end}
.list{padding:6px 0 10px}
.note{margin:6px 16px 14px;padding:10px 12px;border:1px solid ${c.line};border-radius:12px;font-size:13px;color:${c.sub};text-align:center}
.row{display:flex;padding:2px 16px}
.bub{max-width:80%;background:${c.bub};border-radius:22px 22px 22px 4px;padding:11px 15px;font-size:15px;line-height:1.45;word-break:break-all}
.tm{font-size:12px;color:${c.sub};padding:4px 18px}
.bar{flex:none;display:flex;align-items:center;gap:10px;padding:8px 14px 20px;color:#1d9bf0;font-size:14px;border-top:1px solid ${c.line}}
.field{flex:1;background:${c.bub};border-radius:18px;padding:8px 14px;color:${c.sub}}`;
  return page(body, css, device, "'IPAexGothic'");
}

/** A LINE official account's chat: a rich card (picture with big text, title, text, button), the rich menu below. */
export function lineOfficialCard(t: UnseenText, device: Device, opts: { banner: string; button: string; colour: string; menu: readonly string[]; dark?: boolean }): Page2 {
  const dark = opts.dark ?? false;
  const menu = opts.menu.map((m) => `<div class="mt"><span class="mi">■</span><span data-gt="e">${esc(m)}</span></div>`).join('');
  const body = `${status(dark ? '#fff' : '#111', '18:40')}
<div class="hd"><span class="back">‹</span><div class="nm"><span class="badge">✓</span><span data-gt="e">${esc(t.sender)}</span></div><span class="icons">☰</span></div>
<div class="scroll"><div class="list"><div class="date"><span data-gt="e">今日</span></div>
<div class="row"><div class="av" style="background:${opts.colour}"></div><div class="card"><div class="pic" style="background:linear-gradient(135deg,${opts.colour},#ffffff)"><span data-gt="e">${esc(opts.banner)}</span></div>
<div class="ct" data-gt="m">${esc(t.subject ?? '')}</div><div class="cb" data-gt="m">${esc(t.body)}</div><div class="btn" style="background:${opts.colour}" data-gt="m">${esc(opts.button)}</div></div><div class="tm" data-gt="e">18:32</div></div></div></div>
<div class="menu">${menu}</div><div class="close" data-gt="e">メニュー ▾</div>`;
  const css = `body{background:${dark ? '#1b1d22' : '#7a96c2'};display:flex;flex-direction:column;color:${dark ? '#eee' : '#111'}}
.hd{flex:none;height:50px;display:flex;align-items:center;gap:10px;padding:0 14px;background:${dark ? '#22252b' : '#fff'}}
.back{font-size:30px}.icons{margin-left:auto;font-size:18px}
.nm{font-size:16px;font-weight:700;display:flex;align-items:center;gap:5px}
.badge{display:inline-flex;width:17px;height:17px;border-radius:50%;background:#06c755;color:#fff;font-size:11px;align-items:center;justify-content:center}
.scroll{flex:1;overflow:hidden;display:flex;flex-direction:column;justify-content:flex-end}
.list{padding:4px 0 10px}
.date{text-align:center;margin:6px 0 10px}.date span{background:rgba(0,0,0,.2);color:#fff;font-size:11px;padding:3px 10px;border-radius:10px}
.row{display:flex;align-items:flex-end;gap:6px;padding:0 10px}
.av{width:34px;height:34px;border-radius:50%;flex:none;align-self:flex-start}
.card{width:74%;background:${dark ? '#2c2f36' : '#fff'};border-radius:16px;overflow:hidden}
.pic{height:120px;display:flex;align-items:center;justify-content:center;color:#fff;font-size:30px;font-weight:900;text-shadow:0 2px 4px rgba(0,0,0,.35)}
.ct{font-size:16px;font-weight:700;padding:12px 14px 4px}.cb{font-size:13.5px;line-height:1.55;padding:0 14px 12px;word-break:break-all;color:${dark ? '#ccc' : '#333'}}
.btn{margin:0 12px 12px;border-radius:8px;color:#fff;text-align:center;padding:10px;font-size:15px;font-weight:700}
.tm{font-size:10px;color:${dark ? '#999' : '#eef'}}
.menu{flex:none;display:grid;grid-template-columns:repeat(3,1fr);background:#fff;border-top:1px solid #ccc}
.mt{height:86px;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:6px;border:1px solid #e6e6e6;font-size:13px;color:#222;font-weight:600}
.mi{color:#06c755;font-size:18px}
.close{flex:none;height:34px;background:#f7f7f7;text-align:center;font-size:12px;color:#555;line-height:34px}`;
  return page(body, css, device, "'Noto Sans CJK JP'");
}

/** An Android split screen: the SMS thread above, the browser below (the page the link opened), a drag handle between. */
export function splitScreen(t: UnseenText & { page?: string }, device: Device): Page2 {
  const link = /https?:\/\/[^\s]+/.exec(t.body)?.[0] ?? '';
  const domain = link.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
  const lines = paragraphs(t.page ?? '');
  const intro = lines[0] ?? '';
  const button = lines.length > 1 ? lines[lines.length - 1]! : '';
  const fields = lines.slice(1, -1).map((f) => `<div class="fl"><span data-gt="m">${esc(f)}</span><i></i></div>`).join('');
  const body = `${status('#e8e8e8', '11:47', 26)}
<div class="top"><div class="hd"><span>←</span><div class="nm" data-gt="e">${esc(t.sender)}</div><span class="ic">⋮</span></div>
<div class="scroll"><div class="list"><div class="date" data-gt="e">今日 11:39</div><div class="row"><div class="bub" data-gt="m">${rich(t.body, '#0b57d0')}</div></div></div></div></div>
<div class="handle"><i></i></div>
<div class="bottom"><div class="url"><span class="lk">⚠</span><span data-gt="e">${esc(domain)}</span><span class="tb">2</span><span>⋮</span></div>
<div class="site"><div class="brand" data-gt="m">${esc(t.subject ?? '')}</div><div class="intro" data-gt="m">${esc(intro)}</div>${fields}<div class="go" data-gt="m">${esc(button)}</div></div></div>`;
  const css = `body{background:#0e0e0e;display:flex;flex-direction:column}
.top,.bottom{flex:1;overflow:hidden;display:flex;flex-direction:column;border-radius:14px;margin:0 4px;background:#fff;color:#1f1f1f}
.handle{flex:none;height:18px;display:flex;align-items:center;justify-content:center}.handle i{width:40px;height:5px;border-radius:3px;background:#9aa0a6}
.hd{flex:none;height:48px;display:flex;align-items:center;gap:14px;padding:0 14px;font-size:19px}.nm{font-size:16px;font-weight:600}.ic{margin-left:auto}
.scroll{flex:1;overflow:hidden;display:flex;flex-direction:column;justify-content:flex-end}
.list{padding:4px 0 8px}.date{text-align:center;font-size:11px;color:#5f6368;margin:4px 0 8px}
.row{display:flex;padding:0 12px}.bub{max-width:86%;background:#e9eef6;border-radius:18px;padding:9px 13px;font-size:14px;line-height:1.45;word-break:break-all}
.url{flex:none;display:flex;align-items:center;gap:8px;margin:8px 10px;padding:7px 12px;border-radius:20px;background:#f1f3f4;font-size:14px}
.url .lk{color:#d93025}.url span:nth-child(2){flex:1}.tb{border:1.5px solid #444;border-radius:4px;font-size:11px;padding:0 4px}
.site{flex:1;overflow:hidden;padding:0 0 8px;background:#f7f7f7}
.brand{background:#0b3d91;color:#fff;font-size:17px;font-weight:700;padding:10px 14px}
.intro{margin:10px 14px;font-size:13.5px;line-height:1.5;color:#333}
.fl{margin:6px 14px;font-size:13px;font-weight:700}.fl i{display:block;height:30px;border:1px solid #b0b6be;border-radius:4px;background:#fff;margin-top:3px}
.go{margin:12px 14px;background:#e8380d;color:#fff;text-align:center;padding:10px;border-radius:6px;font-size:15px;font-weight:700}`;
  return page(body, css, device, "'Noto Sans CJK JP'");
}

/** iOS-like Messages from an unknown sender: the notice above the bubble and the "report junk" link under it. */
export function iosUnknownSender(t: UnseenText, device: Device, dark: boolean): Page2 {
  const c = dark ? { bg: '#000', fg: '#fff', sub: '#8d8d93', bub: '#262628', bar: '#161618', link: '#3b99fc' } : { bg: '#fff', fg: '#000', sub: '#8a8a8e', bub: '#e9e9eb', bar: '#f5f5f7', link: '#007aff' };
  const body = `<div class="head">${status(c.fg, '9:41', 44)}<div class="hd"><span class="back">‹</span><div class="av"></div><div class="nm" data-gt="e">${esc(t.sender)} ›</div></div></div>
<div class="scroll"><div class="list"><div class="info" data-gt="e">この送信者は連絡先リストに含まれていません。</div><div class="date" data-gt="e">テキストメッセージ・SMS<br>今日 9:12</div>
<div class="row"><div class="bub" data-gt="m">${rich(t.body, c.link)}</div></div><div class="junk" data-gt="e">迷惑メッセージを報告</div></div></div>
<div class="compose"><span>＋</span><div class="field">テキストメッセージ・SMS</div></div>`;
  const css = `body{background:${c.bg};color:${c.fg};display:flex;flex-direction:column}
.head{flex:none;background:${c.bar}}
.hd{height:84px;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:4px;position:relative}
.back{position:absolute;left:12px;top:14px;font-size:38px;color:${c.link};line-height:1}
.av{width:48px;height:48px;border-radius:50%;background:linear-gradient(#a9afbb,#868a96)}.nm{font-size:12px}
.scroll{flex:1;overflow:hidden;display:flex;flex-direction:column;justify-content:flex-end}
.list{padding:8px 0 12px}
.info{margin:0 40px 10px;text-align:center;font-size:12px;color:${c.sub};line-height:1.5}
.date{text-align:center;font-size:11px;color:${c.sub};margin-bottom:8px;line-height:1.5}
.row{display:flex;padding:0 14px}.bub{max-width:76%;background:${c.bub};border-radius:18px;padding:8px 13px;font-size:17px;line-height:1.4;word-break:break-all}
.junk{padding:10px 0 0;text-align:center;font-size:14px;color:${c.link}}
.compose{flex:none;display:flex;align-items:center;gap:10px;padding:8px 12px 30px;color:${c.sub};font-size:22px}
.field{flex:1;border:1px solid ${dark ? '#3a3a3c' : '#c7c7cc'};border-radius:18px;padding:6px 14px;font-size:15px}`;
  return page(body, css, device, "'TakaoPGothic'");
}

/** A phone PDF viewer: file name bar, a grey canvas, one page of a notice fitted to the width (small print), the page counter. */
export function pdfViewer(t: UnseenText, device: Device, file: string, dark: boolean): Page2 {
  const paras = paragraphs(t.body).map((p) => `<p data-gt="m">${esc(p)}</p>`).join('');
  const body = `${status(dark ? '#eee' : '#222', '20:05')}
<div class="bar"><span>✕</span><span class="fn" data-gt="e">${esc(file)}</span><span>🔍　⋮</span></div>
<div class="canvas"><div class="sheet"><div class="dt" data-gt="e">令和8年12月1日</div><div class="to" data-gt="e">田中 節子 様</div><div class="iss" data-gt="e">${esc(t.sender)}</div>
<h1 data-gt="m">${esc(t.subject ?? '')}</h1>${paras}</div><div class="sheet ghost"></div><div class="pg" data-gt="e">1 / 2</div></div>`;
  const css = `body{background:${dark ? '#1e1e1e' : '#e3e3e3'};display:flex;flex-direction:column;color:#111}
.bar{flex:none;height:50px;display:flex;align-items:center;gap:16px;padding:0 16px;background:${dark ? '#2b2b2b' : '#fafafa'};color:${dark ? '#eee' : '#222'};font-size:17px}
.fn{flex:1;font-size:14px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.canvas{flex:1;overflow:hidden;padding:14px 10px;position:relative}
.sheet{background:#fff;padding:26px 22px;box-shadow:0 1px 4px rgba(0,0,0,.3);min-height:520px}
.sheet.ghost{margin-top:12px;height:200px;min-height:0}
.dt,.iss{text-align:right;font-size:9.5px;line-height:1.6}.to{font-size:11px;margin:6px 0}
h1{font-size:14px;text-align:center;margin:16px 0 12px;font-weight:700}
p{font-size:10px;line-height:1.75;text-indent:1em;margin-bottom:4px;word-break:break-all}
.pg{position:absolute;left:50%;bottom:18px;transform:translateX(-50%);background:rgba(40,40,40,.75);color:#fff;font-size:12px;border-radius:12px;padding:3px 12px}`;
  return page(body, css, device, "'IPAexMincho'");
}

/** A Yahoo!メール-like phone app: subject, sender block with address, body, the bottom tool bar with labels. */
export function ymailApp(t: UnseenText, device: Device): Page2 {
  const [name, address] = t.sender.includes('<') ? [t.sender.replace(/\s*<.*$/, ''), t.sender.replace(/^.*</, '').replace(/>$/, '')] : [t.sender, ''];
  const body = `${status('#222', '7:58')}
<div class="top"><span class="back">〈 受信箱</span><span class="pn" data-gt="e">3/128</span></div>
<div class="scroll"><div class="subj" data-gt="m">${esc(t.subject ?? '')}</div>
<div class="from"><div class="av">${initial(name)}</div><div class="who"><div class="fn" data-gt="e">${esc(name)}</div><div class="fa" data-gt="e">${esc(address)}</div></div><div class="dt" data-gt="e">12/7 7:41</div></div>
<div class="to" data-gt="e">宛先：setsuko_t@yahoo.example</div>
<div class="warn" data-gt="e">なりすましメールの可能性があります。リンクを開かないでください。</div>
<div class="text" data-gt="m">${rich(t.body, '#1558d6')}</div></div>
<div class="tools"><span><b>↩</b><i data-gt="e">返信</i></span><span><b>↪</b><i data-gt="e">転送</i></span><span><b>⚑</b><i data-gt="e">迷惑メール</i></span><span><b>🗑</b><i data-gt="e">削除</i></span></div>`;
  const css = `body{background:#fff;color:#222;display:flex;flex-direction:column}
.top{flex:none;height:46px;display:flex;align-items:center;justify-content:space-between;padding:0 14px;border-bottom:1px solid #e5e5e5}.back{color:#ff0033;font-size:15px}.pn{font-size:13px;color:#777}
.scroll{flex:1;overflow:hidden;padding:10px 16px}
.subj{font-size:19px;font-weight:700;line-height:1.4;margin-bottom:12px}
.from{display:flex;gap:10px;align-items:center}.av{width:36px;height:36px;border-radius:50%;background:#7b61ff;color:#fff;display:flex;align-items:center;justify-content:center;font-size:15px;flex:none}
.who{flex:1;min-width:0}.fn{font-size:14px;font-weight:700}.fa{font-size:11.5px;color:#777;word-break:break-all}.dt{font-size:12px;color:#777;align-self:flex-start}
.to{font-size:12px;color:#777;margin:8px 0 10px 46px}
.warn{background:#fff1e6;border:1px solid #f5b27a;color:#a34700;font-size:12.5px;border-radius:6px;padding:8px 10px;margin-bottom:14px;line-height:1.5}
.text{font-size:15.5px;line-height:1.75;word-break:break-all}
.tools{flex:none;display:flex;justify-content:space-around;border-top:1px solid #e5e5e5;padding:6px 0 18px}
.tools span{display:flex;flex-direction:column;align-items:center;font-size:18px;color:#444}.tools i{font-style:normal;font-size:11px}`;
  return page(body, css, device, "'VL PGothic'");
}

/** A long mail captured by a scrolling screenshot in a carrier mail app: the whole mail on one tall image. */
export function scrollCapture(t: UnseenText, device: Device, app: string, colour: string): Page2 {
  const [name, address] = t.sender.includes('<') ? [t.sender.replace(/\s*<.*$/, ''), t.sender.replace(/^.*</, '').replace(/>$/, '')] : [t.sender, ''];
  const body = `${status('#fff', '16:22')}
<div class="app"><span>＜</span><span data-gt="e">${esc(app)}</span><span class="r">⋮</span></div>
<div class="meta"><div class="row"><span class="k" data-gt="e">差出人</span><span data-gt="e">${esc(name)}<br>${esc(address)}</span></div><div class="row"><span class="k" data-gt="e">日時</span><span data-gt="e">2026/12/07 08:03</span></div><div class="row"><span class="k" data-gt="e">件名</span><span class="s" data-gt="m">${esc(t.subject ?? '')}</span></div></div>
<div class="text">${paragraphs(t.body).map((p) => `<p data-gt="m">${rich(p, colour)}</p>`).join('')}</div>
<div class="end" data-gt="e">このメールは送信専用のアドレスから送信されています</div>
<div class="tools"><span data-gt="e">返信</span><span data-gt="e">転送</span><span data-gt="e">削除</span></div>`;
  const css = `body{background:#fff;color:#1a1a1a;display:flex;flex-direction:column}
body>div:first-child{background:${colour}}
.app{flex:none;height:52px;background:${colour};color:#fff;display:flex;align-items:center;gap:16px;padding:0 14px;font-size:17px;font-weight:700}.app .r{margin-left:auto}
.meta{flex:none;background:#f4f4f4;padding:10px 14px;border-bottom:1px solid #ddd}
.row{display:flex;gap:12px;font-size:13px;line-height:1.55;padding:3px 0}.k{width:44px;flex:none;color:#777}.s{font-weight:700;font-size:15px}
.text{flex:1;padding:16px 16px 8px}
p{font-size:16px;line-height:1.8;margin-bottom:14px;word-break:break-all}
.end{flex:none;font-size:12px;color:#888;padding:8px 16px 16px}
.tools{flex:none;display:flex;justify-content:space-around;padding:12px 0 20px;border-top:1px solid #ddd;font-size:14px;color:${colour}}`;
  return page(body, css, device, "'M PLUS 2'");
}

/** A simple phone for seniors: big buttons, big black-on-white text, a heavy frame around the message. */
export function rakuPhoneSms(t: UnseenText, device: Device): Page2 {
  const body = `${status('#000', '10:05', 34)}
<div class="top"><span class="back" data-gt="e">もどる</span><span class="ttl" data-gt="e">メール</span></div>
<div class="from"><span class="k" data-gt="e">送信元</span><span class="v" data-gt="e">${esc(t.sender)}</span></div>
<div class="when" data-gt="e">12月7日(月) 午前10時02分</div>
<div class="box"><div class="text" data-gt="m">${rich(t.body, '#0033cc')}</div></div>
<div class="btns"><span data-gt="e">返信する</span><span data-gt="e">電話をかける</span><span data-gt="e">消す</span></div>`;
  const css = `body{background:#fffef5;color:#000;display:flex;flex-direction:column}
.top{flex:none;height:64px;display:flex;align-items:center;gap:14px;padding:0 10px;background:#00589c;color:#fff}
.back{background:#fff;color:#00589c;border-radius:10px;padding:8px 12px;font-size:19px;font-weight:700}.ttl{font-size:26px;font-weight:700}
.from{flex:none;display:flex;gap:10px;align-items:baseline;padding:12px 14px 2px}.k{font-size:16px;color:#555}.v{font-size:23px;font-weight:700}
.when{flex:none;font-size:16px;color:#444;padding:0 14px 8px}
.box{flex:1;overflow:hidden;margin:4px 10px;border:3px solid #00589c;border-radius:10px;background:#fff;padding:12px 12px}
.text{font-size:23px;line-height:1.55;word-break:break-all;font-weight:500}
.btns{flex:none;display:grid;grid-template-columns:1fr 1fr 1fr;gap:8px;padding:10px 10px 18px}
.btns span{background:#00589c;color:#fff;border-radius:12px;text-align:center;padding:14px 2px;font-size:17px;font-weight:700}`;
  return page(body, css, device, "'BIZ UDPMincho','IPAexGothic'");
}

/** iOS-like Messages with the bubble's text selected: the blue selection, its handles, the black edit menu over the thread. */
export function copyMenu(t: UnseenText, device: Device, earlier: string): Page2 {
  const body = `<div class="head">${status('#000', '14:20', 44)}<div class="hd"><span class="back">‹</span><div class="av"></div><div class="nm" data-gt="e">${esc(t.sender)} ›</div></div></div>
<div class="scroll"><div class="list"><div class="date" data-gt="e">昨日 19:40</div><div class="row"><div class="bub" data-gt="e">${esc(earlier)}</div></div>
<div class="date" data-gt="e">今日 13:58</div><div class="row sel"><div class="menu"><span data-gt="e">コピー</span><span data-gt="e">すべてを選択</span><span data-gt="e">調べる</span><span data-gt="e">翻訳</span><span>▸</span></div><div class="bub"><span class="hl" data-gt="m">${rich(t.body, '#0a5ad6')}</span><i class="h1"></i><i class="h2"></i></div></div></div></div>
<div class="compose"><span>⊕</span><div class="field">iMessage</div></div>`;
  const css = `body{background:#fff;color:#000;display:flex;flex-direction:column}
.head{flex:none;background:#f6f6f8;border-bottom:1px solid #d6d6da}
.hd{height:80px;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:4px;position:relative}.back{position:absolute;left:10px;top:12px;font-size:38px;color:#0a84ff;line-height:1}
.av{width:46px;height:46px;border-radius:50%;background:linear-gradient(#f3a683,#e77f67)}.nm{font-size:12px}
.scroll{flex:1;overflow:hidden;display:flex;flex-direction:column;justify-content:flex-end}
.list{padding:8px 0 14px}
.date{text-align:center;font-size:11px;color:#8a8a8e;margin:10px 0 6px}
.row{display:flex;padding:0 14px}.row.sel{flex-direction:column;align-items:flex-start;gap:8px}
.bub{position:relative;max-width:78%;background:#e9e9eb;border-radius:18px;padding:8px 13px;font-size:17px;line-height:1.42;word-break:break-all}
.hl{background:rgba(10,132,255,.28)}
.h1,.h2{position:absolute;width:2px;background:#0a84ff}.h1{left:12px;top:4px;height:26px}.h2{right:14px;bottom:6px;height:26px}
.h1::before,.h2::after{content:'';position:absolute;left:-4px;width:10px;height:10px;border-radius:50%;background:#0a84ff}.h1::before{top:-8px}.h2::after{bottom:-8px}
.menu{display:flex;background:#262628;color:#fff;border-radius:9px;font-size:14px;overflow:hidden;align-self:center}.menu span{padding:9px 10px;border-right:1px solid #4a4a4e}.menu span:last-child{border:none}
.compose{flex:none;display:flex;align-items:center;gap:8px;padding:8px 10px 28px;color:#8a8a8e;font-size:22px}.field{flex:1;border:1px solid #c8c8cc;border-radius:18px;padding:5px 14px;font-size:15px}`;
  return page(body, css, device, "'Noto Sans CJK JP'");
}

/** The phone app's voicemail list with one message opened and its transcript. */
export function voicemail(t: UnseenText, device: Device, others: readonly { who: string; when: string }[]): Page2 {
  const list = others.map((o) => `<div class="it"><div><div class="w" data-gt="e">${esc(o.who)}</div><div class="s" data-gt="e">携帯電話</div></div><div class="d" data-gt="e">${esc(o.when)}</div></div>`).join('');
  const body = `${status('#000', '17:03', 44)}
<div class="top"><span class="ed" data-gt="e">編集</span></div><div class="ttl" data-gt="e">留守番電話</div>
<div class="open"><div class="f"><div><div class="w" data-gt="e">${esc(t.sender)}</div><div class="s" data-gt="e">不明</div></div><div class="d" data-gt="e">今日 16:48</div></div>
<div class="tr"><div class="tl" data-gt="e">文字起こし</div><div class="tx" data-gt="m">${esc(t.body)}</div></div>
<div class="play"><span>▶</span><i></i><span class="len" data-gt="e">-0:41</span></div><div class="acts"><span data-gt="e">スピーカー</span><span data-gt="e">電話</span><span class="del" data-gt="e">削除</span></div></div>
${list}<div class="tabs"><span data-gt="e">よく使う項目</span><span data-gt="e">履歴</span><span data-gt="e">連絡先</span><span data-gt="e">キーパッド</span><span class="on" data-gt="e">留守番電話</span></div>`;
  const css = `body{background:#fff;color:#000;display:flex;flex-direction:column}
.top{flex:none;height:36px;padding:6px 18px;color:#007aff;font-size:16px}
.ttl{flex:none;font-size:32px;font-weight:800;padding:0 18px 8px}
.open{flex:none;background:#f2f2f7;padding:12px 18px;border-top:1px solid #ddd;border-bottom:1px solid #ddd}
.f,.it{display:flex;justify-content:space-between;align-items:flex-start}.w{font-size:17px;font-weight:700}.s{font-size:13px;color:#8a8a8e}.d{font-size:14px;color:#8a8a8e}
.tr{background:#fff;border-radius:10px;padding:10px 12px;margin:10px 0}.tl{font-size:12px;color:#8a8a8e;margin-bottom:4px}.tx{font-size:15px;line-height:1.55;word-break:break-all}
.play{display:flex;align-items:center;gap:10px;color:#007aff;font-size:16px}.play i{flex:1;height:4px;background:#c7c7cc;border-radius:2px}.len{font-size:12px;color:#8a8a8e}
.acts{display:flex;justify-content:space-between;margin-top:12px;font-size:15px;color:#007aff}.del{color:#ff3b30}
.it{padding:11px 18px;border-bottom:1px solid #e5e5ea}
.tabs{margin-top:auto;flex:none;display:flex;justify-content:space-around;padding:8px 0 24px;border-top:1px solid #ddd;font-size:10px;color:#8a8a8e}.tabs .on{color:#007aff}`;
  return page(body, css, device, "'IPAPGothic'");
}

/** A feature phone's (ガラケー) mail viewer: pictogram status row, a gradient title bar, From/Sub/date, body, soft keys. */
export function featurePhoneMail(t: UnseenText, device: Device): Page2 {
  const body = `<div class="st"><span>▂▄▆</span><span>✉</span><span>▮▮▮</span></div>
<div class="tb" data-gt="e">受信メール</div>
<div class="hdr"><div data-gt="e">${esc('12/07 09:31')}</div><div data-gt="e">From:${esc(t.sender)}</div><div><span data-gt="e">Sub:</span><span data-gt="m">${esc(t.subject ?? '')}</span></div></div>
<div class="text" data-gt="m">${esc(t.body)}</div>
<div class="soft"><span data-gt="e">返信</span><span data-gt="e">ﾒﾆｭｰ</span><span data-gt="e">転送</span></div>`;
  const css = `body{background:#fff;color:#000;display:flex;flex-direction:column}
.st{flex:none;height:18px;display:flex;justify-content:space-between;padding:0 6px;font-size:11px;background:#dfe8f5}
.tb{flex:none;height:24px;line-height:24px;padding:0 6px;color:#fff;font-size:14px;background:linear-gradient(#5b8ed8,#1d4fa0)}
.hdr{flex:none;font-size:12.5px;line-height:1.45;padding:4px 6px;border-bottom:1px dotted #888;word-break:break-all}
.text{flex:1;overflow:hidden;font-size:13.5px;line-height:1.5;padding:5px 6px;word-break:break-all}
.soft{flex:none;height:24px;display:flex;justify-content:space-between;align-items:center;padding:0 8px;background:linear-gradient(#eee,#bbb);font-size:12.5px}`;
  return page(body, css, device, "'M PLUS 1 Code'");
}

/** A TV news programme: a studio picture, a headline caption in the lower third, a ticker band cut at the screen's edge. */
export function tvNews(t: UnseenText): Page2 {
  const device = DEVICES3.tv;
  const body = `<div class="studio"><div class="desk"></div><div class="person"></div><div class="logo" data-gt="e">KTV</div><div class="clock">18:42</div><div class="live" data-gt="e">ニュース イブニング</div>
<div class="cap"><span class="tag" data-gt="e">注意</span><span data-gt="m">${esc(t.subject ?? '')}</span></div></div>
<div class="ticker"><span class="head" data-gt="e">速報</span><div class="run"><span data-gt="m">${esc(t.body)}</span></div></div>`;
  const css = `body{background:#000;color:#fff;display:flex;flex-direction:column}
.studio{flex:1;position:relative;background:linear-gradient(120deg,#1c3f73,#4a78b8 45%,#c9d7ea 70%,#2b4d7d);overflow:hidden}
.desk{position:absolute;left:0;right:0;bottom:0;height:170px;background:linear-gradient(#e9eef5,#9fb2c9)}
.person{position:absolute;left:520px;bottom:150px;width:240px;height:330px;border-radius:120px 120px 20px 20px;background:radial-gradient(circle at 50% 22%,#e8c4a4 0 17%,#1e2533 18%)}
.logo{position:absolute;left:34px;top:26px;font:900 30px sans-serif;border:3px solid #fff;padding:2px 10px;border-radius:8px}
.clock{position:absolute;right:36px;top:28px;font-size:34px;font-weight:700}
.live{position:absolute;right:36px;top:76px;font-size:18px;background:rgba(0,0,0,.4);padding:2px 10px}
.cap{position:absolute;left:60px;right:60px;bottom:34px;background:rgba(255,255,255,.95);color:#111;font-size:46px;font-weight:900;padding:12px 20px;display:flex;gap:16px;align-items:center;border-left:14px solid #d10f1f}
.tag{background:#d10f1f;color:#fff;font-size:26px;padding:4px 10px}
.ticker{flex:none;height:64px;display:flex;align-items:center;background:#0c2d6b;overflow:hidden}
.head{flex:none;background:#f5c400;color:#000;font-size:26px;font-weight:900;padding:0 16px;height:100%;display:flex;align-items:center}
.run{flex:1;overflow:hidden;white-space:nowrap;font-size:30px;font-weight:700;padding-left:18px}`;
  return page(body, css, device, "'Noto Sans CJK JP'");
}

// ———————————————————————————— paper ————————————————————————————

/** A square red seal: a picture, not counted. */
export function seal(name: string, size = 66): string {
  const chars = [...name.replace(/\s/g, '')].slice(0, 4);
  while (chars.length < 4) chars.push('印');
  return `<div class="seal" style="width:${size}px;height:${size}px">${chars.map((c) => `<span>${esc(c)}</span>`).join('')}</div>`;
}
export const SEAL_CSS = `.seal{border:3px solid #c8161d;color:#c8161d;display:grid;grid-template-columns:1fr 1fr;align-items:center;justify-items:center;font-weight:700;font-size:17px;line-height:1;opacity:.8;transform:rotate(-3deg);flex:none;direction:rtl}`;

/** A letter pulled half out of its window envelope: the letter's top part above, the envelope below with the address showing through the window and a red vertical 在中 box. */
export function windowEnvelope(t: PaperText, kraft: boolean): Page2 {
  const device = DEVICES3.envelopeOut;
  const rows = (t.table ?? []).map((r) => `<tr><th data-gt="m">${esc(r.label)}</th><td data-gt="m">${esc(r.value)}</td></tr>`).join('');
  const body = `<div class="letter"><div class="ref" data-gt="e">令和8年11月28日</div><h1 data-gt="m">${esc(t.subject ?? '')}</h1><div class="text" data-gt="m">${esc(t.body)}</div><table>${rows}</table></div>
<div class="env"><div class="win"><div data-gt="e">〒123-4567</div><div data-gt="e">かえで市かえで台三丁目4番地の2</div><div class="nm" data-gt="e">田中 節子 様</div></div>
<div class="red" data-gt="e">${esc(t.vertical ?? '')}</div><div class="from" data-gt="e">${esc(t.sender)}</div><div class="post" data-gt="e">料金後納<br>郵便</div></div>`;
  const css = `body{background:#d9d4cc;color:#151515;position:relative}
.letter{position:absolute;left:70px;top:20px;width:620px;height:460px;overflow:hidden;background:#fff;padding:36px 44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
.ref{text-align:right;font-size:14px}
h1{font-size:22px;text-align:center;margin:22px 0 18px;letter-spacing:1px}
.text{font-size:16px;line-height:1.9;text-indent:1em}
table{border-collapse:collapse;width:100%;margin-top:16px}th,td{border:1px solid #333;padding:7px 12px;font-size:15.5px;text-align:left}th{width:36%;background:#f2f2f2;font-weight:400}
.env{position:absolute;left:40px;top:480px;width:680px;height:560px;background:${kraft ? '#d8bb8c' : '#f7f6f2'};box-shadow:0 -3px 8px rgba(0,0,0,.25);border-radius:3px}
.win{position:absolute;left:60px;top:60px;width:380px;height:150px;background:rgba(255,255,255,.92);border:1px solid rgba(0,0,0,.15);padding:18px 22px;font-size:17px;line-height:1.6}
.win .nm{font-size:23px;margin-top:6px}
.red{position:absolute;right:70px;top:50px;writing-mode:vertical-rl;border:3px solid #c8102e;color:#c8102e;font-size:26px;font-weight:700;padding:14px 6px;letter-spacing:4px;font-family:'IPAexGothic'}
.from{position:absolute;left:60px;bottom:50px;font-size:18px;font-weight:700}
.post{position:absolute;right:60px;bottom:40px;border:1.5px solid #333;border-radius:50%;width:84px;height:84px;display:flex;align-items:center;justify-content:center;text-align:center;font-size:13px;line-height:1.4}`;
  return page(body, css, device, "'IPAexMincho'");
}

/** A payment slip (払込取扱票): boxed account number and amount, payee, the message box, the payer, and the receipt stub on the right. */
export function paymentSlip(t: PaperText): Page2 {
  const device = DEVICES3.slip;
  const v = (label: string) => t.table?.find((r) => r.label === label)?.value ?? '';
  const digits = (s: string) => [...s].map((d) => `<span>${esc(d)}</span>`).join('');
  const body = `<div class="slip"><div class="main"><div class="title"><span data-gt="e">払込取扱票</span><small data-gt="e">通常払込料金加入者負担</small></div>
<div class="grid"><div class="cell acc"><div class="lb" data-gt="e">口座記号番号</div><div class="digits" data-gt="m">${digits(v('口座記号番号'))}</div></div>
<div class="cell amt"><div class="lb" data-gt="e">金額</div><div class="big" data-gt="m">${esc(v('金額'))}</div></div>
<div class="cell payee"><div class="lb" data-gt="e">加入者名</div><div class="val" data-gt="m">${esc(v('加入者名'))}</div></div>
<div class="cell note"><div class="lb" data-gt="e">通信欄</div><div class="ttl" data-gt="m">${esc(t.subject ?? '')}</div><div class="val" data-gt="m">${esc(t.body)}</div><div class="val" data-gt="m">${esc(t.after ?? '')}</div></div>
<div class="cell payer"><div class="lb" data-gt="e">ご依頼人 おところ・おなまえ</div><div class="val" data-gt="e">かえで市かえで台3-4-2　田中 節子</div></div></div></div>
<div class="stub"><div class="st" data-gt="e">振替払込請求書兼受領証</div><div class="lb" data-gt="e">口座記号番号</div><div class="sv" data-gt="e">${esc(v('口座記号番号'))}</div><div class="lb" data-gt="e">加入者名</div><div class="sv" data-gt="e">${esc(v('加入者名'))}</div><div class="lb" data-gt="e">金額</div><div class="sv" data-gt="e">${esc(v('金額'))}</div><div class="stamp" data-gt="e">受付局日附印</div></div></div>`;
  const css = `body{background:#fff;color:#123}
.slip{display:flex;height:100%;padding:16px;gap:0;background:#eef6f1}
.main{flex:1;border:2px solid #2d7d5a;padding:10px 14px;display:flex;flex-direction:column}
.title{display:flex;align-items:baseline;gap:18px;color:#2d7d5a;font-size:26px;font-weight:700;margin-bottom:8px}.title small{font-size:12px;font-weight:400}
.grid{flex:1;display:grid;grid-template-columns:1.2fr 1fr;grid-template-rows:auto auto 1fr;gap:8px}
.cell{border:1.5px solid #2d7d5a;background:#fff;padding:6px 10px}
.lb{font-size:12px;color:#2d7d5a}
.digits{display:flex;gap:3px;margin-top:4px}.digits span{width:22px;height:32px;border:1px solid #2d7d5a;display:flex;align-items:center;justify-content:center;font-size:20px;font-family:'IPAGothic'}
.big{font-size:30px;font-weight:700;text-align:right;font-family:'IPAGothic';letter-spacing:2px}
.val{font-size:17px;line-height:1.5;margin-top:3px}
.note{grid-row:span 2}.ttl{font-size:19px;font-weight:700;margin-top:4px}
.stub{width:250px;border:2px solid #2d7d5a;border-left:3px dashed #2d7d5a;margin-left:6px;padding:10px 12px;background:#f7fbf8;position:relative}
.st{font-size:14px;font-weight:700;color:#2d7d5a;margin-bottom:8px}.sv{font-size:16px;margin-bottom:8px;font-family:'IPAGothic'}
.stamp{position:absolute;bottom:16px;left:50%;transform:translateX(-50%);width:120px;height:120px;border:1.5px dashed #2d7d5a;border-radius:50%;display:flex;align-items:center;justify-content:center;font-size:12px;color:#2d7d5a}`;
  return page(body, css, device, "'IPAexMincho'");
}

/** An invoice (請求書): title, number and date, addressee, the amount box, a table with columns, the issuer with a seal. */
export function invoice(t: PaperText): Page2 {
  const device = DEVICES3.a4;
  const rows = (t.table ?? []).map((r) => {
    const total = r.label === '合計';
    return `<tr class="${total ? 'tot' : ''}"><td data-gt="m">${esc(r.label)}</td><td class="n" data-gt="${total ? 'e' : 'm'}">${total ? '' : '1'}</td><td class="n" data-gt="m">${esc(r.value)}</td></tr>`;
  }).join('');
  const sum = t.table?.find((r) => r.label === '合計')?.value ?? '';
  const body = `<div class="sheet"><h1 data-gt="m">${esc(t.subject ?? '')}</h1><div class="no"><div data-gt="e">請求番号 INV-26-03188</div><div data-gt="e">請求日 令和8年12月3日</div></div>
<div class="to" data-gt="e">田中 節子 様</div><div class="iss"><div><div class="co" data-gt="e">${esc(t.sender)}</div><div data-gt="e">東京都港区芝浦9丁目9番9号</div></div>${seal(t.sender)}</div>
<div class="text" data-gt="m">${esc(t.body)}</div><div class="amt"><span data-gt="e">ご請求金額</span><b data-gt="m">${esc(sum)}</b></div>
<table><tr><th data-gt="e">品目</th><th data-gt="e">数量</th><th data-gt="e">金額</th></tr>${rows}</table><div class="after" data-gt="m">${esc(t.after ?? '')}</div></div>`;
  const css = `body{background:#fff;color:#111}
.sheet{padding:60px 70px;height:100%;position:relative}
h1{text-align:center;font-size:34px;letter-spacing:16px;border-bottom:4px double #111;width:260px;margin:0 auto 20px}
.no{text-align:right;font-size:14px;line-height:1.7}
.to{font-size:22px;border-bottom:1.5px solid #111;display:inline-block;padding:0 60px 2px 0;margin:16px 0 10px}
.iss{display:flex;justify-content:flex-end;align-items:center;gap:12px;font-size:14px;line-height:1.6;margin-bottom:18px}.co{font-size:17px;font-weight:700}
.text{font-size:15.5px;line-height:1.85;margin-bottom:16px}
.amt{display:flex;align-items:center;gap:24px;border:2px solid #111;width:430px;padding:10px 18px;margin-bottom:22px;font-size:18px}.amt b{font-size:28px}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #333;padding:9px 12px;font-size:15.5px}th{background:#e9eef5;font-weight:700}td.n{text-align:right;width:20%}
tr.tot td{font-weight:700;background:#f6f6f6}
.after{font-size:15px;margin-top:22px}
${SEAL_CSS}`;
  return page(body, css, device, "'Noto Sans CJK JP'");
}

/** A postcard's message side written vertically (縦書き): title column, body columns, sender at the end. */
export function verticalPostcard(t: PaperText): Page2 {
  const device = DEVICES3.postcard;
  const body = `<div class="card"><div class="v"><h1 data-gt="m">${esc(t.subject ?? '')}</h1>${paragraphs(t.body).map((p) => `<p data-gt="m">${esc(p)}</p>`).join('')}<div class="from" data-gt="e">${esc(t.sender)}</div></div></div>`;
  const css = `body{background:#fbf7ee;color:#1a1a1a}
.card{height:100%;padding:46px 40px;display:flex;justify-content:flex-end}
.v{writing-mode:vertical-rl;text-orientation:mixed;height:100%}
h1{font-size:30px;font-weight:700;margin-left:26px;letter-spacing:3px;border-left:2px solid #a11;padding-left:10px;color:#a11}
p{font-size:20px;line-height:1.75;margin-left:10px;letter-spacing:1px}
.from{font-size:19px;font-weight:700;margin-right:24px;margin-top:auto;align-self:flex-end;padding-top:300px}`;
  return page(body, css, device, "'Noto Serif CJK JP'");
}

/** A postcard's address side: postcode boxes, the address and name written vertically, the message in the lower third. */
export function postcardFront(t: PaperText): Page2 {
  const device = DEVICES3.postcard;
  const first = paragraphs(t.body).slice(0, 2).join('');
  const body = `<div class="card"><div class="stamp" data-gt="e">料金別納<br>郵便</div><div class="zip">${[...'1234567'].map((d) => `<span>${d}</span>`).join('')}</div>
<div class="addr" data-gt="e">かえで市かえで台三丁目四番地の二</div><div class="name" data-gt="e">田中節子様</div>
<div class="msg"><div class="mt" data-gt="m">${esc(t.subject ?? '')}</div><div class="mb" data-gt="m">${esc(first)}</div><div class="mf" data-gt="e">${esc(t.sender)}</div></div></div>`;
  const css = `body{background:#fbf7ee;color:#111}
.card{position:relative;height:100%}
.stamp{position:absolute;left:30px;top:30px;border:1.5px solid #333;font-size:12px;text-align:center;padding:8px 10px;line-height:1.4}
.zip{position:absolute;right:34px;top:40px;display:flex;gap:4px}.zip span{width:26px;height:36px;border:1.5px solid #c8102e;display:flex;align-items:center;justify-content:center;font-size:22px;font-family:'Klee One'}
.zip span:nth-child(4){margin-left:8px}
.addr{position:absolute;right:60px;top:110px;writing-mode:vertical-rl;font-size:24px;letter-spacing:2px}
.name{position:absolute;right:220px;top:150px;writing-mode:vertical-rl;font-size:40px;letter-spacing:12px}
.msg{position:absolute;left:24px;right:24px;bottom:24px;height:250px;border-top:1.5px dashed #666;padding:14px 6px;overflow:hidden}
.mt{font-size:21px;font-weight:700;margin-bottom:6px}.mb{font-size:15.5px;line-height:1.7}.mf{text-align:right;font-size:15px;margin-top:6px}`;
  return page(body, css, device, "'Noto Serif CJK JP'");
}

/** A handwritten memo on a ruled pad or a sticky note: a pen-like face, lines tilted a little, a word circled. */
export function handMemo(t: PaperText, sticky: boolean): Page2 {
  const device = DEVICES3.memo;
  const tilts = [-0.8, 0.6, -0.3, 1.0, -1.1, 0.4, -0.6, 0.9];
  const lines = paragraphs(t.body).map((l, i) => `<div class="ln" style="transform:rotate(${tilts[i % tilts.length]}deg);margin-left:${(i * 7) % 22}px" data-gt="m">${esc(l)}</div>`).join('');
  const body = `<div class="pad">${sticky ? '' : '<div class="binding"></div>'}<div class="lines">${lines}</div></div>`;
  const css = `body{background:${sticky ? '#fdf1a6' : '#fffdf8'};color:${sticky ? '#222' : '#1b2a6b'}}
.pad{height:100%;position:relative;padding:${sticky ? '50px 34px' : '70px 34px 30px 48px'};${sticky ? '' : 'background:repeating-linear-gradient(#fffdf8 0 53px,#9cc0e6 53px 55px);background-position:0 44px;'}}
.binding{position:absolute;left:0;right:0;top:0;height:40px;background:#c0392b}
.lines{display:flex;flex-direction:column}
.ln{font-size:31px;line-height:55px;height:55px;white-space:nowrap;font-weight:${sticky ? 600 : 400}}`;
  return page(body, css, device, "'Klee One'");
}

/** A receipt-like slip (預り証) on narrow paper: a boxed title, the addressee, items and counts, the person in charge, an oval stamp. */
export function receiptSlip(t: PaperText): Page2 {
  const device = DEVICES3.receipt;
  const rows = (t.table ?? []).map((r) => `<div class="it"><span data-gt="m">${esc(r.label)}</span><span data-gt="m">${esc(r.value)}</span></div>`).join('');
  const body = `<div class="r"><div class="t" data-gt="m">${esc(t.subject ?? '')}</div><div class="d" data-gt="e">令和8年12月7日</div><div class="to" data-gt="e">田中 節子 様</div>
<div class="b" data-gt="m">${esc(t.body)}</div><div class="rule"></div>${rows}<div class="rule"></div><div class="a" data-gt="m">${esc(t.after ?? '')}</div><div class="iss" data-gt="e">${esc(t.sender)}</div><div class="oval">確認済</div></div>`;
  const css = `body{background:#fafaf7;color:#222}
.r{padding:36px 30px;position:relative;height:100%}
.t{font-size:32px;font-weight:700;text-align:center;border:2px solid #222;padding:8px;letter-spacing:12px;margin-bottom:16px}
.d{text-align:right;font-size:15px}.to{font-size:21px;border-bottom:1px solid #222;margin:14px 0 18px;padding-bottom:2px}
.b{font-size:17px;line-height:1.8}
.rule{border-top:2px dashed #555;margin:18px 0}
.it{display:flex;justify-content:space-between;font-size:19px;line-height:2.1}
.a{font-size:16.5px;line-height:1.8}.iss{font-size:16px;margin-top:20px;text-align:right}
.oval{position:absolute;right:40px;bottom:120px;width:110px;height:70px;border:3px solid #c8161d;border-radius:50%;color:#c8161d;display:flex;align-items:center;justify-content:center;font-size:18px;font-weight:700;transform:rotate(-12deg);opacity:.75}`;
  return page(body, css, device, "'M PLUS 1 Code'");
}

/** A letter folded in three and opened again: crease shading at one and two thirds, and a thumb holding the left edge. */
export function foldedLetter(t: PaperText): Page2 {
  const device = DEVICES3.a4;
  const rows = (t.table ?? []).map((r) => `<tr><th data-gt="m">${esc(r.label)}</th><td data-gt="m">${esc(r.value)}</td></tr>`).join('');
  const body = `<div class="sheet"><div class="ref" data-gt="e">令和8年12月1日</div><div class="to" data-gt="e">被保険者 各位</div><div class="from" data-gt="e">${esc(t.sender)}</div>
<h1 data-gt="m">${esc(t.subject ?? '')}</h1>${paragraphs(t.body).map((p) => `<p data-gt="m">${esc(p)}</p>`).join('')}<table>${rows}</table></div>
<div class="crease c1"></div><div class="crease c2"></div><div class="thumb"></div>`;
  const css = `body{background:#fefefe;color:#161616;position:relative}
.sheet{padding:70px 80px 60px 96px}
.ref{text-align:right;font-size:14px}.to{font-size:18px;margin:16px 0 4px}.from{text-align:right;font-size:15px;margin-bottom:28px}
h1{font-size:24px;text-align:center;margin-bottom:24px}
p{font-size:16.5px;line-height:1.95;text-indent:1em;margin-bottom:8px}
table{border-collapse:collapse;width:80%;margin:20px auto 0}th,td{border:1px solid #222;padding:8px 12px;font-size:16px;text-align:left}th{background:#eef1f4;width:40%}
.crease{position:absolute;left:0;right:0;height:26px;pointer-events:none}
.c1{top:361px;background:linear-gradient(rgba(0,0,0,0),rgba(0,0,0,.10) 45%,rgba(255,255,255,.5) 55%,rgba(0,0,0,0))}
.c2{top:735px;background:linear-gradient(rgba(0,0,0,0),rgba(0,0,0,.14) 50%,rgba(0,0,0,0))}
.thumb{position:absolute;left:-40px;top:560px;width:110px;height:170px;border-radius:55px;background:radial-gradient(ellipse at 70% 30%,#f2c6a8,#d49a78 70%,#b07556);transform:rotate(-18deg);box-shadow:2px 4px 10px rgba(0,0,0,.3)}`;
  return page(body, css, device, "'TakaoPGothic'");
}

/** A glossy coupon card: colour gradient, a big title, the text, a QR code (a picture), and the glare of a phone's flash. */
export function glossyCoupon(t: PaperText): Page2 {
  const device = DEVICES3.coupon;
  const qr = Array.from({ length: 121 }, (_, i) => `<i style="background:${(i * 7919) % 5 < 2 || [0, 1, 2, 11, 13, 22, 23, 24, 8, 9, 10, 19, 21, 30, 31, 32].includes(i) ? '#111' : 'transparent'}"></i>`).join('');
  const body = `<div class="card"><div class="band" data-gt="m">${esc(t.subject ?? '')}</div><div class="row"><div class="text">${paragraphs(t.body).map((p) => `<p data-gt="m">${esc(p)}</p>`).join('')}</div><div class="qr">${qr}</div></div><div class="from" data-gt="e">${esc(t.sender)}</div></div><div class="glare"></div>`;
  const css = `body{background:linear-gradient(135deg,#fff4d6,#ffd1dc 60%,#ffe9a8);color:#2a1a00;position:relative}
.card{padding:34px 40px;height:100%}
.band{background:linear-gradient(90deg,#c7161e,#ff6a00);color:#fff;font-size:34px;font-weight:900;padding:14px 20px;border-radius:12px;text-align:center;letter-spacing:2px}
.row{display:flex;gap:26px;margin-top:24px}.text{flex:1}
p{font-size:20px;line-height:1.7;font-weight:700;margin-bottom:10px}
.qr{width:176px;height:176px;flex:none;display:grid;grid-template-columns:repeat(11,1fr);background:#fff;padding:8px;border-radius:6px}
.from{position:absolute;left:40px;bottom:30px;font-size:17px;font-weight:700}
.glare{position:absolute;left:430px;top:150px;width:300px;height:210px;border-radius:50%;background:radial-gradient(ellipse,rgba(255,255,255,.92) 0,rgba(255,255,255,.7) 35%,rgba(255,255,255,0) 70%)}`;
  return page(body, css, device, "'M PLUS 1'");
}
