import { languageOption } from '../japanese-text.js';
import type { SectionContext } from './context.js';

/** A bracket's option of a select whose choice is `selected`: named in words, marked Japanese where it is. */
export const bracketOptionOf = (ctx: SectionContext, selected: string) => (b: string) => languageOption(b, ctx.msg.bracketOption(b, ctx.draft.scheme), selected === b, ctx.lang);
