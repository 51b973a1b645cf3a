// Tiny rehype plugin (rehype-external-links is not installed and dependencies are pinned).
// 1. Links to other sites open in a new tab with rel="noopener noreferrer".
// 2. The build fails on links to .md files: the seed's relative .md links must be mapped
//    to the site's own pages (/prerequisites/…/, /steps/…/).

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

/** @param {any} node @param {(element: any) => void} visit */
function walk(node, visit) {
	if (node.type === 'element') visit(node);
	if (Array.isArray(node.children)) for (const child of node.children) walk(child, visit);
}

/** @returns {(tree: any, file: any) => void} */
export default function rehypeExternalLinks() {
	return (tree, file) => {
		walk(tree, (element) => {
			if (element.tagName !== 'a') return;
			const href = element.properties?.href;
			if (typeof href !== 'string') return;
			if (EXTERNAL.test(href)) {
				element.properties.target = '_blank';
				element.properties.rel = ['noopener', 'noreferrer'];
			} else if (MARKDOWN_FILE.test(safeDecode(href))) {
				throw new Error(`${file?.path ?? 'a page'}: link to a .md file (${href}); link the site page instead`);
			}
		});
	};
}
