// @ts-check
// A Sätteri hast plugin (Astro 7's default Markdown processor, which also renders MDX; unified/rehype
// plugins would need the deprecated @astrojs/markdown-remark processor).
// 1. Links to other sites open in a new tab with rel="noopener noreferrer".
// 2. The build fails on links to .md files: the seed's relative .md links must be mapped
//    to the site's own pages (/prerequisites/…/, /steps/…/).
import { fileURLToPath } from 'node:url';

const EXTERNAL = /^(?:https?:)?\/\//i;
const MARKDOWN_FILE = /\.md(?:#.*)?$/i;

/** @param {string} href */
function safeDecode(href) {
	try {
		return decodeURI(href);
	} catch {
		return href;
	}
}

/** @type {import('satteri').HastPluginDefinition} */
const externalLinks = {
	name: 'external-links',
	element: {
		filter: ['a'],
		visit(element, ctx) {
			const href = element.properties?.href;
			if (typeof href !== 'string') return;
			if (EXTERNAL.test(href)) {
				ctx.setProperty(element, 'target', '_blank');
				ctx.setProperty(element, 'rel', ['noopener', 'noreferrer']);
			} else if (MARKDOWN_FILE.test(safeDecode(href))) {
				const where = ctx.fileURL ? fileURLToPath(ctx.fileURL) : 'a page';
				throw new Error(`${where}: link to a .md file (${href}); link the site page instead`);
			}
		},
	},
};

export default externalLinks;
