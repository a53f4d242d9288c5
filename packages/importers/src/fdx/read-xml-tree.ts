import { XMLParser } from 'fast-xml-parser';
import { decodeXmlEntities } from './decode-xml-entities.js';

/** An element of the parsed file, with its attributes and text already entity-decoded. */
export type XmlElement = {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlChild[];
  /** UTF-16 offset of the element's `<` in the text, when the parser reported it. */
  readonly start: number | undefined;
};

export type XmlChild = XmlElement | { readonly text: string };

export type XmlTreeResult =
  | { readonly ok: true; readonly nodes: readonly XmlChild[] }
  | { readonly ok: false; readonly message: string };

const PARSER_OPTIONS = {
  // Order matters: runs in a paragraph, paragraphs in a DualDialogue, notes after their text.
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // Keep every value a string: scene number `12` and a line of dialogue `1984` are text.
  parseTagValue: false,
  parseAttributeValue: false,
  // Spaces at the ends of a run separate words from the next run.
  trimValues: false,
  // Entities are decoded by decodeXmlEntities, which never expands a DOCTYPE declaration.
  processEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Gives each element its start offset, from which paragraphs get their line numbers.
  captureMetaData: true,
} as const;

// fast-xml-parser types the symbol as the `Symbol` interface; it is a real symbol at run time.
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

/**
 * Parses XML text into a small typed tree. fast-xml-parser returns untyped objects, so everything
 * is checked here and nothing else reads the parser's output. The parser is lenient (it reads an
 * unclosed element to the end of the file), which lets a damaged file give what it can; it throws
 * only on things such as nesting over 100 deep, which becomes `ok: false`.
 */
export const readXmlTree = (
  text: string,
  onUnknownEntity: (name: string, start: number | undefined) => void,
): XmlTreeResult => {
  let raw: unknown;
  try {
    raw = new XMLParser(PARSER_OPTIONS).parse(text);
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  return { ok: true, nodes: toChildren(raw, undefined, onUnknownEntity) };
};

const isRecord = (value: unknown): value is Record<string | symbol, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const toChildren = (
  raw: unknown,
  parentStart: number | undefined,
  onUnknownEntity: (name: string, start: number | undefined) => void,
): XmlChild[] => {
  if (!Array.isArray(raw)) return [];
  const children: XmlChild[] = [];
  for (const item of raw as unknown[]) {
    if (!isRecord(item)) continue;
    const start = startOf(item) ?? parentStart;
    for (const [key, value] of Object.entries(item)) {
      if (key === ':@') continue;
      if (key === '#text') {
        if (typeof value === 'string' || typeof value === 'number') {
          const decoded = decodeXmlEntities(String(value), (name) =>
            onUnknownEntity(name, parentStart),
          );
          children.push({ text: decoded });
        }
        continue;
      }
      children.push({
        name: key,
        attributes: toAttributes(item[':@'], (name) => onUnknownEntity(name, start)),
        children: toChildren(value, start, onUnknownEntity),
        start,
      });
    }
  }
  return children;
};

const startOf = (item: Record<string | symbol, unknown>): number | undefined => {
  const meta = item[META];
  if (!isRecord(meta)) return undefined;
  const start = meta['startIndex'];
  return typeof start === 'number' ? start : undefined;
};

const toAttributes = (
  raw: unknown,
  onUnknown: (name: string) => void,
): Readonly<Record<string, string>> => {
  // No prototype, so a lookup of an attribute the element lacks can never find `constructor`.
  const attributes = Object.create(null) as Record<string, string>;
  if (!isRecord(raw)) return attributes;
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === 'string') attributes[key] = decodeXmlEntities(value, onUnknown);
  }
  return attributes;
};

/** The element children of `element` named `name`, in order. */
export const childrenNamed = (element: XmlElement, name: string): XmlElement[] =>
  element.children.filter((child): child is XmlElement => 'name' in child && child.name === name);

/** The first element child named `name`, if any. */
export const firstChildNamed = (element: XmlElement, name: string): XmlElement | undefined =>
  element.children.find((child): child is XmlElement => 'name' in child && child.name === name);

/** The text directly inside `element` (not in its child elements). */
export const ownText = (element: XmlElement): string =>
  element.children.map((child) => ('text' in child ? child.text : '')).join('');
