/**
 * Texts for the third unseen image set, "unseen3" (scripts/render-unseen3-images.ts), written on
 * 2026-12-07 by a helper session that writes yardsticks and does not tune the reader; written
 * after sets 1 and 2 had been studied and tuned on. Written fresh, in the register of the scam
 * SMS, mails, SNS and LINE messages, voicemails, letters, slips and postcards that police,
 * consumer-centre, city and ministry warning pages describe (their wording studied, none of it
 * pasted). Every name, number, address and link is made up: phone numbers are in 0000 blocks
 * (0X0-0000-XXXX, 03-0000-XXXX, 0120-000-XXX), never a real company's number, links use reserved domains (example.com/.net/.org, *.example,
 * *.test). About a quarter are not scams (a family chat, a pharmacy, a city account, a genuine
 * renewal notice, a memo, a clinic, a neighbourhood slip).
 * `intent` is the taxonomy ID (/work/shared/spec/taxonomy.md) judged by hand from the text before
 * any image was read, not by the classifier.
 */
import type { PaperRow, PaperText, UnseenText } from './unseen-texts.ts';

export type { PaperRow, PaperText, UnseenText };

/** Messengers and SNS direct messages (Messenger-, Instagram- and X-like), LINE official accounts. */
export const SNS3 = {
  oilRig: {
    id: 'oil-rig-parcel', sender: 'Michael Brandt', intent: 'scam.investment_romance',
    body: 'おはよう、僕の大切な人。北海の石油プラットフォームでの仕事があと少しで終わります。\n君に渡したい指輪と書類を荷物で送ったけれど、空港の保管料として18万円が必要だと連絡がありました。僕の口座はここからは使えないので、立て替えてもらえませんか。日本に着いたらすぐに返します。',
  },
  stockAssistant: {
    id: 'stock-class-invite', sender: '高橋 由美（投資講座 事務局）', intent: 'scam.investment_romance',
    body: 'ご登録ありがとうございます。経済評論家の森田先生が、年末限定で無料の株式講座を開きます。\n先月の受講生は平均で資産が2.4倍になりました。参加はLINEグループから。定員30名なので、お早めにどうぞ。\nhttps://line-group-invite.example/morita',
  },
  grandsonHome: {
    id: 'grandson-new-year', sender: '大輝', intent: 'meta.out_of_scope',
    body: 'ばあちゃん、お正月は30日の夕方に着くよ！\nお餅はこっちで買っていくから用意しなくて大丈夫。寒いから風邪ひかないでね',
  },
  celebrityInvest: {
    id: 'celebrity-invest-dm', sender: 'kaneko_shisan_official', intent: 'scam.investment_romance',
    body: 'フォローありがとうございます。投資家の金子です。\n今だけ、私が実際に買っている銘柄を無料でお伝えしています。リスクはほとんどありません。\n詳しくはアシスタントのLINEを追加してください。ID: @kaneko-assist',
  },
  giftWinner: {
    id: 'gift-winner-dm', sender: 'present_campaign_jp', intent: 'scam.general_phishing',
    body: '【当選のお知らせ】おめでとうございます！フォロワー様限定キャンペーンで、最新のタブレットが当たりました。\n受け取りには送料550円のお支払いが必要です。48時間以内に下記ページでカード情報をご登録ください。\nhttps://present-jp.example/receive',
  },
  accountFreeze: {
    id: 'account-freeze-dm', sender: 'サポートセンター', intent: 'scam.general_phishing',
    body: 'あなたのアカウントで、利用規約に反する投稿が報告されました。24時間以内に本人確認をしないと、アカウントは永久に凍結されます。\n異議申し立てはこちら\nhttps://account-appeal.example.net/verify',
  },
  cryptoFax: {
    id: 'crypto-fax-dm', sender: '資産形成サポート 中島', intent: 'scam.sales_pitch',
    body: '突然のご連絡失礼します。上場前の暗号資産を特別価格でお分けしています。\n口座開設には、マイナンバーカードの両面の写しと通帳の写しをFAXでお送りいただくだけです。FAX 03-0000-4172\n今週中のお申し込みに限り、手数料は無料です。',
  },
  mynapointOa: {
    id: 'oa-mynapoint', sender: 'マイナポイント事務局', intent: 'scam.phishing',
    subject: '未受取のマイナポイントがあります',
    body: 'マイナンバーカードをお持ちの方へ。まだお受け取りになっていない20,000円分のポイントがあります。受け取り期限は12月15日です。下のボタンから、カード情報と受取口座をご登録ください。',
  },
  policeOa: {
    id: 'oa-police-warrant', sender: '警視庁 捜査第二課', intent: 'scam.fake_police',
    subject: '事件受理番号 第R8-0417号',
    body: 'あなたの名義の口座が、特殊詐欺事件の入金先として使われていることが判明しました。逮捕状の内容を確認し、本日18時までにビデオ通話で事情聴取に応じてください。応じない場合は身柄を拘束します。',
  },
  cityOa: {
    id: 'oa-city-year-end', sender: 'かえで市', intent: 'meta.out_of_scope',
    subject: '年末年始の市役所とごみ収集',
    body: '12月29日から1月3日まで、市役所の窓口はお休みです。燃やすごみの収集は12月30日が年内最後、年明けは1月5日からです。粗大ごみの受付は1月6日から再開します。',
  },
} satisfies Record<string, UnseenText>;

