import type { messagingApi } from '@line/bot-sdk';
import type { CheckExpiredDecision, CheckQuestionDecision } from '../decide/decision.ts';
import { formatPostback } from '../postback/postback.ts';
import { fillTemplate } from '../data/template.ts';
import type { Knowledge } from '../runtime/knowledge.ts';
import { bubble, button, column, flexMessage, line, postbackAction } from './flex-components.ts';
import type { MenuButton } from './menu-buttons.ts';
import { quickReply, withQuickReply } from './quick-replies.ts';
import { mainMenuButton } from './render-answer.ts';
import { COLORS, VERDICT_STYLES } from './theme.ts';

/** The menu offered beside the questions for those who prefer to pick from the list of scams. */
const SCAM_MENU = 'scam';

/**
 * One question of the guided check: a card with the question in large type and one large
 * button per option, the same options as quick-reply chips, and 「一覧から選ぶ」. Each button's
 * postback carries the answers so far plus its own (no session on the server).
 */
export function renderCheckQuestion(decision: CheckQuestionDecision, knowledge: Knowledge): messagingApi.Message {
  const { check } = knowledge.replies;
  const question = check.questions[decision.step];
  const options: MenuButton[] = question.options.map((o) => ({
    label: o.label,
    data: formatPostback({ kind: 'check', state: { ...decision.state, answers: { ...decision.state.answers, [decision.step]: o.id } } }),
  }));
  const style = VERDICT_STYLES.meta;
  const header = column(
    [
      line(fillTemplate(check.texts.progress, { left: String(decision.left) }), { size: 'sm', weight: 'bold', color: style.headerInk }),
      line(question.text, { size: 'xl', weight: 'bold', color: style.headerInk, margin: 'sm' }),
    ],
    { backgroundColor: style.header, paddingAll: 'lg' },
  );
  const intro = decision.first ? [line(check.texts.intro, { color: COLORS.ink })] : [];
  const buttons = options.map((o, i) => button(postbackAction(o.label, o.data), { style: 'secondary', margin: i === 0 && intro.length > 0 ? 'lg' : 'sm' }));
  const card = bubble({ header, body: column([...intro, ...buttons], { paddingAll: 'lg' }) });
  const chips: MenuButton[] = [...options, listButton(knowledge), mainMenuButton(knowledge)];
  return withQuickReply(flexMessage(question.text, [card]), quickReply(chips));
}

/** A check button older than its time limit: say so and offer to start again. */
export function renderCheckExpired(_decision: CheckExpiredDecision, knowledge: Knowledge): messagingApi.Message {
  const { texts } = knowledge.replies.check;
  const restart: MenuButton = { label: texts.restart, data: formatPostback({ kind: 'check', state: null }) };
  const card = bubble({
    body: column([line(texts.expired, { size: 'lg', weight: 'bold' })], { paddingAll: 'lg' }),
    footer: column([button(postbackAction(restart.label, restart.data))]),
  });
  return withQuickReply(flexMessage(texts.expired, [card]), quickReply([restart, listButton(knowledge), mainMenuButton(knowledge)]));
}

function listButton(knowledge: Knowledge): MenuButton {
  return { label: knowledge.replies.check.texts.chooseFromList, data: formatPostback({ kind: 'menu', menu: SCAM_MENU }) };
}
