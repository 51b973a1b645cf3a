// What differs between a past date's answer and today's: only a shared link with a past date needs
// it, so the checker loads this module on demand.
import { zh, type Strings } from '../i18n/zh';
import type { Result } from '../engine/types';
import { present, type StepView } from './present';

/**
 * What differs between the answer on a past date and today's answer for the same other answers:
 * one line per difference (name, stages, a step's status or details, blockers), for the notice a
 * shared link with a past date shows above its result.
 */
export function differencesFromToday(past: Result, today: Result, s: Strings = zh): string[] {
  const lines: string[] = [];
  const d = s.pastDate;
  if ((past.flow.currentName ?? past.flow.name) !== (today.flow.currentName ?? today.flow.name))
    lines.push(d.name(past.flow.currentName ?? past.flow.name, today.flow.currentName ?? today.flow.name));
  const stageTitles = (r: Result) => r.stages.map((st) => st.title).join(s.punct.list);
  if (stageTitles(past) !== stageTitles(today)) lines.push(d.stages(stageTitles(today) || s.status.unknown));
  const pastSteps = present(past, s).steps;
  for (const now of present(today, s).steps) {
    const then = pastSteps.find((x) => x.id === now.id);
    if (!then) continue;
    const detail = (v: StepView) => v.details.map((x) => x.text).join(s.punct.details);
    if (then.status !== now.status) lines.push(d.status(now.title, then.statusLabel, now.statusLabel));
    else if (detail(then) !== detail(now)) lines.push(d.details(now.title, detail(now) || '—'));
  }
  const ids = (r: Result) => r.blockers.map((b) => b.rule).join(',');
  if (ids(past) !== ids(today)) lines.push(today.blockers.length ? d.blockedNow(today.blockers.map((b) => b.title).join(s.punct.list)) : d.notBlockedNow);
  return lines;
}
