/**
 * A printed scene heading: INT., EXT., EST., INT./EXT., INT/EXT, I/E, then a place. Printed headings
 * are upper case; the caller checks that, which keeps action such as "Int. scene" out.
 */
export const SCENE_HEADING = /^(?:INT\.?\/EXT|INT\/EXT|EXT\.?\/INT|I\/E|INT|EXT|EST)[.\s]\s*\S/i;

export const isSceneHeadingText = (text: string): boolean =>
  SCENE_HEADING.test(text) && text === text.toUpperCase();