/** SMS: a phone split in two, iOS with the unknown-sender filter, a simple phone for seniors, a selected bubble. */
export const SMS3 = {
  splitRedelivery: {
    id: 'split-redelivery', sender: '+81 80-0000-3318', intent: 'scam.general_phishing',
    body: '【佐川急便】お荷物をお届けしましたがご不在のため持ち帰りました。再配達の日時は下記よりご指定ください。\nhttps://sagawa-redeliver.example/t/55',
    subject: '再配達のお申し込み',
    page: 'お届け希望日を選んでください\nお名前\n電話番号\nカード番号\n再配達手数料 330円（税込）\n申し込む',
  },
  splitPublicAccount: {
    id: 'split-public-account', sender: 'デジタル庁', intent: 'scam.phishing',
    body: '【デジタル庁】公金受取口座の登録内容に不備があります。12月13日までに再登録されない場合、給付金が受け取れなくなります。\nhttps://koukin-touroku.example.org/re',
    subject: '公金受取口座 再登録',
    page: 'マイナンバーカードの読み取りができない方は、こちらに入力してください。\nマイナンバー（12桁）\n金融機関名・支店名\n口座番号\nキャッシュカードの暗証番号\n次へ進む',
  },
  hokenStop: {
    id: 'hoken-stop', sender: '+81 50-0000-6621', intent: 'scam.health_insurance',
    body: '【厚生労働省】あなたのマイナ保険証に不正な利用の記録があるため、本日17時に利用を停止します。停止を解除するには、050-0000-6621 へお電話のうえ、本人確認を行ってください。',
  },
  nhkUnpaid: {
    id: 'nhk-unpaid', sender: '+81 70-0000-2954', intent: 'scam.general_phishing',
    body: '【NHK】受信料のお支払いが6か月分確認できておりません。本日中にお手続きがない場合、法的措置の対象となります。お支払いはこちらから\nhttps://nhk-jushinryo.example/pay',
  },
  renewalFee: {
    id: 'raku-renewal-fee', sender: 'カード更新センター', intent: 'scam.fee_demand',
    body: 'マイナンバーカードの更新手数料3,300円のお支払いが済んでいません。明日までにお支払いがない場合、カードが使えなくなります。お支払い番号のご案内は 0120-000-418 まで。',
  },
  pharmacy: {
    id: 'raku-pharmacy', sender: 'ひまわり薬局', intent: 'meta.out_of_scope',
    body: 'ひまわり薬局です。ご注文のお薬が届きました。12月9日までに、お薬手帳をお持ちのうえお越しください。お待ちしております。',
  },
  homeVisit: {
    id: 'copy-home-visit', sender: '+81 90-0000-7743', intent: 'scam.fake_official_visit',
    body: 'かえで市役所 市民課です。マイナンバーカードの登録内容を確認するため、明日の午前中に職員がご自宅に伺います。カードと暗証番号のメモ、通帳をご用意ください。',
  },
  daughterHoken: {
    id: 'copy-daughter-hoken', sender: '恵子', intent: 'faq.health_insurance_card',
    body: 'お母さん、マイナ保険証の登録、今度の日曜にいつもの薬局の機械で一緒にやろうか。カードと暗証番号（数字4けた）だけ忘れずに持ってきてね。',
  },
} satisfies Record<string, UnseenText & { page?: string }>;

