/**
 * Texts for the second unseen image set, "unseen2" (scripts/render-unseen2-images.ts), written on
 * 2026-12-07 after the OCR rules had been tuned on the first unseen set, by a helper who had not
 * read the first set's reads. Written fresh for this set, in the register of the scam SMS, mails,
 * LINE messages, web pages, letters and postcards that police, consumer-centre and city warning
 * pages describe (their wording studied, none of it pasted). Every name, number, address and link
 * is made up. `intent` is the taxonomy ID (/work/shared/spec/taxonomy.md) judged by hand from the
 * text before any image was read, not by the classifier.
 */
import type { PaperRow, PaperText, UnseenText } from './unseen-texts.ts';

export type { PaperRow, PaperText, UnseenText };

/** SMS (and SMS-like notifications). */
export const SMS2: Record<string, UnseenText> = {
  yamatoAddress: {
    id: 'yamato-address', sender: '+81 80-3952-6618', intent: 'scam.general_phishing',
    body: '【ヤマト運輸】お届け先のご住所に不備があったため、お荷物を営業所でお預かりしています。保管期限は明日までです。ご住所の確認はこちらから\nhttps://kuroneko-jpcheck.cyou/a8',
  },
  benefitApply: {
    id: 'benefit-apply', sender: '総務省', intent: 'scam.phishing',
    body: '【総務省】マイナンバーカードをお持ちの方に、物価高騰対策の特別給付金3万円をお支払いします。受取口座の登録期限は12月14日です。\nhttps://soumu-kyufu.jp-shinsei.net',
  },
  policeAccount: {
    id: 'police-account', sender: '+81 90-4418-2730', intent: 'scam.fake_police',
    body: '警視庁生活安全課の中村です。あなた名義の銀行口座が犯罪で得たお金の送金に使われた疑いがあります。至急 090-4418-2730 まで折り返しお電話ください。',
  },
  medicalRefund: {
    id: 'medical-refund', sender: '後期高齢者医療', intent: 'scam.refund_atm',
    body: '【後期高齢者医療広域連合】医療費の払い戻し28,640円のお手続きがまだ済んでいません。本日中に050-3127-8846へお電話いただければ、お近くのATMでお受け取りになれます。',
  },
  etcSuspend: {
    id: 'etc-suspend', sender: 'ETC利用照会', intent: 'scam.general_phishing',
    body: '【ETC利用照会サービス】ご登録のETCカードの有効期限が切れているため、本日から利用を停止します。引き続きご利用になる方は、こちらで手続きしてください。\nhttps://etc-meisai-jp.buzz/login',
  },
  ntaFinal: {
    id: 'nta-final', sender: '+81 70-1836-4407', intent: 'scam.general_phishing',
    body: '【国税庁】差押え予告のお知らせ。未納の税金の納付が確認できません。最終期限は本日です。お支払いはこちら\nhttps://nta-nofu.vip/pay',
  },
  hokenshoInvalid: {
    id: 'hokensho-invalid', sender: '保険者からのお知らせ', intent: 'scam.health_insurance',
    body: 'お持ちの保険証は12月末で無効になります。マイナ保険証の紐付けがまだの方は、下記から登録しないと医療費が全額自己負担になります。\nhttps://myna-hoken-touroku.com',
  },
  primeCard: {
    id: 'prime-card', sender: 'Amazon', intent: 'scam.general_phishing',
    body: 'Amazonプライムの会費のお支払いに使えるカードが見つかりません。12時間以内に更新されない場合、アカウントを停止いたします。\nhttps://amazon-co-jp.account-upd.top',
  },
  leakGiftcard: {
    id: 'leak-giftcard', sender: '+81 80-6674-1209', intent: 'scam.leak_threat',
    body: '【個人情報流出のお知らせ】あなたのマイナンバーを含む個人情報が、海外のサイトに載っています。削除の代行費用はギフトカードでお支払いください。連絡先 080-6674-1209',
  },
  bankOtp: {
    id: 'bank-otp', sender: 'みずほ銀行', intent: 'meta.out_of_scope',
    body: '【みずほ銀行】ワンタイムパスワードは 482913 です。有効期限は10分です。このパスワードは誰にも教えないでください。',
  },
  libraryReturn: {
    id: 'library-return', sender: 'みどり市立図書館', intent: 'meta.out_of_scope',
    body: 'みどり市立図書館です。お借りになっている本2冊の返却期限は12月10日です。延長をご希望の方は、図書館のホームページか窓口でお手続きください。',
  },
  lawsuitSite: {
    id: 'lawsuit-site', sender: '+81 3-5841-2276', intent: 'scam.unpaid_lawsuit',
    body: '【民事訴訟管理センター】ご利用になった有料サイトの料金が未納のため、訴訟の準備に入りました。取り下げをご希望の方は、本日18時までに 03-5841-2276 へご連絡ください。',
  },
  renewalFee: {
    id: 'renewal-fee', sender: 'カード更新受付', intent: 'scam.fee_demand',
    body: '【マイナンバーカード更新受付】カードの更新手数料2,500円がまだ納められていません。本日中に 0570-081-332 へお電話いただき、コンビニでのお支払い番号をお受け取りください。',
  },
};

