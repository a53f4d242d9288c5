import { useEffect, useMemo, useRef, useState } from 'react';
import type { SceneDto } from '@greenlight/contract';
import { EmptyState } from '../../ui/feedback';
import { elementText } from './element-text';
import { SceneElementsPanel } from './scene-elements-panel';
import { SceneNavigator } from './scene-navigator';
import { ScreenplayScene } from './screenplay-scene';
import { spanOfRange, selectionTouchesScript, type ElementSpan } from './selection-offsets';
import { stripColour } from './strip-colour';
import { SuggestionsPanel } from './suggestions-panel';
import { TagDetailPopover } from './tag-detail-popover';
import { marksByElement, type TagMark } from './tag-marks';
import { TagPopover } from './tag-popover';
import { useScriptWorkspace } from './script-workspace';
import { useSelectedScene } from './use-selected-scene';

/** Where a popover sits in the script page, from a rectangle on screen. */
type Position = { readonly top: number; readonly left: number };

type Popover =
  | { readonly kind: 'tag'; readonly span: ElementSpan; readonly position: Position }
  | { readonly kind: 'detail'; readonly marks: readonly TagMark[]; readonly position: Position }
  | { readonly kind: 'hint'; readonly message: string };

const POPOVER_WIDTH = 300;

/** The script of the current draft, scene by scene, where the breakdown is tagged. */
export const ScriptTextView = () => {
  const scene = useSelectedScene();
  return (
    <div className="script-layout">
      <SceneNavigator view="script" selectedId={scene?.id ?? null} />
      {scene ? (
        <SceneReader key={scene.id} scene={scene} />
      ) : (
        <EmptyState title="This draft has no scenes">
          <p>Scenes start at a heading such as “INT. HARBOUR OFFICE - NIGHT”.</p>
        </EmptyState>
      )}
    </div>
  );
};

const SceneReader = ({ scene }: { readonly scene: SceneDto }) => {
  const { overview, elements, categories, reanchoring, setReanchoring } = useScriptWorkspace();
  const pageRef = useRef<HTMLDivElement>(null);
  const [popover, setPopover] = useState<Popover | null>(null);
  const scriptDocument = overview.document;
  const marks = useMemo(
    () => marksByElement(overview.tags, { elements, categories }),
    [overview.tags, elements, categories],
  );

  useEffect(() => {
    if (popover === null || popover.kind === 'hint') return;
    const close = (event: MouseEvent) => {
      const target = event.target;
      if (target instanceof Node && pageRef.current?.querySelector('.popover')?.contains(target)) {
        return;
      }
      setPopover(null);
    };
    window.addEventListener('mousedown', close);
    return () => window.removeEventListener('mousedown', close);
  }, [popover]);

  if (!scriptDocument) return null;

  const positionOf = (rect: DOMRect): Position => {
    const page = pageRef.current?.getBoundingClientRect();
    if (!page) return { top: 0, left: 0 };
    const left = Math.max(8, Math.min(rect.left - page.left, page.width - POPOVER_WIDTH - 8));
    return { top: rect.bottom - page.top + 8, left };
  };

  const onSelect = (target: EventTarget) => {
    if (target instanceof Element && target.closest('.popover')) return;
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
    const range = selection.getRangeAt(0);
    if (!selectionTouchesScript(range)) return;
    const span = spanOfRange(range, (index) => {
      const element = scriptDocument.elements[index];
      return index >= scene.elementStart && index < scene.elementEnd && element
        ? elementText(element)
        : undefined;
    });
    if (!span) {
      setPopover({ kind: 'hint', message: 'Select words within one paragraph to tag them.' });
      return;
    }
    setPopover({ kind: 'tag', span, position: positionOf(range.getBoundingClientRect()) });
  };

  const close = () => {
    setPopover(null);
    window.getSelection()?.removeAllRanges();
  };

  const strip = stripColour(scene);
  const reanchorCategory = reanchoring ? categories.get(reanchoring.category) : undefined;

  return (
    <>
      <div className="script-column">
        {reanchoring ? (
          <div
            className="notice notice--info reanchor-banner"
            role="status"
            data-testid="reanchor-banner"
          >
            <span
              className="swatch"
              style={{ background: reanchorCategory?.colour }}
              aria-hidden="true"
            />
            <span>
              Re-marking <strong>{reanchoring.elementName}</strong>
              {reanchoring.text ? <> (was “{reanchoring.text}”)</> : null}: select its words in the
              script, then choose <strong>Attach here</strong>.
            </span>
            <button
              type="button"
              className="button button--small"
              onClick={() => setReanchoring(null)}
            >
              Cancel
            </button>
          </div>
        ) : null}
        <div className="scene-bar" data-testid="scene-bar">
          <span className="strip-chip" style={{ background: strip.colour }}>
            {strip.label}
          </span>
          <span className="scene-bar__pages">
            <strong>{scene.pages}</strong> {scene.eighths > 8 ? 'pages' : 'page'} · page{' '}
            {scene.pageStart}
          </span>
          {scene.characters.length > 0 ? (
            <span className="muted scene-bar__cast">{scene.characters.join(', ')}</span>
          ) : null}
          {scene.nonSpeaking.length > 0 ? (
            <span className="muted scene-bar__cast" data-testid="non-speaking">
              without lines: {scene.nonSpeaking.join(', ')}
            </span>
          ) : null}
        </div>
        {popover?.kind === 'hint' ? (
          <p className="notice notice--info script-hint" role="status">
            {popover.message}
          </p>
        ) : null}
        <div
          ref={pageRef}
          className="script-page"
          onMouseUp={(event) => onSelect(event.target)}
          onKeyUp={(event) => {
            if (event.shiftKey) onSelect(event.target);
          }}
          data-testid="script-page"
          aria-label={`Scene ${scene.number}`}
          role="region"
        >
          <ScreenplayScene
            elements={scriptDocument.elements}
            start={scene.elementStart}
            end={scene.elementEnd}
            sceneNumber={scene.number}
            marks={marks}
            pending={popover?.kind === 'tag' ? popover.span : null}
            onMarkClick={(found, target) =>
              setPopover({
                kind: 'detail',
                marks: found,
                position: positionOf(target.getBoundingClientRect()),
              })
            }
          />
          {popover?.kind === 'tag' ? (
            <TagPopover
              span={popover.span}
              sceneId={scene.id}
              position={popover.position}
              onClose={close}
            />
          ) : null}
          {popover?.kind === 'detail' ? (
            <TagDetailPopover marks={popover.marks} position={popover.position} onClose={close} />
          ) : null}
        </div>
      </div>
      <aside className="script-aside" aria-label="Breakdown of the scene">
        <SceneElementsPanel scene={scene} />
        <SuggestionsPanel sceneId={scene.id} />
      </aside>
    </>
  );
};