/** Voicemails transcribed by the phone (a visual voicemail's text). */
export const VOICE3 = {
  policeCallback: {
    id: 'voicemail-police', sender: '+81 3-0000-0110', intent: 'scam.fake_police',
    body: 'もしもし、こちら東北警察署の佐々木と申します。あなたのキャッシュカードが、逮捕した詐欺グループの荷物から見つかりました。確認したいことがありますので、このメッセージを聞いたら至急こちらの番号に折り返しお電話ください。',
  },
  nameLending: {
    id: 'voicemail-name-lending', sender: '+81 3-0000-8825', intent: 'scam.name_lending',
    body: '株式会社みらい福祉の小林です。先日、老人ホームの入居権のお申し込みにお名前をお借りした件で、名義を貸したことが問題になっています。このままですと、あなたも罪に問われるおそれがありますので、折り返しご連絡ください。',
  },
} satisfies Record<string, UnseenText>;

/** Mails: a phone mail app (Yahoo!メール-like), a long mail captured by a scrolling screenshot, PDFs. */
export const MAIL3 = {
  cardStopped: {
    id: 'ymail-card-stopped', sender: 'カード会員サービス <notice@card-members.example>', subject: '【重要】カードのご利用を一時的に制限しました', intent: 'scam.general_phishing',
    body: 'いつもご利用いただきありがとうございます。\nお客様のカードで、第三者による不正な利用のおそれがある取引を確認しました。安全のため、ご利用を一時的に制限しております。\n下記より、ご本人様の確認をお願いいたします。確認が取れない場合、カードは解約となります。\nhttps://card-members.example/check',
  },
  certExpiryFake: {
    id: 'ymail-cert-expiry', sender: '地方公共団体情報システム機構 <info@jlis-renew.test>', subject: 'マイナンバーカード 電子証明書の失効について', intent: 'scam.phishing',
    body: 'お客様のマイナンバーカードの利用者証明用電子証明書は、12月20日に失効します。\n失効後は、マイナ保険証やコンビニ交付サービスがご利用になれません。\nオンラインでの更新手続きは、こちらのページで暗証番号を入力するだけで完了します。\nhttps://jlis-renew.test/online',
  },
  medicalRefundLong: {
    id: 'long-medical-refund', sender: '医療費還付金センター <kanpu@iryou-kanpu.example>', subject: '【最終のご案内】医療費還付金のお受け取りについて', intent: 'scam.refund_atm',
    body: '田中 節子 様\n平素より医療保険制度にご協力いただき、ありがとうございます。\n過去5年間にお支払いいただいた医療費のうち、払い戻しの対象となる金額が確定いたしました。\n還付金額：38,460円\nこれまでに2回、書面でご案内をお送りしましたが、お手続きが確認できておりません。本メールが最終のご案内となります。\nお受け取りの期限は、本日12月7日の17時までです。期限を過ぎますと、還付金は国庫に返納され、お受け取りになれません。\nお手続きは、キャッシュカードをお持ちのうえ、お近くのATM（スーパーやコンビニのもの）から、お電話で担当者の案内を受けながら行っていただけます。\n受付専用ダイヤル：0120-000-736（担当 村上）\n※銀行の窓口ではお手続きできません。\n※ご家族に代わりにお手続きいただくことはできません。',
  },
  certNoticeGenuine: {
    id: 'long-cert-notice', sender: 'かえで市 市民課 <shimin@city.kaede.example.jp>', subject: '電子証明書の有効期限が近づいている方へ', intent: 'faq.card_procedures',
    body: 'かえで市 市民課からのお知らせです。\nマイナンバーカードの電子証明書は、発行から5回目の誕生日で有効期限を迎えます。期限の2〜3か月前に、地方公共団体情報システム機構から「有効期限通知書」が封書で届きます。\n更新の手続きは、市役所1階の市民課窓口で行えます。手数料はかかりません。\n持ち物：マイナンバーカード、有効期限通知書（お持ちの方）\n窓口では、設定してある暗証番号を入力していただきます。忘れた方は窓口で再設定できます。\nなお、市がメールやSMSで暗証番号を尋ねたり、リンクから手続きをお願いしたりすることはありません。\n窓口の受付時間：平日8時30分〜17時（毎月第2土曜日も開庁）',
  },
  lawsuitPdf: {
    id: 'pdf-lawsuit-final', sender: '民事債権管理機構', subject: '訴訟最終通知書', intent: 'scam.unpaid_lawsuit',
    body: '貴殿がご利用された動画配信サービスの料金について、契約会社から未納のままである旨の申し立てがありました。\n本通知から3日以内にご連絡がない場合、裁判所への訴状提出をもって民事訴訟を開始し、給与および財産の差し押さえを執行いたします。\n和解をご希望の方は、下記の窓口までご連絡ください。\n和解相談窓口 03-0000-5561（平日9時〜18時）',
  },
  cityPdf: {
    id: 'pdf-city-card-hours', sender: 'かえで市 市民課', subject: 'マイナンバーカードの受け取り（休日開庁）のご案内', intent: 'faq.card_procedures',
    body: '申請されたマイナンバーカードができあがった方には、交付通知書（はがき）をお送りしています。\n平日に来られない方のために、12月の第2・第4日曜日にも受け取りの窓口を開きます。\n交付通知書、本人確認書類、通知カード（お持ちの方）をご持参ください。ご本人が来られない場合は、市民課までご相談ください。\n受け取りは予約制です。予約は市のホームページか、市民課の窓口で受け付けます。',
  },
} satisfies Record<string, UnseenText>;

