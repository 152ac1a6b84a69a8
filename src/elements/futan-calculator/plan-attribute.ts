import type { Message } from '../../engine/index.js';

/**
 * What a framework writes when it renders `<futan-calculator plan={object}>` before the element
 * is defined: it cannot know `plan` is a property, so it sets the attribute to String(object).
 */
const STRINGIFIED_OBJECT = /^\[object \w+\]$/;

/** The attribute's own objects: looked up, not tested with `instanceof`, which a revoked Proxy set as `plan` would make throw. */
const made = new WeakSet<object>();

/** A `plan` attribute that is not a plan, kept as the reason to show. */
class UnreadableAttribute {
  constructor(readonly reason: Message) {
    made.add(this);
  }
}

const NOT_JSON: Message = { ja: '計画（JSON）を読み取れません。', en: 'The plan (JSON) cannot be read.' };

const SET_BEFORE_DEFINED: Message = {
  ja: '計画が "[object Object]" という文字列で渡されました。futan の要素が登録される前に、フレームワークが plan を属性として設定したためです。画面を描く前に futan/define を読み込むか、plan をプロパティとして設定してください。',
  en: 'The plan arrived as the text "[object Object]": a framework set plan as an attribute before the futan elements were registered. Import futan/define before rendering, or set plan as a property.',
};

/** Parses the `plan` attribute; a text that is not a plan is reported, not thrown. */
export const planConverter = {
  fromAttribute(value: string | null): unknown {
    if (!value) return null;
    if (STRINGIFIED_OBJECT.test(value.trim())) return new UnreadableAttribute(SET_BEFORE_DEFINED);
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return new UnreadableAttribute(NOT_JSON);
    }
  },
};

/** Why a `plan` attribute could not be read, or undefined when it was (or the plan came as a property). */
export function attributeProblem(plan: unknown): Message | undefined {
  return typeof plan === 'object' && plan !== null && made.has(plan) ? (plan as UnreadableAttribute).reason : undefined;
}
