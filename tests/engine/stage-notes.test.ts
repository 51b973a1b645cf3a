// A stage with none of the ten steps in it says what it is: the stage after approval points to the
// duties after filing; any other (2019's 信息确认) only says it matches no step.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate';
import { ruleSet } from '../../src/engine/rules';
import { present } from '../../src/present/present';
import { zh } from '../../src/i18n/zh';
import { baseAnswers } from './support';

const stageNotes = async (date: string) => {
  const view = present(await evaluate(baseAnswers({ province: 'jx', date }), ruleSet), zh);
  return Object.fromEntries(view.stages.filter((st) => st.steps.length === 0).map((st) => [st.id, st.note]));
};

describe('stages without steps', () => {
  it('in 2019, 信息确认 matches no step and does not send the reader to the duties after filing', async () => {
    expect(await stageNotes('2019-08-01')).toEqual({ confirm: zh.result.stageNoSteps });
  });
  it('today, the stage after approval points to the duties after filing', async () => {
    expect(await stageNotes('2026-11-29')).toEqual({ 'after-filing': zh.result.stageAfterFiling });
  });
});