/** Mails on a feature phone (ガラケー), photographed. */
export const KEITAI3 = {
  dentist: {
    id: 'keitai-dentist', sender: 'さくら歯科', subject: '予約の確認', intent: 'meta.out_of_scope',
    body: 'さくら歯科です。12月10日(水)14時30分のご予約の確認です。入れ歯の調整をいたします。ご都合が悪い場合はお電話ください。',
  },
  leakThreat: {
    id: 'keitai-leak', sender: 'kojinjoho-center@leak-stop.example', subject: '個人情報流出のお知らせ', intent: 'scam.leak_threat',
    body: 'あなたのマイナンバーと口座番号が名簿業者に流出しています。このままでは勝手に借金をされるおそれがあります。情報の削除には、コンビニで電子マネー3万円分を買い、番号を返信してください。',
  },
} satisfies Record<string, UnseenText>;

/** A TV news ticker, photographed. */
export const TV3 = {
  policeWarning: {
    id: 'tv-police-warning', sender: 'ニュース', subject: 'ニセ警察官の電話 相次ぐ', intent: 'scam.fake_police',
    body: '警察官を名乗る者から「あなたの口座が犯罪に使われている」と電話があり、LINEのビデオ通話に誘導されて現金を振り込む被害が相次いでいます。警察はLINEで連絡したり、お金を求めたりすることはありません。',
  },
} satisfies Record<string, UnseenText>;

