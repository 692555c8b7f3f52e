/**
 * A narrowcast: a message to the part of the friends LINE picks by the conditions given —
 * prefecture and age band (both *estimated* by LINE; friends it cannot estimate are left out),
 * an audience group, and at most `max` of them (chosen at random by LINE). LINE accepts the
 * request (202 with `x-line-request-id`), filters and sends afterwards; how many it reached is
 * known only from the progress endpoint. Pure: builds and checks the request, explains LINE's
 * answers in Japanese; the calls are in line-broadcaster.ts.
 */

/** LINE's prefecture codes (AreaDemographic jp_01–jp_47), in the order of the JIS codes. */
export const PREFECTURES: readonly string[] = [
  '北海道', '青森県', '岩手県', '宮城県', '秋田県', '山形県', '福島県', '茨城県', '栃木県', '群馬県',
  '埼玉県', '千葉県', '東京都', '神奈川県', '新潟県', '富山県', '石川県', '福井県', '山梨県', '長野県',
  '岐阜県', '静岡県', '愛知県', '三重県', '滋賀県', '京都府', '大阪府', '兵庫県', '奈良県', '和歌山県',
  '鳥取県', '島根県', '岡山県', '広島県', '山口県', '徳島県', '香川県', '愛媛県', '高知県', '福岡県',
  '佐賀県', '長崎県', '熊本県', '大分県', '宮崎県', '鹿児島県', '沖縄県',
];

/** jp_11 for 埼玉県; null for a name that is not a prefecture. */
export function areaCodeOf(prefecture: string | null | undefined): string | null {
  const i = prefecture ? PREFECTURES.indexOf(prefecture.trim()) : -1;
  return i < 0 ? null : `jp_${String(i + 1).padStart(2, '0')}`;
}

/** 埼玉県 for jp_11; null for any other value. */
export function prefectureOf(code: string): string | null {
  const m = /^jp_(\d{2})$/.exec(code);
  return m ? (PREFECTURES[Number(m[1]) - 1] ?? null) : null;
}

/** The age bounds LINE knows (AgeDemographic), in years. */
export const AGE_BOUNDS: readonly number[] = [15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70];

/** What an editor chose; each condition null when not used. */
export interface NarrowcastTarget {
  /** LINE's prefecture code, jp_01–jp_47. */
  area: string | null;
  /** Lowest age (inclusive), one of AGE_BOUNDS. */
  ageFrom: number | null;
  /** Age the band ends before (exclusive), one of AGE_BOUNDS. */
  ageTo: number | null;
  /** An audience group made in LINE (digits). */
  audienceGroupId: string | null;
  /** At most this many recipients (limit.max). */
  max: number | null;
  /** Send to no more than the month's remaining quota (limit.upToRemainingQuota). */
  upToRemainingQuota: boolean;
}

/** Largest cap the form accepts (limit.max is an int32). */
export const MAX_CAP = 10_000_000;

/**
 * Reads the editor's form into a target, or explains in Japanese what is wrong. At least one
 * condition is needed (without any, the one-to-all broadcast is the right tool).
 */
export function parseTarget(form: Record<string, unknown>): { ok: true; target: NarrowcastTarget } | { ok: false; problems: string[] } {
  const text = (key: string): string => (typeof form[key] === 'string' ? (form[key] as string).trim() : '');
  const problems: string[] = [];
  const areaText = text('area');
  const area = areaText === '' ? null : prefectureOf(areaText) ? areaText : null;
  if (areaText !== '' && area === null) problems.push('地域は一覧の都道府県から選んでください。');
  const age = (key: string, label: string): number | null => {
    const v = text(key);
    if (v === '') return null;
    const n = Number(v);
    if (!AGE_BOUNDS.includes(n)) {
      problems.push(`${label}は一覧から選んでください。`);
      return null;
    }
    return n;
  };
  const ageFrom = age('ageFrom', '年齢の下限');
  const ageTo = age('ageTo', '年齢の上限');
  if (ageFrom !== null && ageTo !== null && ageFrom >= ageTo) problems.push('年齢の下限は、上限より小さくしてください。');
  const audienceText = text('audienceGroupId').replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  let audienceGroupId: string | null = null;
  if (audienceText !== '') {
    if (/^[1-9]\d{0,15}$/.test(audienceText) && Number.isSafeInteger(Number(audienceText))) audienceGroupId = audienceText;
    else problems.push('オーディエンスの番号は、LINE の管理画面に出る数字だけを入れてください。');
  }
  const maxText = text('max').replace(/[,，]/g, '').replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  let max: number | null = null;
  if (maxText !== '') {
    const n = Number(maxText);
    if (/^\d+$/.test(maxText) && n >= 1 && n <= MAX_CAP) max = n;
    else problems.push(`人数の上限は 1〜${MAX_CAP.toLocaleString('ja-JP')} の数字にしてください（空欄なら上限なし）。`);
  }
  const upToRemainingQuota = form['upToRemainingQuota'] === 'yes';
  if (problems.length === 0 && area === null && ageFrom === null && ageTo === null && audienceGroupId === null && max === null) {
    problems.push('絞り込む条件（地域・年齢・オーディエンス・人数の上限のどれか）を選んでください。友だち全員に送るときは「一斉送信」を使ってください。');
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, target: { area, ageFrom, ageTo, audienceGroupId, max, upToRemainingQuota } };
}

