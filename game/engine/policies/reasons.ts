// Why a computer-run provider did what it did, as data (contract C2): a code and the numbers
// the policy actually used. The text is built from those numbers only, so a reason can never
// claim a cut, a rival or a margin that the decision does not carry.
//
// Parameter conventions, shared by every code (tests/engine/policy-reasons.property.test.ts
// checks them against the decision):
//   C, S, T        the price change made this quarter per line (fraction; -0.08 = cut 8%)
//   tokenPrice     the token list price after this quarter's change (CNY per million tokens)
//   rival          id of the provider the policy compared itself with; rivalEn / rivalZh its name
//   rivalChange    that rival's price change last quarter (fraction)
//   rivalPrice     that rival's list price last quarter (index, or CNY per M tokens for T)
//   gap            own price over the rival's, minus 1, before this quarter's change (fraction)

import type { Text } from '../types.ts';

export interface PolicyReason {
  code: string;
  params: Record<string, number | string>;
}

type Params = PolicyReason['params'];

function num(p: Params, key: string): number {
  const v = p[key];
  return typeof v === 'number' ? v : Number.NaN;
}

function str(p: Params, key: string): string {
  const v = p[key];
  return typeof v === 'string' ? v : String(v ?? '');
}

// These texts are read by players, so they follow the game's typography (game/i18n/format.ts,
// which the engine may not import): a negative number carries the minus sign U+2212, and a
// percentage is written without a space before "%" in both languages ("−8.4%").
const MINUS = '\u2212';

/** A number with `digits` decimals, negative ones signed with U+2212 ("−0.35"), zero unsigned. */
function signedFixed(value: number, digits: number): string {
  const text = Math.abs(value).toFixed(digits);
  return value < 0 && Number(text) !== 0 ? `${MINUS}${text}` : text;
}

/** Signed percentage with one decimal, e.g. -0.084 -> "−8.4%", 0.05 -> "+5.0%". */
export function signedPercent(value: number): string {
  const rounded = Math.round(value * 1000) / 10;
  const sign = rounded > 0 ? '+' : rounded < 0 ? MINUS : '';
  return `${sign}${Math.abs(rounded).toFixed(1)}%`;
}

/** Unsigned percentage with one decimal. */
export function plainPercent(value: number): string {
  return `${(Math.round(Math.abs(value) * 1000) / 10).toFixed(1)}%`;
}

function yuan(valueCnyB: number, zh: boolean): string {
  // 1 CNY B = 10 亿元.
  // Small sums keep two decimals so that a forecast of 0.04 does not read as nothing.
  const digits = Math.abs(valueCnyB) < 1 ? 2 : 1;
  return zh
    ? `${signedFixed(valueCnyB * 10, digits)} 亿元`
    : `CNY ${signedFixed(valueCnyB, digits)} B`;
}

function tokenYuan(value: number, zh: boolean): string {
  const digits = value < 10 ? 2 : 1;
  return zh ? `每百万 token ${value.toFixed(digits)} 元` : `CNY ${value.toFixed(digits)}/M tokens`;
}

/** A change of share in percentage points, e.g. 0.006 -> "0.6 pp". */
function points(value: number, zh: boolean): string {
  const v = (Math.round(Math.abs(value) * 1000) / 10).toFixed(1);
  return zh ? `${v} 个百分点` : `${v} pp`;
}

function rivalName(p: Params, zh: boolean): string {
  return str(p, zh ? 'rivalZh' : 'rivalEn') || str(p, 'rival');
}

// Compute and storage prices are indexes (each line's price at the scenario's start is 1): the
// reasons say so wherever they print one, since these lines have no unit a player would know.
const LINE_WORDS: Record<'C' | 'S' | 'T', Text> = {
  C: { en: 'compute', zh: '算力' },
  S: { en: 'storage', zh: '存储' },
  T: { en: 'tokens', zh: 'token' },
};

