import { describe, expect, it } from 'vitest';
import { decodeXmlEntities } from './decode-xml-entities.js';

describe('decodeXmlEntities', () => {
  it('decodes the five named entities and numeric references', () => {
    expect(decodeXmlEntities('&amp;&lt;&gt;&quot;&apos; &#8217;&#x2019;&#X1F3AC;')).toBe(
      '&<>"\' ’’🎬',
    );
  });

  it('does not decode twice: &amp;amp; is &amp;', () => {
    expect(decodeXmlEntities('&amp;amp; &amp;#38;')).toBe('&amp; &#38;');
  });

  it('keeps unknown names as written and reports them; bad code points become U+FFFD', () => {
    const unknown: string[] = [];
    expect(
      decodeXmlEntities('&nbsp; &lol9; &#xD800; &#1114112; & ;', (name) => unknown.push(name)),
    ).toBe('&nbsp; &lol9; \uFFFD \uFFFD & ;');
    expect(unknown).toEqual(['nbsp', 'lol9']);
  });
});