/** LINE and other messengers. */
export const CHAT2: Record<string, UnseenText> = {
  stockGroup: {
    id: 'stock-group', sender: '株式研究会 アシスタント', intent: 'scam.investment_romance',
    body: '本日の推奨銘柄は必ず上がります。先生の指示どおりに買った方は3日で40%の利益が出ました。参加枠は残り5名です。専用アプリへの入金はアシスタントまでご相談ください。',
  },
  romanceDoctor: {
    id: 'romance-doctor', sender: 'Michael', intent: 'scam.investment_romance',
    body: '私は国連の医師として中東で働いています。あなたに会うため日本へ帰りたいのですが、手続きに費用がかかります。必ず返しますので、30万円を送ってもらえませんか。',
  },
  policeLine: {
    id: 'police-line', sender: '大阪府警 捜査二課 山口', intent: 'scam.fake_police',
    body: '先ほどお電話した件です。あなたの口座の資産を確認する必要があります。これからビデオ通話で警察手帳をお見せしますので、身分証を用意してお待ちください。',
  },
  daughterDinner: {
    id: 'daughter-dinner', sender: 'ゆかり', intent: 'meta.out_of_scope',
    body: 'お父さん、来週の日曜にみんなでご飯に行こうよ。お店は駅前のお寿司屋さんでいい？孫たちも楽しみにしてるよ。',
  },
  hokenStaffCall: {
    id: 'hoken-staff-call', sender: '市役所 健康保険課', intent: 'scam.health_insurance',
    body: 'マイナ保険証への切り替えがお済みでない方には、職員がお電話で登録を代行しています。お手元の保険証の番号と、引き落とし口座の番号をお知らせください。',
  },
  pointForward: {
    id: 'point-forward', sender: 'マイナポイント事務局', intent: 'scam.phishing',
    body: '【マイナポイント事務局】ポイント付与の最終確認です。マイナンバーカードの番号と暗証番号を入力して、受け取りを完了してください。\nhttps://mynapoint-kakunin.click',
  },
};

