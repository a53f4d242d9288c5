import { describe, expect, it } from 'vitest';
import { actionLine, sceneHeading, scriptDoc } from '../testing/script-builders.js';
import { sceneElementRange } from './scene-element-range.js';

describe('sceneElementRange', () => {
  const document = scriptDoc(
    actionLine('FADE IN:'),
    sceneHeading('INT. A - DAY'),
    actionLine('One.'),
    actionLine('Two.'),
    sceneHeading('INT. B - DAY'),
  );

  it('runs from the heading to the next heading or the end', () => {
    expect(sceneElementRange(document, { elementIndex: 1 })).toEqual({ start: 1, end: 4 });
    expect(sceneElementRange(document, { elementIndex: 4 })).toEqual({ start: 4, end: 5 });
  });

  it('stays inside the document for an index past its end', () => {
    expect(sceneElementRange(document, { elementIndex: 9 })).toEqual({ start: 5, end: 5 });
  });
});
