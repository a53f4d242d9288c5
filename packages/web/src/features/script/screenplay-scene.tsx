import type { ScriptElementDto } from '@greenlight/contract';
import { elementStyles, elementText } from './element-text';
import type { ElementSpan } from './selection-offsets';
import type { TagMark } from './tag-marks';
import { TaggedText } from './tagged-text';

type ScreenplaySceneProps = {
  readonly elements: readonly ScriptElementDto[];
  /** The scene's elements: [start, end) of `elements`. */
  readonly start: number;
  readonly end: number;
  readonly sceneNumber: string;
  readonly marks: ReadonlyMap<number, readonly TagMark[]>;
  readonly pending: ElementSpan | null;
  readonly onMarkClick?: (marks: readonly TagMark[], target: HTMLElement) => void;
};

const CLASS: Readonly<Record<ScriptElementDto['type'], string>> = {
  'scene-heading': 'sp-heading',
  action: 'sp-action',
  character: 'sp-character',
  parenthetical: 'sp-parenthetical',
  dialogue: 'sp-dialogue',
  lyrics: 'sp-lyrics',
  transition: 'sp-transition',
  section: 'sp-section',
  synopsis: 'sp-synopsis',
  note: 'sp-note',
  'page-break': 'sp-page-break',
};

/**
 * A scene set like a screenplay page: bold heading with the scene number in both margins, action full
 * width, character cues and dialogue indented, transitions to the right. Each element is one node with
 * `data-element-index`, so a selection maps back to the element's text.
 */
export const ScreenplayScene = ({
  elements,
  start,
  end,
  sceneNumber,
  marks,
  pending,
  onMarkClick,
}: ScreenplaySceneProps) => (
  <div className="screenplay" data-testid="screenplay">
    {elements.slice(start, end).map((element, offset) => {
      const index = start + offset;
      const text = elementText(element);
      if (text === undefined) return <hr key={index} className="sp-page-break" />;
      const classes = ['sp', CLASS[element.type]];
      if (element.type === 'action' && element.centered) classes.push('sp-action--centered');
      if (element.type === 'character' && element.dual) classes.push('sp-character--dual');
      const body = (
        <TaggedText
          text={text}
          marks={marks.get(index) ?? []}
          styles={elementStyles(element)}
          pending={pending?.elementIndex === index ? pending : null}
          {...(onMarkClick ? { onMarkClick } : {})}
        />
      );
      if (element.type === 'scene-heading') {
        return (
          <div key={index} className="sp-heading-row">
            <span className="sp-scene-number" aria-hidden="true">
              {sceneNumber}
            </span>
            <h3 className={classes.join(' ')} data-element-index={index}>
              {body}
            </h3>
            <span className="sp-scene-number" aria-hidden="true">
              {sceneNumber}
            </span>
          </div>
        );
      }
      return (
        <p key={index} className={classes.join(' ')} data-element-index={index}>
          {body}
        </p>
      );
    })}
  </div>
);