/** Mails (subject + body). */
export const MAIL2: Record<string, UnseenText> = {
  jlisFake: {
    id: 'mail-jlis-fake', sender: '電子証明書更新センター <notice@jlis-koushin.net>', subject: '【要対応】電子証明書の有効期限が切れています', intent: 'scam.phishing',
    body: 'いつもマイナンバーカードをご利用いただきありがとうございます。\nお客様の署名用電子証明書の有効期限が過ぎています。このままではマイナポータルやコンビニ交付がご利用になれません。\n下記のページでカード番号と暗証番号を入力し、本日中に更新を完了してください。\nhttps://jlis-koushin.net/renew',
  },
  bankSecurity: {
    id: 'mail-bank-security', sender: '三菱UFJ銀行 <info@mufg-anshin.top>', subject: '【重要】お取引を一時的に制限しています', intent: 'scam.general_phishing',
    body: 'お客様の口座で、普段と異なるお取引が確認されました。安全のため、現在お取引を一時的に制限しています。\n制限を解除するには、24時間以内に下記からログインし、ご本人確認を行ってください。\nhttps://mufg-anshin.top/login\n期限を過ぎますと、口座は凍結されます。',
  },
  cityQualification: {
    id: 'mail-city-qualification', sender: 'みどり市 保険年金課 <hoken@city.midori.example.jp>', subject: '資格確認書の送付について', intent: 'faq.health_insurance_card',
    body: '保険年金課からのお知らせです。\nマイナ保険証をお持ちでない方には、資格確認書を12月中に郵送でお送りします。申請は必要ありません。\n届いた資格確認書は、病院や薬局の窓口でお見せください。\nお問い合わせ 保険年金課 0467-82-4412',
  },
  eposCheck: {
    id: 'mail-card-check', sender: 'エポスカード <support@eposcard-check.cn>', subject: 'ご利用確認のお願い', intent: 'scam.general_phishing',
    body: 'いつもエポスカードをご利用いただき、ありがとうございます。\n第三者による不正なご利用の疑いがあるお取引を確認しました。お客様のご利用かどうか、下記のリンクからご回答ください。\nhttps://eposcard-check.cn/confirm\nご回答がない場合、カードのご利用を停止することがあります。',
  },
  goldPitch: {
    id: 'mail-gold-pitch', sender: '資産防衛相談室 <info@shisan-mamoru.jp>', subject: 'マイナンバーで預金が国に把握される前に', intent: 'scam.sales_pitch',
    body: 'マイナンバーと銀行口座の紐付けで、ご自宅以外の預金はすべて国に把握されます。\n今のうちに預金を金（ゴールド）に替えて、ご自宅で保管されることをおすすめします。\n無料のご相談は 0120-774-358 まで。今月中のお申し込みで、保管用の金庫を差し上げます。',
  },
};

/** Web pages: the first line is the notice, the middle lines the form's labels, the last line its button. */
export const WEB2: Record<string, UnseenText> = {
  cardForm: {
    id: 'web-card-form', sender: 'https://smbc-card.secure-auth-jp.com/verify', subject: '三井住友カード 本人認証サービス', intent: 'scam.general_phishing',
    body: 'ご本人様確認のため、以下の項目をすべてご入力ください。確認が完了するまで、カードのご利用を制限しております。\nカード番号\n有効期限（月/年）\nセキュリティコード\n生年月日\nご本人確認を完了する',
  },
  mynaRefundForm: {
    id: 'web-myna-account', sender: 'https://myna-portal.kyufu-touroku.net/', subject: 'マイナポータル 公金受取口座登録', intent: 'scam.phishing',
    body: '給付金を受け取るには、公金受取口座の再登録が必要です。12月15日までに以下をご入力ください。\nお名前\nマイナンバー（12桁）\n金融機関名・口座番号\nキャッシュカードの暗証番号\n登録する',
  },
};

/** Notifications shown in a list: the scam one among everyday ones (those are not the message). */
export const NOTIFY2: Record<string, UnseenText> = {
  mynaExpiry: {
    id: 'notify-myna-expiry', sender: 'マイナポータル', intent: 'scam.phishing',
    body: '【マイナポータル】電子証明書の更新期限を過ぎています。更新はこちら https://mynaportal-koushin.info',
  },
  pensionRefund: {
    id: 'notify-pension-refund', sender: '+81 50-6620-3184', intent: 'scam.refund_atm',
    body: '【年金機構】お受け取りになっていない年金があります。受け取りのお手続きは 0120-336-802 までお電話ください。',
  },
};