/** Paper: envelopes, slips, an invoice, postcards, handwritten memos, a receipt, folded letters, a glossy flyer. */
export const PAPER3 = {
  envelopeRefund: {
    id: 'envelope-refund', kind: 'letter', sender: '保険料還付事務センター', subject: '保険料還付金のお知らせ', intent: 'scam.refund_atm', vertical: '還付金通知書在中',
    body: 'あなたが納めた介護保険料と国民健康保険料に、払い過ぎの分があることがわかりました。お受け取りの手続きの期限が過ぎております。至急、下記の番号にお電話ください。担当者が、お近くのATMでのお手続きをご案内します。',
    table: [{ label: '還付予定額', value: '41,250円' }, { label: 'お問合せ', value: '0120-000-592' }],
  },
  envelopeGenuine: {
    id: 'envelope-expiry-genuine', kind: 'letter', sender: '地方公共団体情報システム機構', subject: 'マイナンバーカード等の有効期限に関するお知らせ', intent: 'faq.card_procedures', vertical: '有効期限通知書在中',
    body: 'あなたのマイナンバーカードの電子証明書は、下記の日に有効期限を迎えます。更新の手続きは、お住まいの市区町村の窓口で行ってください。手数料はかかりません。この通知を持って、窓口へお越しください。',
    table: [{ label: '有効期限', value: '令和9年2月14日' }, { label: '手続きの場所', value: 'お住まいの市区町村の窓口' }],
  },
  slipLawsuit: {
    id: 'slip-lawsuit', kind: 'letter', sender: '民事訴訟管理センター', subject: '訴訟取下げ費用', intent: 'scam.unpaid_lawsuit',
    body: '有料サイト未納料金に関する訴訟の取下げ費用',
    table: [{ label: '金額', value: '39,800円' }, { label: '加入者名', value: '民事訴訟管理センター' }, { label: '口座記号番号', value: '00000-0-00000' }],
    after: '期日 12月12日 までにお払い込みください',
  },
  slipNeighbourhood: {
    id: 'slip-neighbourhood', kind: 'letter', sender: 'かえで台三丁目町内会', subject: '町内会費（令和8年度後期分）', intent: 'meta.out_of_scope',
    body: '町内会費 後期分 1世帯あたり',
    table: [{ label: '金額', value: '3,000円' }, { label: '加入者名', value: 'かえで台三丁目町内会' }, { label: '口座記号番号', value: '00000-0-00000' }],
    after: '防犯灯の電気代と夏祭りに使わせていただきます',
  },
  invoiceAgency: {
    id: 'invoice-agency', kind: 'letter', sender: '個人番号手続代行センター', subject: '請求書', intent: 'scam.fee_demand',
    body: 'マイナンバーカードの登録手続きを代行いたしました。下記のとおりご請求申し上げます。お支払いは同封の用紙で、期日までにお願いいたします。',
    table: [{ label: 'マイナンバー登録代行手数料', value: '12,000円' }, { label: '個人情報保護設定料', value: '8,000円' }, { label: '郵送事務手数料', value: '1,500円' }, { label: '合計', value: '21,500円' }],
    after: 'お支払い期日：令和8年12月15日　お問合せ 03-0000-2290',
  },
  postcardGold: {
    id: 'postcard-gold', kind: 'postcard', sender: '株式会社 黄金堂', subject: '出張買取のご案内', intent: 'scam.sales_pitch',
    body: 'マイナンバーで、ご家庭の預貯金はすべて国に知られるようになります。\nタンス預金や古い貴金属は、今のうちに金の延べ棒に替えておくと安心です。\n査定は無料、ご自宅までお伺いします。\nお電話は 0120-000-355 へ。',
  },
  memoRefund: {
    id: 'memo-refund-call', kind: 'letter', sender: '', intent: 'scam.refund_atm',
    body: '12/7 10時すぎ 電話\n市役所 ほけん課 ヤマダさん\n医療費の返金 32,000円\n今日まで！\nキャッシュカード持って\nスーパーのATMへ\n着いたら電話 080-0000-5147',
  },
  memoPin: {
    id: 'memo-pin', kind: 'letter', sender: '', intent: 'faq.pin',
    body: 'マイナンバーカードの暗証番号\n3回まちがえるとロック\n忘れたら市役所の市民課へ\nカードと免許証を持っていく\n電話やメールで聞かれても言わない',
  },
  receiptCard: {
    id: 'receipt-card-taken', kind: 'letter', sender: 'かえで市役所 保険年金課', subject: '預り証', intent: 'scam.card_mail_request',
    body: '下記の物品を確かにお預かりしました。確認が済みしだい、ご返却いたします。',
    table: [{ label: 'マイナンバーカード', value: '1枚' }, { label: 'キャッシュカード', value: '2枚' }, { label: '暗証番号控え', value: '1通' }],
    after: '担当 伊藤　連絡先 090-0000-2381',
  },
  foldedHoken: {
    id: 'folded-hoken-switch', kind: 'letter', sender: '健康保険証切替事務局', subject: 'マイナ保険証への切り替えのお願い', intent: 'scam.health_insurance',
    body: 'お持ちの健康保険証は、12月末をもって使えなくなります。マイナ保険証への切り替えがお済みでない方は、同封の申込書に、保険証の記号・番号、マイナンバー、振替口座とキャッシュカードの暗証番号をご記入のうえ、12月14日までに返信用封筒でお送りください。\n期日までにお送りいただけない場合、医療費は全額自己負担となります。',
    table: [{ label: '返送期限', value: '12月14日' }, { label: 'お問合せ', value: '0120-000-847' }],
  },
  glossyPoint: {
    id: 'glossy-point-coupon', kind: 'letter', sender: 'マイナポイント特典事務局', subject: 'マイナポイント 特典引換券', intent: 'scam.phishing',
    body: 'マイナンバーカードをお持ちの方だけの特別なご案内です。\n右のQRコードからカード情報と口座を登録すると、30,000円分のポイントをお受け取りいただけます。\n引換期限 12月20日',
  },
} satisfies Record<string, PaperText>;

/** The texts of every image, by text ID (for the manifest). */
export const ALL3: readonly UnseenText[] = [...Object.values(SNS3), ...Object.values(SMS3), ...Object.values(VOICE3), ...Object.values(MAIL3), ...Object.values(KEITAI3), ...Object.values(TV3), ...Object.values(PAPER3)];