/** A stored target read back (the jsonb column); null when it is not one. */
export function targetFromJson(value: unknown): NarrowcastTarget | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const n = (x: unknown): number | null => (typeof x === 'number' ? x : null);
  const s = (x: unknown): string | null => (typeof x === 'string' ? x : null);
  return { area: s(v['area']), ageFrom: n(v['ageFrom']), ageTo: n(v['ageTo']), audienceGroupId: s(v['audienceGroupId']), max: n(v['max']), upToRemainingQuota: v['upToRemainingQuota'] === true };
}

/** The body of POST /v2/bot/message/narrowcast (NarrowcastRequest) for these messages and this target. */
export function narrowcastRequest(messages: readonly object[], target: NarrowcastTarget): Record<string, unknown> {
  const body: Record<string, unknown> = { messages };
  if (target.audienceGroupId !== null) body['recipient'] = { type: 'audience', audienceGroupId: Number(target.audienceGroupId) };
  const filters: object[] = [];
  if (target.area !== null) filters.push({ type: 'area', oneOf: [target.area] });
  if (target.ageFrom !== null || target.ageTo !== null) {
    filters.push({
      type: 'age',
      ...(target.ageFrom !== null ? { gte: `age_${target.ageFrom}` } : {}),
      ...(target.ageTo !== null ? { lt: `age_${target.ageTo}` } : {}),
    });
  }
  if (filters.length === 1) body['filter'] = { demographic: filters[0] };
  if (filters.length > 1) body['filter'] = { demographic: { type: 'operator', and: filters } };
  const limit: Record<string, unknown> = {};
  if (target.max !== null) limit['max'] = target.max;
  if (target.upToRemainingQuota) limit['upToRemainingQuota'] = true;
  if (Object.keys(limit).length > 0) body['limit'] = limit;
  return body;
}

/** The age band in words: 60歳以上, 20歳以上40歳未満, 30歳未満; null without one. */
export function ageBandLabel(target: Pick<NarrowcastTarget, 'ageFrom' | 'ageTo'>): string | null {
  if (target.ageFrom === null && target.ageTo === null) return null;
  if (target.ageTo === null) return `${target.ageFrom}歳以上`;
  if (target.ageFrom === null) return `${target.ageTo}歳未満`;
  return `${target.ageFrom}歳以上${target.ageTo}歳未満`;
}

/** The conditions as short Japanese lines, for the confirmation and the list. */
export function targetSummary(target: NarrowcastTarget): { label: string; value: string }[] {
  const lines: { label: string; value: string }[] = [];
  if (target.area !== null) lines.push({ label: '地域', value: `${prefectureOf(target.area) ?? target.area}（LINE の推定）` });
  const age = ageBandLabel(target);
  if (age !== null) lines.push({ label: '年齢', value: `${age}（LINE の推定）` });
  if (target.audienceGroupId !== null) lines.push({ label: 'オーディエンス', value: `番号 ${target.audienceGroupId}` });
  lines.push({ label: '人数の上限', value: target.max === null ? 'なし' : `${target.max.toLocaleString('ja-JP')}人（超える分は LINE が無作為に選びます）` });
  lines.push({ label: '今月の残りを超えるとき', value: target.upToRemainingQuota ? '残りの数まで送る（無作為に選ばれます）' : '残りの数までに制限しない' });
  return lines;
}