/** Paper: letters, postcards, a flyer, a slip, a circular. */
export const PAPER2: Record<string, PaperText> = {
  cardReturn: {
    id: 'paper-card-return', kind: 'letter', sender: 'マイナンバーカード管理事務局', subject: 'マイナンバーカード交換のお知らせ', intent: 'scam.card_mail_request',
    body: '拝啓 師走の候、ますますご健勝のこととお喜び申し上げます。\nさて、お手持ちのマイナンバーカードは、ICチップの仕様変更により、来年1月以降ご利用になれなくなります。新しいカードと交換いたしますので、現在のカードを同封の返信用封筒に入れ、下記の期日までにご返送ください。\n敬具',
    table: [{ label: '返送期日', value: '令和8年12月20日' }, { label: '同封するもの', value: 'マイナンバーカード、通帳の写し' }, { label: 'お問合せ', value: '0120-563-218' }],
  },
  qualificationGenuine: {
    id: 'paper-qualification', kind: 'letter', sender: 'みどり県後期高齢者医療広域連合', subject: '資格確認書をお送りします', intent: 'faq.health_insurance_card',
    body: 'マイナ保険証をお持ちでない方に、資格確認書をお送りします。病院や薬局では、この資格確認書を窓口でお見せください。申請の手続きや手数料は必要ありません。\nこの件で広域連合や市の職員が、お電話で口座番号や暗証番号をお聞きすることはありません。',
    table: [{ label: '有効期限', value: '令和9年7月31日' }, { label: '負担割合', value: '1割' }, { label: 'お問合せ', value: 'みどり市 保険年金課' }],
  },
  lawsuitPostcard: {
    id: 'paper-lawsuit-notice', kind: 'postcard', sender: '民事訴訟告知管理局', subject: '消費料金未納に関する訴訟告知のお知らせ', intent: 'scam.unpaid_lawsuit',
    body: '貴殿が契約された会社より、未納の料金について訴状が提出されましたのでお知らせします。\n本書到着後、期日までにご連絡がない場合は、原告の主張を認めたものとして、財産の差押えを行います。\n訴訟の取り下げに関するご相談は、下記窓口で受け付けております。',
    table: [{ label: '管理番号', value: 'ろ-4471' }, { label: '取下げ期日', value: '12月12日' }, { label: '相談窓口', value: '03-6915-2807' }],
  },
  refundLetter: {
    id: 'paper-medical-refund', kind: 'letter', sender: '医療費還付受付センター', subject: '医療費還付金のお知らせ', intent: 'scam.refund_atm',
    body: 'あなたには過去5年分の医療費の還付金がございます。還付金のお受け取りには、期日までのお手続きが必要です。\n下記のフリーダイヤルにお電話のうえ、担当者の案内に従って、お近くのATMでお手続きください。',
    table: [{ label: '還付金額', value: '34,820円' }, { label: '手続き期日', value: '12月11日' }, { label: 'フリーダイヤル', value: '0120-918-604' }],
  },
  goldFlyer: {
    id: 'paper-gold-flyer', kind: 'letter', sender: '株式会社 ゴールド資産ネット', subject: 'ご自宅の現金、このままで大丈夫ですか？', intent: 'scam.sales_pitch',
    body: 'マイナンバー制度で、あなたの預金はすべて調べられます。\n相続税の対象になる前に、現金を金に替えて守りましょう。\n無料訪問相談、実施中。',
    table: [{ label: '受付', value: '0120-447-962' }, { label: '受付時間', value: '毎日9時〜19時' }],
  },
  visitSlip: {
    id: 'paper-visit-slip', kind: 'letter', sender: 'みどり市役所 番号確認室', subject: 'マイナンバー確認訪問のお知らせ', intent: 'scam.fake_official_visit',
    body: '市では、マイナンバーカードの登録内容を確認するため、各ご家庭を順に訪問しています。下記の日時に職員がお伺いしますので、次のものをご用意ください。',
    table: [{ label: '訪問日時', value: '12月9日（水）午前' }, { label: 'ご用意いただくもの', value: 'マイナンバーカード、通帳、印鑑' }],
    after: 'ご不在の場合は、改めてご連絡いたします。',
  },
  garbageCircular: {
    id: 'paper-garbage-circular', kind: 'letter', sender: 'みどり台自治会', subject: '年末年始のごみ収集について', intent: 'meta.out_of_scope',
    body: '年末年始は、ごみの収集日が次のとおり変わります。収集日の朝8時30分までに、決められた場所へお出しください。',
    table: [{ label: '燃えるごみ', value: '12月30日まで・1月4日から' }, { label: '資源ごみ', value: '12月28日まで・1月6日から' }],
    after: '回覧が終わりましたら、次の方へお回しください。',
  },
  leakLetter: {
    id: 'paper-leak-letter', kind: 'letter', sender: '個人情報削除支援機構', subject: '個人情報流出に関する重要なご案内', intent: 'scam.leak_threat',
    body: '貴殿のマイナンバーを含む個人情報が、複数の名簿業者の間で売買されていることが判明しました。\nこのままでは、預金の引き出しや借金に悪用されるおそれがあります。情報の削除をご希望の方は、下記までご連絡ください。削除には保証金として電子マネーのご購入が必要です。',
    table: [{ label: '受付番号', value: 'KD-2291' }, { label: 'ご連絡先', value: '03-4520-7718' }],
  },
};
