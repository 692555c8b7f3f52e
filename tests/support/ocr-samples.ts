/**
 * Texts for the image-reading tests and benchmark, written for this project (not copied from
 * real messages): suspicious SMS, e-mails and a paper notice of the kinds residents photograph.
 * Every number, address and name here is made up.
 */
export interface OcrSample {
  id: string;
  /** Who the message seems to come from (drawn in the header of a screenshot). */
  sender: string;
  /** The message itself; `\n` starts a new paragraph. */
  body: string;
}

export const SMS_SAMPLES: readonly OcrSample[] = [
  {
    id: 'mynapoint',
    sender: 'マイナポイント事務局',
    body: '【マイナポイント事務局】お客様のポイント申請に不備があります。本日中に下記から再登録してください。\nhttps://mynapoint-shinsei.top/login',
  },
  {
    id: 'card-expiry',
    sender: '+81 80-4127-3395',
    body: 'マイナンバーカードの有効期限が近づいています。更新の手続きをしないとカードが利用停止になります。\nhttps://myna-koushin.jp.net/',
  },
  {
    id: 'refund',
    sender: '区役所 保険年金課',
    body: '医療費の払い戻し金28,400円があります。受け取りには本日中にお近くのATMで手続きが必要です。お問い合わせ 03-5842-7719',
  },
  {
    id: 'insurance-card',
    sender: '保険証切替センター',
    body: 'マイナ保険証への切り替えが完了していません。このままでは保険証が使えなくなります。確認はこちら\nhttps://mhlw-myna.info/check',
  },
  {
    id: 'police',
    sender: '+81 50-3188-2041',
    body: '警察庁からのお知らせです。あなたのマイナンバーが犯罪に使われた疑いがあります。至急 050-3188-2041 までお電話ください。',
  },
  {
    id: 'pin-request',
    sender: '市役所 市民課',
    body: 'マイナンバーカードのICチップ更新のため、暗証番号とカードの番号をこのメッセージに返信してください。',
  },
  {
    id: 'tax',
    sender: '国税庁 徴収担当',
    body: '所得税の未納があります。財産の差し押さえを避けるため、3日以内に下記から納付してください。\nhttps://nta-nofu.shop/pay',
  },
  {
    id: 'benefit',
    sender: 'デジタル給付金窓口',
    body: 'マイナンバーカードをお持ちの方に給付金5万円をお支払いします。受け取り口座を登録してください。\nhttps://kyufu-myna.online/',
  },
];

/** A message that shows a (made-up) 12-digit number: the reply must mask it. */
export const MY_NUMBER_SAMPLE: OcrSample = {
  id: 'shows-number',
  sender: 'カード管理センター',
  body: 'お客様の個人番号 4821 7365 2094 の登録に誤りがあります。本日中に 0120-58-3947 へご連絡ください。',
};

export const MAIL_SAMPLE = {
  id: 'mail',
  sender: 'デジタル庁 マイナンバー窓口',
  from: 'info@myna-digital-support.com',
  subject: '【重要】マイナンバーカード停止のお知らせ',
  banner: '重要なお知らせ',
  body: 'いつもご利用ありがとうございます。お客様のマイナンバーカードに不正な利用の疑いがあるため、一時的に利用を停止しました。\n48時間以内に本人確認を行ってください。確認が取れない場合、カードは失効します。\nhttps://myna-digital-support.com/verify',
} as const;

export const PAPER_SAMPLE = {
  id: 'paper',
  title: 'マイナンバー制度に関する重要なお知らせ',
  from: '個人番号管理センター',
  body: 'あなたの個人番号カードの登録情報に誤りが見つかりました。下記の窓口へ至急ご連絡ください。連絡がない場合、給付金を受け取れなくなります。\n電話 0120-58-3947\n受付 平日9時から17時',
} as const;