/** The price changes actually made, e.g. "Prices: compute −8.0%, storage −9.0%." */
function movesText(p: Params): Text {
  const en: string[] = [];
  const zh: string[] = [];
  for (const line of ['C', 'S', 'T'] as const) {
    if (typeof p[line] !== 'number') continue;
    const change = num(p, line);
    const price = line === 'T' && typeof p['tokenPrice'] === 'number' ? num(p, 'tokenPrice') : NaN;
    const suffixEn = Number.isFinite(price) ? ` (to ${tokenYuan(price, false)})` : '';
    const suffixZh = Number.isFinite(price) ? `（至${tokenYuan(price, true)}）` : '';
    en.push(`${LINE_WORDS[line].en} ${signedPercent(change)}${suffixEn}`);
    zh.push(`${LINE_WORDS[line].zh} ${signedPercent(change)}${suffixZh}`);
  }
  if (en.length === 0) return { en: '', zh: '' };
  return { en: ` Prices: ${en.join(', ')}.`, zh: `调价：${zh.join('，')}。` };
}

const TEMPLATES: Record<string, (p: Params) => Text> = {
  script: (p) => ({ en: str(p, 'en'), zh: str(p, 'zh') }),
  'track-path': () => ({
    en: 'Kept list prices on the market’s usual downward path.',
    zh: '价格随行业常规降价节奏调整。',
  }),
  'follow-match': (p) => {
    const lost = str(p, 'trigger') === 'share';
    const gap = num(p, 'gap');
    const cheaper = gap >= 0;
    return {
      en:
        `${rivalName(p, false)} (${signedPercent(num(p, 'rivalChange'))} last quarter) was ` +
        `${plainPercent(gap)} ${cheaper ? 'cheaper' : 'dearer'} on compute` +
        (lost ? ` and our IaaS share fell ${points(num(p, 'shareLoss'), false)}` : '') +
        `: cut toward at most ${plainPercent(num(p, 'markup'))} above it; compute now ${plainPercent(num(p, 'gapAfter'))} ${num(p, 'gapAfter') >= 0 ? 'above' : 'below'} its price.`,
      zh:
        `${rivalName(p, true)}上季度调价 ${signedPercent(num(p, 'rivalChange'))}，算力价格比我方${cheaper ? '低' : '高'} ${plainPercent(gap)}` +
        (lost ? `，我方 IaaS 份额下降 ${points(num(p, 'shareLoss'), true)}` : '') +
        `：降价至其价格之上不超过 ${plainPercent(num(p, 'markup'))}；算力价格现${num(p, 'gapAfter') >= 0 ? '高' : '低'}于其 ${plainPercent(num(p, 'gapAfter'))}。`,
    };
  },
  'follow-hold': (p) => ({
    en:
      `The cheapest large rival, ${rivalName(p, false)}, was ${plainPercent(num(p, 'gap'))} ` +
      `${num(p, 'gapSign') < 0 ? 'dearer' : 'cheaper'} on compute, inside our ${plainPercent(num(p, 'threshold'))} tolerance: stayed on the market path.`,
    zh:
      `主要对手中最便宜的${rivalName(p, true)}算力价格${num(p, 'gapSign') < 0 ? '高于' : '低于'}我方 ${plainPercent(num(p, 'gap'))}，` +
      `在 ${plainPercent(num(p, 'threshold'))} 的容忍范围内：价格随行业节奏调整。`,
  }),
  'hybrid-follow': (p) => ({
    en:
      `Market leader ${rivalName(p, false)} cut compute ${plainPercent(num(p, 'rivalCut'))} beyond the market path: ` +
      `matched ${plainPercent(num(p, 'fraction'))} of it and kept courting government buyers.`,
    zh:
      `市场领先者${rivalName(p, true)}算力在行业节奏之外额外降价 ${plainPercent(num(p, 'rivalCut'))}：` +
      `跟进其中 ${plainPercent(num(p, 'fraction'))}，继续争取政企客户。`,
  }),
  'hybrid-hold': (p) => ({
    en: `Market leader ${rivalName(p, false)} made no cut beyond the market path: stayed on it and spent on security and government sales.`,
    zh: `市场领先者${rivalName(p, true)}未在行业节奏之外额外降价：价格随行业节奏调整，投入安全合规与政企销售。`,
  }),
  'margin-trim': (p) => ({
    en:
      `Only ${plainPercent(num(p, 'utilisation'))} of CPU capacity was used: trimmed compute toward ` +
      `cost (unit cost ${num(p, 'unitCost').toFixed(2)} against a price of ${num(p, 'price').toFixed(2)}, both indexed to a start price of 1), never below half the ${plainPercent(num(p, 'lerner'))} target margin.`,
    zh:
      `CPU 产能利用率仅 ${plainPercent(num(p, 'utilisation'))}：向成本方向小幅降价（单位成本 ${num(p, 'unitCost').toFixed(2)}，` +
      `价格 ${num(p, 'price').toFixed(2)}，均以期初价格为 1），不低于目标利润率 ${plainPercent(num(p, 'lerner'))} 的一半。`,
  }),
  'margin-hold': (p) => ({
    en:
      `Compute earns a ${plainPercent(num(p, 'margin'))} margin over unit cost (target ${plainPercent(num(p, 'lerner'))}); ` +
      `${rivalName(p, false)} is ${plainPercent(num(p, 'gap'))} cheaper, but we do not follow rivals’ cuts or enter the token war.`,
    zh:
      `算力毛利率 ${plainPercent(num(p, 'margin'))}（目标 ${plainPercent(num(p, 'lerner'))}）；` +
      `${rivalName(p, true)}便宜 ${plainPercent(num(p, 'gap'))}，但我方不跟进对手降价，也不参与 token 价格战。`,
  }),
  'penetration-tokens': (p) => {
    const price = num(p, 'tokenPrice');
    const ofRival = price / num(p, 'rivalPrice');
    const below = price < num(p, 'unitCost');
    return {
      en:
        `Priced tokens at ${tokenYuan(price, false)}, ${plainPercent(ofRival)} of ${rivalName(p, false)}’s ` +
        `${tokenYuan(num(p, 'rivalPrice'), false)} and ${below ? 'below' : 'above'} our unit cost of ${tokenYuan(num(p, 'unitCost'), false)}, ` +
        `to win new AI workloads; token losses so far ${yuan(num(p, 'losses'), false)} of a ${yuan(num(p, 'budget'), false)} budget.`,
      zh:
        `token 定价${tokenYuan(price, true)}，为${rivalName(p, true)}（${tokenYuan(num(p, 'rivalPrice'), true)}）的 ${plainPercent(ofRival)}，` +
        `${below ? '低于' : '高于'}单位成本（${tokenYuan(num(p, 'unitCost'), true)}），以争取新增 AI 负载；累计 token 亏损 ${yuan(num(p, 'losses'), true)}，预算 ${yuan(num(p, 'budget'), true)}。`,
    };
  },
  'penetration-compute': (p) => {
    const gap = num(p, 'computePrice') / num(p, 'rivalPrice') - 1;
    return {
      en: `Aims compute 10% under the cheapest rival, ${rivalName(p, false)} (price ${num(p, 'rivalPrice').toFixed(2)}, indexed to a start price of 1); now ${plainPercent(gap)} ${gap <= 0 ? 'under' : 'over'} it. Kept building GPUs ahead of AI demand.`,
      zh: `算力目标价比最便宜的对手${rivalName(p, true)}低 10%（对方价格 ${num(p, 'rivalPrice').toFixed(2)}，以期初价格为 1），现${gap <= 0 ? '低' : '高'}于其 ${plainPercent(gap)}；继续超前建设 GPU。`,
    };
  },
  'penetration-spent': (p) => ({
    en: `Token losses reached ${yuan(num(p, 'losses'), false)}, the whole ${yuan(num(p, 'budget'), false)} budget: stopped cutting tokens below cost.`,
    zh: `token 累计亏损达 ${yuan(num(p, 'losses'), true)}，用完 ${yuan(num(p, 'budget'), true)} 预算：不再低于成本降价。`,
  }),
  'open-weights-path': (p) => {
    const below = num(p, 'tokenPrice') < num(p, 'unitCost');
    const known = str(p, 'costKnown') === 'yes';
    const released = str(p, 'openSource') === 'yes';
    return {
      en:
        `Priced its API on its announced path at ${tokenYuan(num(p, 'tokenPrice'), false)}` +
        (known
          ? `, ${below ? 'below' : 'above'} its unit cost of ${tokenYuan(num(p, 'unitCost'), false)}`
          : ', with no tokens served last quarter to cost it against') +
        `, on a fixed cluster${released ? '; released its weights openly' : ''}.`,
      zh:
        `API 按既定路径定价${tokenYuan(num(p, 'tokenPrice'), true)}` +
        (known
          ? `，${below ? '低于' : '高于'}单位成本（${tokenYuan(num(p, 'unitCost'), true)}）`
          : '，上季度未售出 token，无单位成本可比') +
        `，集群规模固定${released ? '；开源模型权重' : ''}。`,
    };
  },
  'open-weights-closed': () => ({
    en: 'The token market is not open yet: kept its cluster for training.',
    zh: 'token 市场尚未开放：集群用于训练。',
  }),
  punish: (p) => {
    const gap = num(p, 'gapAfter');
    const left = num(p, 'quartersLeft');
    return {
      en:
        `${rivalName(p, false)} cut ${plainPercent(num(p, 'rivalCut'))} beyond the market path in ${str(p, 'quarter')}: ` +
        `answered with a deeper cut, compute now ${plainPercent(gap)} ${gap <= 0 ? 'under' : 'over'} theirs` +
        `${left > 0 ? `, for ${left} more quarter${left === 1 ? '' : 's'}` : ', for this last quarter'}.`,
      zh:
        `${rivalName(p, true)}于 ${str(p, 'quarter')} 在行业节奏之外额外降价 ${plainPercent(num(p, 'rivalCut'))}：` +
        `以更深的降价回击，算力价格现${gap <= 0 ? '低' : '高'}于对方 ${plainPercent(gap)}` +
        `${left > 0 ? `，再持续 ${left} 个季度` : '，本季度为最后一季'}。`,
    };
  },
  forgive: (p) => ({
    en: `Punishment of ${rivalName(p, false)}’s ${str(p, 'quarter')} cut is over: moved prices back toward ${plainPercent(num(p, 'markup'))} above theirs.`,
    zh: `对${rivalName(p, true)} ${str(p, 'quarter')} 降价的回击结束：价格回调至其价格之上 ${plainPercent(num(p, 'markup'))}。`,
  }),
  'best-response': (p) => ({
    en:
      `Tried ${num(p, 'candidates')} compute and storage prices against rivals’ current prices (cheapest: ${rivalName(p, false)}, compute at ${num(p, 'rivalPrice').toFixed(2)}, indexed to a start price of 1). ` +
      `The best (compute ${signedPercent(num(p, 'bestC'))}, storage ${signedPercent(num(p, 'bestS'))}) is forecast to earn EBITA of ${yuan(num(p, 'forecast'), false)} next quarter, ` +
      `against ${yuan(num(p, 'baseline'), false)} for its usual move (compute ${signedPercent(num(p, 'ownC'))}, storage ${signedPercent(num(p, 'ownS'))}); went ${plainPercent(num(p, 'step'))} of the way.`,
    zh:
      `以对手现价（最低为${rivalName(p, true)}，算力价格 ${num(p, 'rivalPrice').toFixed(2)}，以期初价格为 1）试算 ${num(p, 'candidates')} 组算力与存储价格；` +
      `最优方案（算力 ${signedPercent(num(p, 'bestC'))}，存储 ${signedPercent(num(p, 'bestS'))}）预计下季度 EBITA ${yuan(num(p, 'forecast'), true)}，` +
      `常规调价（算力 ${signedPercent(num(p, 'ownC'))}，存储 ${signedPercent(num(p, 'ownS'))}）则为 ${yuan(num(p, 'baseline'), true)}；本季度朝最优方案调整 ${plainPercent(num(p, 'step'))}。`,
  }),
  'cash-buffer': (p) => ({
    en: `Cash ${yuan(num(p, 'cash'), false)} against a floor of ${yuan(num(p, 'floor'), false)}: held spending to ${plainPercent(num(p, 'scale'))} of plan to keep a buffer.`,
    zh: `现金 ${yuan(num(p, 'cash'), true)}，下限 ${yuan(num(p, 'floor'), true)}：支出压缩至计划的 ${plainPercent(num(p, 'scale'))}，保留缓冲。`,
  }),
};

export const REASON_CODES = Object.keys(TEMPLATES);

/** The reason in both languages, built from its parameters only. */
export function reasonText(reason: PolicyReason): Text {
  const template = TEMPLATES[reason.code];
  const base = template ? template(reason.params) : { en: reason.code, zh: reason.code };
  const moves = movesText(reason.params);
  const extra = reason.params['then'];
  const then =
    typeof extra === 'string' && TEMPLATES[extra] ? TEMPLATES[extra](reason.params) : undefined;
  return {
    en: `${base.en}${then ? ` ${then.en}` : ''}${moves.en}`,
    zh: `${base.zh}${then ? then.zh : ''}${moves.zh}`,
  };
}
