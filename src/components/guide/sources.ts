import { ruleSet } from '../../engine/rules';
import type { Source } from '../../engine/types';

export type { Source };

// The validated sources (src/rules/sources.json through the schema), not the raw file.
const byId = new Map<string, Source>(ruleSet.sources.map((source) => [source.id, source]));

/** Looks a source up by id; the content schema has already rejected unknown ids. */
export function getSource(id: string): Source {
	const source = byId.get(id);
	if (!source) throw new Error(`Unknown source id "${id}" (not in src/rules/sources.json)`);
	return source;
}

/** "2019-07-29" → "2019 年 7 月 29 日". */
export function formatChineseDate(iso: string): string {
	const [year, month, day] = iso.split('-').map(Number);
	return `${year} 年 ${month} 月 ${day} 日`;
}
