// The few words the map prints itself, in both languages. Names of segments and providers come
// from the scenario's {en, zh} texts.

import type { Locale } from '../store/index.ts';

const WORDS = {
  cash: { en: 'Cash', zh: '现金' },
  debt: { en: 'Debt', zh: '负债' },
  creditLimit: { en: 'credit limit', zh: '信贷额度' },
  interest: { en: 'Interest', zh: '利息' },
  cashFloor: { en: 'Cash floor', zh: '现金底线' },
  injected: { en: 'Parent injected', zh: '母公司注资' },
  share: { en: 'IaaS share', zh: 'IaaS 份额' },
  volumeShare: { en: 'Volume share', zh: '用量份额' },
  revenueShare: { en: 'Revenue share', zh: '收入份额' },
  sharesOfVolume: { en: 'Shares of volume (RSU)', zh: '用量份额（RSU）' },
  mapOfVolume: { en: 'volume share', zh: '用量份额' },
  mapOfRevenue: { en: 'revenue share', zh: '收入份额' },
  revenue: { en: 'Revenue', zh: '收入' },
  ebita: { en: 'EBITA', zh: 'EBITA' },
  gpus: { en: 'GPUs', zh: 'GPU' },
  cpu: { en: 'CPU', zh: 'CPU' },
  gpu: { en: 'GPU', zh: 'GPU' },
  used: { en: 'used', zh: '利用率' },
  spend: { en: 'IaaS spend', zh: 'IaaS 支出' },
  sharesIn: { en: 'Shares of revenue', zh: '收入份额' },
  hint: { en: 'Click a segment to select it', zh: '点击细分市场以选中' },
  priceCut: { en: 'price cut', zh: '降价' },
  noGame: { en: 'Start a game to see the market', zh: '开始游戏后显示市场' },
  resultsOf: { en: 'results of', zh: '数据截至' },
} as const;

export type WordKey = keyof typeof WORDS;

export function word(key: WordKey, locale: Locale): string {
  return WORDS[key][locale];
}
