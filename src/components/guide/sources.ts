import { zh } from '../../i18n/zh-pages';
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

/** The date to show for a source: when it was published, else when it was seen. */
export function describeSourceDate(source: Source): string {
	if (source.publishedOn) return `发布于 ${formatChineseDate(source.publishedOn)}`;
	if (source.observedOn) return `查看于 ${formatChineseDate(source.observedOn)}`;
	return '日期不详';
}

export const gradeLabel: Record<Source['grade'], string> = zh.grade;
