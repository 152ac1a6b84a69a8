import type { Amount } from './money.js';
import type { Bracket, ElderlyBracket, Under70Bracket } from './types.js';

export const UNDER70_BRACKETS: readonly Under70Bracket[] = ['ア', 'イ', 'ウ', 'エ', 'オ'];
export const ELDERLY_BRACKETS: readonly ElderlyBracket[] = ['現役並みⅢ', '現役並みⅡ', '現役並みⅠ', '一般', '低所得Ⅱ', '低所得Ⅰ'];

/** ASCII Roman numerals as people type them. */
const ASCII_NUMERALS: Record<string, ElderlyBracket> = {
  現役並みIII: '現役並みⅢ',
  現役並みII: '現役並みⅡ',
  現役並みI: '現役並みⅠ',
  低所得II: '低所得Ⅱ',
  低所得I: '低所得Ⅰ',
};

export function normalizeBracket(input: unknown): Bracket | undefined {
  if (typeof input !== 'string') return undefined;
  const text = input.trim();
  if ((UNDER70_BRACKETS as readonly string[]).includes(text)) return text as Under70Bracket;
  if ((ELDERLY_BRACKETS as readonly string[]).includes(text)) return text as ElderlyBracket;
  return Object.hasOwn(ASCII_NUMERALS, text) ? ASCII_NUMERALS[text] : undefined;
}

export function isUnder70Bracket(bracket: Bracket): bracket is Under70Bracket {
  return (UNDER70_BRACKETS as readonly string[]).includes(bracket);
}

export function isActiveIncome(bracket: ElderlyBracket): boolean {
  return bracket.startsWith('現役並み');
}

const TO_ELDERLY: Record<Under70Bracket, ElderlyBracket> = {
  ア: '現役並みⅢ',
  イ: '現役並みⅡ',
  ウ: '現役並みⅠ',
  エ: '一般',
  オ: '低所得Ⅱ',
};

const TO_UNDER70: Record<ElderlyBracket, Under70Bracket> = {
  現役並みⅢ: 'ア',
  現役並みⅡ: 'イ',
  現役並みⅠ: 'ウ',
  一般: 'エ',
  低所得Ⅱ: 'オ',
  低所得Ⅰ: 'オ',
};

/** The 70+ bracket of a household whose under-70 bracket is known (a person turning 70). */
export function toElderly(bracket: Bracket): ElderlyBracket {
  return isUnder70Bracket(bracket) ? TO_ELDERLY[bracket] : bracket;
}

/** The under-70 bracket of a household whose 70+ bracket is known (a younger member). */
export function toUnder70(bracket: Bracket): Under70Bracket {
  return isUnder70Bracket(bracket) ? bracket : TO_UNDER70[bracket];
}

/**
 * 区分 from 標準報酬月額 (2015-01 and 2026-08 schemes). 住民税非課税 (オ) is not a matter of
 * remuneration, so it must be given as a bracket.
 */
export function bracketFromRemuneration(remuneration: Amount): Under70Bracket {
  if (remuneration >= 830_000n) return 'ア';
  if (remuneration >= 530_000n) return 'イ';
  if (remuneration >= 280_000n) return 'ウ';
  return 'エ';
}
