import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import sourceRegistry from './rules/sources.json';
import stepRegistry from './rules/steps.json';

// `z` comes from astro/zod: the Zod instance Astro validates collections with (Zod 4 since Astro 6,
// the same major as the standalone `zod` the rule files use; `z` from astro:content is deprecated).

const knownSourceIds = new Set(sourceRegistry.sources.map((source) => source.id));
const knownStepIds = new Set(stepRegistry.steps.map((step) => step.id));

/** True when an ISO date string names a real day (rejects 2026-02-30). */
function isCalendarDate(value: string): boolean {
	const parsed = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

/** Fields this guide adds to Starlight’s frontmatter. */
const guideFrontmatter = z
	.object({
		/** Ids from src/rules/sources.json that the facts on this page come from. */
		sources: z.array(z.string()).default([]),
		/** ISO date (YYYY-MM-DD) on which the facts on this page were last checked. */
		lastReviewed: z.preprocess(
			// An unquoted YAML date arrives as a Date; keep its day so either spelling works.
			(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
			z
				.string()
				.regex(/^\d{4}-\d{2}-\d{2}$/, 'lastReviewed must be an ISO date such as 2026-11-29')
				.refine((value) => isCalendarDate(value), 'lastReviewed is not a real calendar date')
		),
		/** Which part of the guide the page belongs to; used as a search filter. */
		searchCategory: z.enum(['guide', 'prerequisites', 'steps', 'provinces', 'changes']).optional(),
		/** On step pages: the step id from src/rules/steps.json. */
		step: z.string().optional(),
	})
	.superRefine((data, ctx) => {
		data.sources.forEach((id, index) => {
			if (!knownSourceIds.has(id)) {
				ctx.addIssue({
					code: 'custom',
					path: ['sources', index],
					message: `frontmatter field "sources" lists "${id}", which is not an id in src/rules/sources.json`,
				});
			}
		});
		if (data.step !== undefined && !knownStepIds.has(data.step)) {
			ctx.addIssue({
				code: 'custom',
				path: ['step'],
				message: `frontmatter field "step" is "${data.step}", which is not an id in src/rules/steps.json`,
			});
		}
	});

export const collections = {
	docs: defineCollection({
		loader: docsLoader(),
		schema: docsSchema({ extend: guideFrontmatter }),
	}),
	// Starlight's own UI strings (src/content/i18n/zh-CN.json): the search dialog's Pagefind texts,
	// which Starlight does not translate into Chinese itself.
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
