import type { CarePlan, PlanIssue } from '../../engine/index.js';

/**
 * What a framework writes when it renders `<futan-calculator plan={object}>` before the element
 * is defined: it cannot know `plan` is a property, so it sets the attribute to String(object).
 */
const STRINGIFIED_OBJECT = /^\[object \w+\]$/;

/** A `plan` attribute that is not a plan, kept so that the calculator can say why. */
interface UnreadablePlan {
  unreadable: PlanIssue;
}

const UNREADABLE: PlanIssue = {
  path: 'plan',
  code: 'invalid-json',
  message: { ja: '計画（JSON）を読み取れません。', en: 'The plan (JSON) cannot be read.' },
};

const SET_BEFORE_DEFINED: PlanIssue = {
  path: 'plan',
  code: 'plan-set-before-defined',
  message: {
    ja: '計画が "[object Object]" という文字列で渡されました。futan の要素が登録される前に、フレームワークが plan を属性として設定したためです。画面を描く前に futan/define を読み込むか、plan をプロパティとして設定してください。',
    en: 'The plan arrived as the text "[object Object]": a framework set plan as an attribute before the futan elements were registered. Import futan/define before rendering, or set plan as a property.',
  },
};

/** Parses the `plan` attribute; a text that is not a plan is reported, not thrown. */
export const planConverter = {
  fromAttribute(value: string | null): CarePlan | null {
    if (!value) return null;
    if (STRINGIFIED_OBJECT.test(value.trim())) return { unreadable: SET_BEFORE_DEFINED } as UnreadablePlan as unknown as CarePlan;
    try {
      return JSON.parse(value) as CarePlan;
    } catch {
      return { unreadable: UNREADABLE } as UnreadablePlan as unknown as CarePlan;
    }
  },
};

/** Why a plan given to the calculator cannot be used. */
export function planIssue(plan: unknown): PlanIssue {
  const kept = typeof plan === 'object' && plan !== null && Object.hasOwn(plan, 'unreadable') ? (plan as UnreadablePlan).unreadable : undefined;
  return kept ?? UNREADABLE;
}
