import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { NOT_TEXT_ATTRIBUTE, spanOfRange, textOffsetOf } from './selection-offsets';

afterEach(cleanup);

const TEXT = 'MARGOT turns the pages of a heavy ledger.';

/** One element split into spans by tags, an asterisk mark that is not its text, and a second element. */
const renderElements = () =>
  render(
    <div>
      <p data-element-index="3">
        <span className="tag">MARGOT</span> turns the pages of a{' '}
        <span className="tag">
          <span>heavy</span> ledger
        </span>
        <span {...{ [NOT_TEXT_ATTRIBUTE]: '' }}>*</span>.
      </p>
      <p data-element-index="4">Forty crates in.</p>
    </div>,
  );

const textNode = (element: Element, contains: string): Text => {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Text).data.includes(contains)) return node as Text;
  }
  throw new Error(`no text node with “${contains}”`);
};

const texts = (index: number): string | undefined => ({ 3: TEXT, 4: 'Forty crates in.' })[index];

describe('mapping a selection back to an element’s text', () => {
  it('counts the characters before a point across the spans of existing tags', () => {
    const { container } = renderElements();
    const element = container.querySelector('[data-element-index="3"]');
    if (!element) throw new Error('no element');
    expect(element.textContent?.replace('*', '')).toBe(TEXT);
    const heavy = textNode(element, 'heavy');
    expect(textOffsetOf(element, heavy, 0)).toBe(TEXT.indexOf('heavy'));
    const ledger = textNode(element, ' ledger');
    expect(textOffsetOf(element, ledger, 7)).toBe(TEXT.indexOf('ledger') + 6);
    // A point between children counts the text of the children before it.
    expect(textOffsetOf(element, element, 0)).toBe(0);
    expect(textOffsetOf(element, element, element.childNodes.length)).toBe(TEXT.length);
    // The asterisk is decoration: the full stop after it is still the element's last character.
    const stop = element.lastChild;
    if (!stop) throw new Error('no last child');
    expect(textOffsetOf(element, stop, 0)).toBe(TEXT.length - 1);
  });

  it('gives the element index and span of a selection inside one element, trimmed', () => {
    const { container } = renderElements();
    const element = container.querySelector('[data-element-index="3"]');
    if (!element) throw new Error('no element');
    const range = document.createRange();
    // " turns the pages of a " … "heavy ledger": from before "a" to the end of "ledger".
    const middle = textNode(element, ' turns');
    range.setStart(middle, middle.data.lastIndexOf('a') - 1);
    range.setEnd(textNode(element, ' ledger'), ' ledger'.length);
    expect(spanOfRange(range, texts)).toEqual({
      elementIndex: 3,
      start: TEXT.indexOf('a heavy'),
      end: TEXT.indexOf('ledger') + 'ledger'.length,
      text: 'a heavy ledger',
    });
  });

  it('refuses a selection across two elements, and an empty one', () => {
    const { container } = renderElements();
    const first = container.querySelector('[data-element-index="3"]');
    const second = container.querySelector('[data-element-index="4"]');
    if (!first || !second) throw new Error('no elements');
    const across = document.createRange();
    across.setStart(textNode(first, 'heavy'), 0);
    across.setEnd(textNode(second, 'Forty'), 5);
    expect(spanOfRange(across, texts)).toBeNull();
    const blank = document.createRange();
    const middle = textNode(first, ' turns');
    blank.setStart(middle, 0);
    blank.setEnd(middle, 1);
    expect(spanOfRange(blank, texts)).toBeNull();
  });
});
