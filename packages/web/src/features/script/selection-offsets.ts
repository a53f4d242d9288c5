/** A span of one script element's text, as the breakdown API anchors tags. */
export type ElementSpan = {
  readonly elementIndex: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
};

/** Nodes inside an element that are decoration, not its text (an asterisk mark, a scene number). */
export const NOT_TEXT_ATTRIBUTE = 'data-not-text';

const elementOf = (node: Node | null): HTMLElement | null => {
  let current: Node | null = node;
  while (current) {
    if (current instanceof HTMLElement && current.dataset['elementIndex'] !== undefined) {
      return current;
    }
    current = current.parentNode;
  }
  return null;
};

const isDecoration = (node: Node, root: Node): boolean => {
  let current: Node | null = node;
  while (current && current !== root) {
    if (current instanceof HTMLElement && current.hasAttribute(NOT_TEXT_ATTRIBUTE)) return true;
    current = current.parentNode;
  }
  return false;
};

/** The text nodes of `root` that are its text, in document order. */
const textNodes = (root: Node): Text[] => {
  const found: Text[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      if (!isDecoration(node, root)) found.push(node as Text);
      return;
    }
    for (const child of Array.from(node.childNodes)) visit(child);
  };
  visit(root);
  return found;
};

/**
 * Where a DOM point (node, offset), as a Selection or Range gives it, falls in the text of `root`: the
 * number of text characters before it. A point inside a text node counts its offset; a point between
 * children (an element container) counts every text node before that child. Decoration is skipped.
 */
export const textOffsetOf = (root: Node, node: Node, offset: number): number => {
  const texts = textNodes(root);
  if (node.nodeType === Node.TEXT_NODE) {
    let position = 0;
    for (const text of texts) {
      if (text === node) return position + Math.min(offset, text.data.length);
      position += text.data.length;
    }
    // A decoration's text: the point sits where the decoration starts.
    const parent = node.parentNode;
    if (!parent) return 0;
    return textOffsetOf(root, parent, Array.from(parent.childNodes).indexOf(node as ChildNode));
  }
  // A point between children: before `children[offset]`, or at the very end of `node`.
  const boundary = node.childNodes[offset] ?? null;
  const isBefore = (text: Text): boolean =>
    boundary
      ? (boundary.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_PRECEDING) !== 0
      : node.contains(text) ||
        (node.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
  return texts.filter(isBefore).reduce((sum, text) => sum + text.data.length, 0);
};

/**
 * The span a selection covers in one script element (rendered as one node with `data-element-index`, its
 * text possibly split into spans by tags): null when it is empty, or starts and ends in different elements.
 * Leading and trailing white space is left out of the span.
 */
export const spanOfRange = (
  range: Pick<Range, 'startContainer' | 'startOffset' | 'endContainer' | 'endOffset'>,
  elementText: (elementIndex: number) => string | undefined,
): ElementSpan | null => {
  const startElement = elementOf(range.startContainer);
  const endElement = elementOf(range.endContainer);
  if (!startElement || startElement !== endElement) return null;
  const elementIndex = Number(startElement.dataset['elementIndex']);
  const text = elementText(elementIndex);
  if (text === undefined) return null;
  let start = textOffsetOf(startElement, range.startContainer, range.startOffset);
  let end = textOffsetOf(startElement, range.endContainer, range.endOffset);
  if (end < start) [start, end] = [end, start];
  start = Math.min(start, text.length);
  end = Math.min(end, text.length);
  while (start < end && /\s/.test(text.charAt(start))) start += 1;
  while (end > start && /\s/.test(text.charAt(end - 1))) end -= 1;
  if (end <= start) return null;
  return { elementIndex, start, end, text: text.slice(start, end) };
};

/** The element index a selection sits in (even across elements: its start), for messages. */
export const selectionTouchesScript = (range: Pick<Range, 'startContainer'>): boolean =>
  elementOf(range.startContainer) !== null;
