import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';

export type HtmlDocument = T.Document;
export type HtmlElement = T.Element;
type Parent = T.ParentNode;

/** Parses a whole HTML document the way a browser does (parse5 follows the HTML standard). */
export function parseHtml(html: string): HtmlDocument {
  return parse(html);
}

function isElement(node: T.Node): node is HtmlElement {
  return 'tagName' in node;
}

/** Every element below `root`, in document order. Inert `<template>` content is not entered. */
export function* elements(root: Parent): Generator<HtmlElement> {
  for (const child of root.childNodes) {
    if (!isElement(child)) continue;
    yield child;
    yield* elements(child);
  }
}

export function findAll(root: Parent, match: (el: HtmlElement) => boolean): HtmlElement[] {
  return [...elements(root)].filter(match);
}

export function find(root: Parent, match: (el: HtmlElement) => boolean): HtmlElement | undefined {
  for (const el of elements(root)) if (match(el)) return el;
  return undefined;
}

/** The attribute's value, or undefined when the element does not have it. */
export function attr(el: HtmlElement, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name && !a.prefix)?.value;
}

/** Attribute value split into lower-case tokens (for rel, class, …). */
export function tokens(el: HtmlElement, name: string): string[] {
  return (attr(el, name) ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

/** Text content with runs of white space folded to one space and the ends trimmed. */
export function text(node: Parent): string {
  const parts: string[] = [];
  const walk = (parent: Parent) => {
    for (const child of parent.childNodes) {
      if (child.nodeName === '#text') parts.push((child as T.TextNode).value);
      else if (isElement(child)) walk(child);
    }
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Text a reader sees: text() without the contents of <script>, <style> and <template>. */
export function visibleText(node: Parent): string {
  const parts: string[] = [];
  const walk = (parent: Parent) => {
    for (const child of parent.childNodes) {
      if (child.nodeName === '#text') parts.push((child as T.TextNode).value);
      else if (isElement(child) && !['script', 'style', 'template'].includes(child.tagName)) walk(child);
    }
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The nearest ancestor (not the element itself) that matches. */
export function closest(el: HtmlElement, match: (el: HtmlElement) => boolean): HtmlElement | undefined {
  for (let node = el.parentNode; node && isElement(node); node = node.parentNode) {
    if (match(node)) return node;
  }
  return undefined;
}

export const byId = (id: string) => (el: HtmlElement) => attr(el, 'id') === id;
export const byTestId = (id: string) => (el: HtmlElement) => attr(el, 'data-testid') === id;
export const byTag = (tag: string) => (el: HtmlElement) => el.tagName === tag;
