import { useState } from 'react';
import type { TeamMemberDto } from '@greenlight/contract';
import { DEPARTMENT_LABELS, roleLabel } from '@greenlight/domain';
import { useQuery } from '../../api/use-query';
import { EmptyState } from '../../ui/feedback';
import { QueryView } from '../../ui/query-view';
import { useProduction } from '../production/production-context';
import { AddMemberForm } from './add-member-form';
import { ReportsToEditor } from './reports-to-editor';

/** Everyone on the production, whom they report to, and the form to bring someone on. */
export const TeamTab = () => {
  const { production } = useProduction();
  const team = useQuery(`team:${production.id}`, (client) =>
    client.call('team', { params: { productionId: production.id } }),
  );
  return (
    <div className="stack">
      <QueryView query={team} loadingLabel="Loading the team…">
        {(data) => <TeamTable members={data.members} onChanged={team.reload} />}
      </QueryView>
      <AddMemberForm team={team.data?.members ?? []} onAdded={team.reload} />
    </div>
  );
};

const TeamTable = ({
  members,
  onChanged,
}: {
  readonly members: readonly TeamMemberDto[];
  readonly onChanged: () => void;
}) => {
  const { production, isSeries } = useProduction();
  const [editing, setEditing] = useState<string | null>(null);
  if (members.length === 0) return <EmptyState title="Nobody is on this production yet" />;
  const byId = new Map(members.map((m) => [m.id, m]));
  return (
    <div className="table-wrap">
      <table className="table" data-testid="team-table">
        <caption className="table-caption">
          Team{' '}
          <span className="muted">
            · {members.length} {members.length === 1 ? 'role' : 'roles'}
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Department</th>
            <th scope="col">Reports to</th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => {
            const boss = member.reportsTo ? byId.get(member.reportsTo) : undefined;
            return (
              <tr key={member.id} data-testid="team-row">
                <th scope="row">
                  <span className="row-title">{member.person.name}</span>
                  <span className="muted">
                    {member.person.email ?? 'No email'}
                    {member.hasLogin ? '' : ' · no login'}
                  </span>
                </th>
                <td>{roleLabel(member.role, isSeries)}</td>
                <td>
                  {member.department ? (
                    DEPARTMENT_LABELS[member.department]
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td>
                  {editing === member.id ? (
                    <ReportsToEditor
                      productionId={production.id}
                      member={member}
                      team={members}
                      isSeries={isSeries}
                      onCancel={() => setEditing(null)}
                      onSaved={() => {
                        setEditing(null);
                        onChanged();
                      }}
                    />
                  ) : (
                    <span className="cell-with-action">
                      <span>
                        {boss ? (
                          <>
                            {boss.person.name}{' '}
                            <span className="muted">· {roleLabel(boss.role, isSeries)}</span>
                          </>
                        ) : (
                          <span className="muted">Top of the chart</span>
                        )}
                      </span>
                      <button
                        type="button"
                        className="button button--small button--ghost"
                        onClick={() => setEditing(member.id)}
                        aria-label={`Change whom ${member.person.name} reports to`}
                        title={`Change whom ${member.person.name} (${roleLabel(member.role, isSeries)}) reports to`}
                      >
                        Change
                      </button>
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
};
