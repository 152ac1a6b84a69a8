import { html, nothing } from 'lit';
import type { Lang } from '../i18n/locale.js';

/**
 * Japanese inside English (WCAG 3.1.2, language of parts). The English words keep the Japanese a
 * patient meets on a certificate or a bill (高額療養費, 「ア」, a memo typed in Japanese), and a
 * screen reader reads them in the voice of the element's lang: an English voice spells 指定難病
 * out or skips it. These mark them lang="ja", and only in English: the Japanese calculator gains
 * no node.
 */

/** Kana, kanji, CJK and full-width punctuation, full-width letters, and the Roman numerals of 現役並みⅢ; not the yen sign ￥, which every amount carries. */
const SCRIPT = '\\u3000-\\u30ff\\u3400-\\u9fff\\uff00-\\uffe4\\uffe6-\\uffef\\u2160-\\u217f';
const JAPANESE = new RegExp(`[${SCRIPT}]`);
/** A run read in one Japanese voice: the digits it holds (令和8年, 30日, 昭和30) and the spaces between its words with it. */
const RUN = new RegExp(`\\d*[${SCRIPT}]+(?:[\\d.,\\s]*[${SCRIPT}]+)*\\d*`, 'g');
/** A gloss in brackets that is Japanese only, as in 'Company insurance society (健保組合)'. */
const GLOSS = new RegExp(`\\s*\\([^()a-zA-Z]*[${SCRIPT}][^()a-zA-Z]*\\)`, 'g');

/** 'ja' for text with Japanese in it shown in English (a memo, a <select>'s option), so that it is read in a Japanese voice. */
export const japaneseIn = (text: string, lang: Lang): 'ja' | undefined => (lang !== 'ja' && JAPANESE.test(text) ? 'ja' : undefined);

/** 'ja' for a text that is Japanese throughout (a memo), shown in English: its element takes lang="ja" and the text no span. */
export const whollyJapanese = (text: string, lang: Lang): 'ja' | undefined => (japaneseIn(text, lang) && text.replace(RUN, '').trim() === '' ? 'ja' : undefined);

/**
 * Text for a template, its Japanese runs in <span lang="ja"> when the element speaks English:
 * 'High-cost refund (高額療養費)' → <span>High-cost refund (<span lang="ja">高額療養費</span>)</span>.
 * One span around the whole, so that in a flex or grid box (a label, a checkbox's label) it
 * stays one item, as the text was; the usual cases (all Japanese, one run) in a template of
 * their own, which costs fewer nodes than a list (lit marks each item of a list twice). Text,
 * never markup: a plan's memo is as safe here as anywhere in a template.
 */
export function mixedText(text: string, lang: Lang): unknown {
  if (lang === 'ja' || !JAPANESE.test(text)) return text;
  const runs = [...text.matchAll(RUN)];
  if (runs.length === 1) {
    const [run] = runs;
    const [before, after] = [text.slice(0, run.index), text.slice(run.index + run[0].length)];
    return before || after ? html`<span>${before}<span lang="ja">${run[0]}</span>${after}</span>` : html`<span lang="ja">${text}</span>`;
  }
  const parts: unknown[] = [];
  let at = 0;
  for (const run of runs) {
    parts.push(text.slice(at, run.index), html`<span lang="ja">${run[0]}</span>`);
    at = run.index + run[0].length;
  }
  parts.push(text.slice(at));
  return html`<span>${parts}</span>`;
}

/**
 * A name for an attribute (aria-label), which holds no span: in English, without its Japanese
 * glosses ('Advanced medical care (先進医療) fee' → 'Advanced medical care fee'), so an English
 * voice reads it whole; what is left with Japanese in it needs lang="ja" on its element.
 */
export const spokenName = (text: string, lang: Lang): string => (lang === 'ja' ? text : text.replace(GLOSS, ''));

/**
 * An <option>, which holds no span, in English: named without its glosses
 * ('Company insurance society (健保組合)' is named 'Company insurance society'), or marked
 * lang="ja" when its words are Japanese (「ア: monthly remuneration …」, a tier 一般所得Ⅱ).
 */
export function languageOption(value: string, label: string, selected: boolean, lang: Lang) {
  const name = japaneseIn(label, lang) ? spokenName(label, lang) : undefined;
  const japanese = name !== undefined && JAPANESE.test(name);
  return html`<option value=${value} lang=${japanese ? 'ja' : nothing} aria-label=${name && !japanese ? name : nothing} ?selected=${selected}>${label}</option>`;
}

/** The add buttons' plus: full-width beside Japanese, plain beside English (an English voice reads 「＋」 by its symbol's name). */
export const plus = (lang: Lang) => (lang === 'ja' ? '＋ ' : '+ ');
