import type { RaciDto } from '@greenlight/contract';
import { roleLabel } from '@greenlight/domain';
import { useQuery } from '../../api/use-query';
import { QueryView } from '../../ui/query-view';
import { ROLE_SHORT_LABELS } from '../authority/role-short-labels';
import { useProduction } from '../production/production-context';

const LETTERS = [
  { letter: 'R', word: 'Responsible', meaning: 'does it or approves it' },
  { letter: 'A', word: 'Accountable', meaning: 'has the final word' },
  { letter: 'C', word: 'Consulted', meaning: 'asks for it' },
  { letter: 'I', word: 'Informed', meaning: 'kept in the loop' },
] as const;

const WORD: Readonly<Record<string, string>> = Object.fromEntries(
  LETTERS.map((l) => [l.letter, l.word]),
);

/** Responsible, accountable, consulted, informed: per area and role, derived from the matrix by the server. */
export const RaciTab = () => {
  const { production } = useProduction();
  const raci = useQuery(`raci:${production.id}`, (client) =>
    client.call('raci', { params: { productionId: production.id } }),
  );
  return (
    <div className="stack">
      <dl className="legend" aria-label="Legend">
        {LETTERS.map((l) => (
          <div key={l.letter}>
            <dt>
              <span className={`raci-letter raci-letter--${l.letter}`}>{l.letter}</span>
            </dt>
            <dd>
              <strong>{l.word}</strong>: {l.meaning}
            </dd>
          </div>
        ))}
      </dl>
      <QueryView query={raci} loadingLabel="Loading the RACI chart…">
        {(data) => <RaciTable data={data} />}
      </QueryView>
    </div>
  );
};

const RaciTable = ({ data }: { readonly data: RaciDto }) => {
  const { isSeries } = useProduction();
  return (
    <div className="table-wrap table-wrap--matrix">
      <table className="table matrix raci" data-testid="raci">
        <caption className="visually-hidden">RACI chart: areas by role</caption>
        <thead>
          <tr>
            <th scope="col" className="matrix__action-col">
              Area
            </th>
            {data.roles.map(({ role }) => (
              <th key={role} scope="col" className="matrix__role-col">
                <abbr title={roleLabel(role, isSeries)}>{ROLE_SHORT_LABELS[role]}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.areas.map((area) => (
            <tr key={area.area} className={`area--${area.area}`}>
              <th scope="row" className="matrix__action">
                {area.label}
              </th>
              {data.roles.map(({ role }) => {
                const letters = area.cells[role] ?? [];
                return (
                  <td key={role} className="raci__cell">
                    {letters.length === 0 ? (
                      <span className="visually-hidden">none</span>
                    ) : (
                      <span
                        aria-label={`${roleLabel(role, isSeries)}: ${letters.map((l) => WORD[l] ?? l).join(', ')}`}
                        role="img"
                      >
                        {letters.map((l) => (
                          <span
                            key={l}
                            className={`raci-letter raci-letter--${l}`}
                            aria-hidden="true"
                          >
                            {l}
                          </span>
                        ))}
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
