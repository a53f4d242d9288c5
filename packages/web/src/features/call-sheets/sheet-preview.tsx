import type { CallSheetDto } from '@greenlight/contract';
import { formatEighths } from '@greenlight/domain';
import { formatCalendarDate, formatLongDate } from '../../ui/format-time';
import { clockOf, DOOD_STATUS_LABELS, formatDaylight, sceneHeading } from './sheet-format';

type SheetPreviewProps = { readonly sheet: CallSheetDto; readonly unsaved: boolean };

/** The call sheet as it will print, from the built sheet (with unsaved values laid over it while typing). */
export const SheetPreview = ({ sheet, unsaved }: SheetPreviewProps) => (
  <section className="cs-preview-wrap" aria-label="Preview of the call sheet">
    <div className="cs-preview-bar">
      <span className="cs-preview-bar__title">Preview</span>
      {unsaved ? (
        <span className="cs-unsaved" data-testid="preview-unsaved">
          Unsaved changes — sunrise, sunset and map links update when saved
        </span>
      ) : (
        <span className="muted">As saved</span>
      )}
    </div>
    <article className="cs-sheet" data-testid="call-sheet-preview" data-unsaved={unsaved}>
      <header className="cs-sheet__header">
        <div className="cs-sheet__title">
          <p className="cs-sheet__production">{sheet.productionTitle}</p>
          <p className="cs-sheet__kind">Call sheet</p>
          <p>
            <strong>
              Day {sheet.dayNumber} of {sheet.totalDays}
            </strong>{' '}
            · {formatLongDate(sheet.date)}
          </p>
        </div>
        <div className="cs-sheet__call">
          <span className="cs-sheet__call-label">Crew call</span>
          <span className="cs-sheet__call-time" data-testid="preview-crew-call">
            {sheet.generalCrewCall}
          </span>
          <span className="cs-sheet__call-sub">
            Shooting call{' '}
            <strong data-testid="preview-shooting-call">{sheet.shootingCall ?? '—'}</strong>
          </span>
        </div>
        <dl className="cs-sheet__facts">
          <SunFacts sun={sheet.sun} />
          <div>
            <dt>Weather</dt>
            <dd>{sheet.weather || '—'}</dd>
          </div>
          <div>
            <dt>Pages</dt>
            <dd>{formatEighths(sheet.eighths)}</dd>
          </div>
        </dl>
      </header>

      <div className="cs-sheet__places">
        <div>
          <h4>Locations</h4>
          {sheet.locations.length === 0 ? <p className="muted">None entered.</p> : null}
          <ol className="cs-sheet__locations">
            {sheet.locations.map((location, i) => (
              <li key={i}>
                <strong>{location.name || '(no name)'}</strong>
                {location.sets.length > 0 ? (
                  <span className="cs-sheet__sets"> — {location.sets.join(', ')}</span>
                ) : null}
                {location.address ? <div>{location.address}</div> : null}
                {location.parking ? (
                  <div className="cs-sheet__small">Parking: {location.parking}</div>
                ) : null}
                {location.mapLink ? (
                  <a
                    href={location.mapLink}
                    target="_blank"
                    rel="noreferrer"
                    className="cs-sheet__small"
                  >
                    Map
                  </a>
                ) : null}
              </li>
            ))}
          </ol>
        </div>
        <div className="cs-sheet__hospital">
          <h4>Nearest hospital</h4>
          {sheet.nearestHospital === null ? (
            <p className="muted">None entered.</p>
          ) : (
            <p>
              <strong>{sheet.nearestHospital.name}</strong>
              {sheet.nearestHospital.address ? <br /> : null}
              {sheet.nearestHospital.address}
              {sheet.nearestHospital.phone ? <br /> : null}
              {sheet.nearestHospital.phone}
            </p>
          )}
        </div>
      </div>

      <h4>Scenes</h4>
      <ScenesTable scenes={sheet.scenes} />

      <h4>Cast</h4>
      {sheet.cast.length === 0 ? (
        <p className="muted">No cast this day.</p>
      ) : (
        <table className="cs-sheet__table" data-testid="preview-cast">
          <thead>
            <tr>
              <th>#</th>
              <th>Character</th>
              <th>Cast</th>
              <th>Status</th>
              <th>Pick-up</th>
              <th>H&amp;MU</th>
              <th>Ward.</th>
              <th>On set</th>
              <th>Note</th>
            </tr>
          </thead>
          <tbody>
            {sheet.cast.map((member) => (
              <tr key={member.castNumber}>
                <td>{member.castNumber}</td>
                <td>{member.character}</td>
                <td>{member.performer ?? <span className="muted">—</span>}</td>
                <td>
                  <abbr className="cs-dood" title={DOOD_STATUS_LABELS[member.status]}>
                    {member.status === 'holiday' ? '/' : member.status}
                  </abbr>
                </td>
                <td>{member.pickup ?? ''}</td>
                <td>{member.hairMakeup ?? ''}</td>
                <td>{member.wardrobe ?? ''}</td>
                <td>
                  <strong>{member.onSet}</strong>
                </td>
                <td>{member.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {sheet.background.length === 0 ? null : (
        <>
          <h4>Background</h4>
          <table className="cs-sheet__table">
            <tbody>
              {sheet.background.map((group, i) => (
                <tr key={i}>
                  <td>{group.description}</td>
                  <td className="cs-num">{group.count}</td>
                  <td>{group.call}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      <h4>Crew calls</h4>
      {sheet.crewCalls.length === 0 ? (
        <p className="muted">Everyone at the general crew call ({sheet.generalCrewCall}).</p>
      ) : (
        <table className="cs-sheet__table cs-sheet__crew" data-testid="preview-crew">
          <tbody>
            {sheet.crewCalls.map((crew, i) => (
              <tr key={i}>
                <td className="cs-sheet__dept">
                  {/* Said once per department, as the crew list on a printed sheet is grouped. */}
                  {sheet.crewCalls[i - 1]?.department === crew.department ? '' : crew.department}
                </td>
                <td>{crew.position}</td>
                <td>{crew.name}</td>
                <td className={crew.call === null ? 'muted' : undefined}>
                  {crew.call ?? sheet.generalCrewCall}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {sheet.notes ? (
        <>
          <h4>Notes</h4>
          <p className="cs-sheet__text">{sheet.notes}</p>
        </>
      ) : null}
      {sheet.safety ? (
        <div className="cs-sheet__safety">
          <h4>Safety</h4>
          <p className="cs-sheet__text">{sheet.safety}</p>
        </div>
      ) : null}

      <h4>Advance schedule</h4>
      {sheet.advance.length === 0 ? (
        <p className="muted">The last day of the shoot: nothing after it.</p>
      ) : (
        sheet.advance.map((next) => (
          <div key={next.date} className="cs-sheet__advance">
            <p className="cs-sheet__advance-day">
              Day {next.dayNumber} · {formatCalendarDate(next.date)} · {formatEighths(next.eighths)}{' '}
              pages
            </p>
            <ScenesTable scenes={next.scenes} />
          </div>
        ))
      )}
    </article>
  </section>
);

const SunFacts = ({ sun }: { readonly sun: CallSheetDto['sun'] }) => {
  if (sun === null)
    return (
      <div>
        <dt>Sun</dt>
        <dd className="muted">Place a location to see sunrise</dd>
      </div>
    );
  if (sun.kind !== 'rises-and-sets')
    return (
      <div>
        <dt>Sun</dt>
        <dd>{sun.kind === 'midnight-sun' ? 'Midnight sun' : 'Polar night'}</dd>
      </div>
    );
  return (
    <>
      <div>
        <dt>Sunrise</dt>
        <dd data-testid="preview-sunrise">{clockOf(sun.sunrise)}</dd>
      </div>
      <div>
        <dt>Sunset</dt>
        <dd>
          {clockOf(sun.sunset)}{' '}
          <span className="cs-sheet__small muted">
            ({formatDaylight(sun.daylightMinutes)} light)
          </span>
        </dd>
      </div>
    </>
  );
};

const ScenesTable = ({ scenes }: { readonly scenes: CallSheetDto['scenes'] }) =>
  scenes.length === 0 ? (
    <p className="muted">No scenes scheduled.</p>
  ) : (
    <table className="cs-sheet__table">
      <thead>
        <tr>
          <th>Sc.</th>
          <th>Set</th>
          <th>Pages</th>
          <th>Cast</th>
        </tr>
      </thead>
      <tbody>
        {scenes.map((scene) => (
          <tr key={scene.sceneId}>
            <td>
              <strong>{scene.number}</strong>
            </td>
            <td>
              {sceneHeading(scene)}
              {scene.description ? (
                <div className="cs-sheet__small">{scene.description}</div>
              ) : null}
            </td>
            <td className="cs-num">{formatEighths(scene.eighths)}</td>
            <td>{scene.castNumbers.join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