/** LINE's answer to GET /v2/bot/message/progress/narrowcast (NarrowcastProgressResponse), as kept. */
export interface NarrowcastProgress {
  phase: 'waiting' | 'sending' | 'succeeded' | 'failed';
  successCount: number | null;
  failureCount: number | null;
  targetCount: number | null;
  failedDescription: string | null;
  errorCode: number | null;
  acceptedTime: string | null;
  completedTime: string | null;
}

const PHASES = ['waiting', 'sending', 'succeeded', 'failed'] as const;

/** Reads LINE's progress answer; null when it is not one. */
export function progressFromJson(value: unknown): NarrowcastProgress | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const phase = PHASES.find((p) => p === v['phase']);
  if (!phase) return null;
  const n = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);
  const s = (x: unknown): string | null => (typeof x === 'string' ? x.slice(0, 300) : null);
  return {
    phase,
    successCount: n(v['successCount']),
    failureCount: n(v['failureCount']),
    targetCount: n(v['targetCount']),
    failedDescription: s(v['failedDescription']),
    errorCode: n(v['errorCode']),
    acceptedTime: s(v['acceptedTime']),
    completedTime: s(v['completedTime']),
  };
}

/** True once LINE will not change the progress any more. */
export function progressFinal(p: NarrowcastProgress | null): boolean {
  return p !== null && (p.phase === 'succeeded' || p.phase === 'failed');
}

/** The phase in words. */
export const PHASE_LABEL: Record<NarrowcastProgress['phase'], string> = {
  waiting: '準備中（LINE が条件に合う友だちを絞り込んでいます）',
  sending: '送信中',
  succeeded: '送信が終わりました',
  failed: '送れませんでした',
};

/** What a progress errorCode means, in plain Japanese (LINE's list, 1–5). */
export function progressErrorText(code: number | null): string | null {
  switch (code) {
    case null:
      return null;
    case 1:
      return 'LINE の内部のエラーで送れませんでした。時間をおいて、新しい下書きから送り直してください。';
    case 2:
      return '条件に合う友だちが少なすぎるため、LINE は送りませんでした。条件をゆるめて（年齢の幅を広げるなど）新しい下書きを作ってください。';
    case 3:
      return '同じ送信がすでに受け付けられていたため、重ねては送られませんでした。';
    case 4:
      return '条件にしたオーディエンスの人数が50人未満のため、LINE は送りませんでした。';
    case 5:
      return '一部の人だけに届くことを避けるため、送信が取り消されました。';
    default:
      return `LINE のエラー（番号 ${code}）で送れませんでした。`;
  }
}

/**
 * What LINE's refusal of a send means for the editor, in plain Japanese. `message` and
 * `details` are LINE's own words (shown after the explanation); no token is ever in them.
 */
export function sendErrorText(status: number | null, message: string, details: readonly string[] = []): string {
  const own = [message, ...details].filter((s) => s.trim() !== '').join(' / ');
  const suffix = own ? `（LINE の説明：${own}）` : '';
  if (status === null || status >= 500) {
    return `LINE に届いたかどうかわかりません（接続の問題）。この下書きをもう一度送っても、二重には届きません。${suffix}`;
  }
  if (status === 400) return `LINE が送信の内容を受け付けませんでした。条件（オーディエンスの番号など）を確かめて、新しい下書きを作ってください。${suffix}`;
  if (status === 401) return `LINE のチャネルアクセストークンが使えません。管理者にサーバーの設定を確かめてもらってください。${suffix}`;
  if (status === 403) return `このアカウントでは、この送り方が許されていません（属性での絞り込みやオーディエンスが使えないアカウントがあります）。${suffix}`;
  if (status === 429) {
    return /monthly limit/i.test(own)
      ? `今月の送信数の上限に達しているため送れません。来月になるか、LINE の管理画面でプランを確かめてください。${suffix}`
      : `短い時間に送りすぎているか、今月の送信数の上限に達しています。時間をおいてからもう一度送ってください。${suffix}`;
  }
  return `LINE が受け付けませんでした（${status}）。${suffix}`;
}
