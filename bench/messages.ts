/**
 * The benchmark's message mix: what residents send, written for the benchmark (none is a
 * dev-set or held-out sentence; run.ts checks). Mostly short questions, some reports, and
 * forwarded SMS of about 1,000 characters, as people paste whole messages in.
 */

export const SHORT_MESSAGES = [
  'マイナンバーカードの暗証番号を忘れたらどうすればいいですか',
  '区役所の人が家に来てカードを預かると言っています',
  '知らない番号から電話、マイナポイントが失効すると言われた',
  'カードを落としてしまいました。どこに連絡すれば？',
  '通知カードしか持っていないけど大丈夫？',
  '還付金があるのでコンビニのATMへ行けと言われた',
  'マイナンバーを他人に知られたら悪用されますか',
  'ありがとう、助かりました',
  'こんばんは。ちょっと聞きたいことがあります',
  '警察を名乗る人から、あなたの番号が犯罪に使われたと電話',
  '保険証の切り替えで手数料がかかると言われたけど本当？',
  'Is this LINE account from the city office?',
];

const SMS_PARTS = [
  '【重要なお知らせ】マイナンバーカードの電子証明書の有効期限が近づいています。',
  '本日中に下記のリンクから更新手続きを完了しない場合、健康保険証としての利用が停止され、',
  '医療費が全額自己負担となります。手続きには本人確認のためカード番号と暗証番号、',
  'ならびにお受け取り口座の情報が必要です。https://mynumber-koushin.example-support.top/verify ',
  'なお、この手続きを怠った場合は法令に基づき延滞手数料として3万円が発生いたします。',
  'ご不明な点はマイナンバー総合窓口 050-1234-5678 までお電話ください（24時間受付）。',
  '※本メッセージは送信専用です。返信されてもお答えできません。',
];

/** A forwarded SMS of about 1,000 characters (repeating the scam text as people paste threads). */
export function forwardedSms(length = 1000): string {
  let text = '母に届いたSMSです。本物ですか？\n';
  for (let i = 0; text.length < length; i++) text += SMS_PARTS[i % SMS_PARTS.length];
  return text.slice(0, length);
}

/** 9 short messages for every forwarded SMS: the mix cycled through by the load. */
export function messageMix(): string[] {
  const sms = forwardedSms();
  const mix: string[] = [];
  for (const [i, m] of SHORT_MESSAGES.entries()) {
    mix.push(m);
    if (i % 9 === 8) mix.push(sms);
  }
  mix.push(sms);
  return mix;
}

/** A 30-character question, for the classification-latency measurement. */
export const THIRTY_CHARS = '市役所の者ですと電話があり、カードの暗証番号を聞かれました。';
