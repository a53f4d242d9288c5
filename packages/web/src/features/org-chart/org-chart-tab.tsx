import type { OrgChartNodeDto } from '@greenlight/contract';
import { DEPARTMENT_LABELS, roleLabel } from '@greenlight/domain';
import { useQuery } from '../../api/use-query';
import { EmptyState } from '../../ui/feedback';
import { QueryView } from '../../ui/query-view';
import { useProduction } from '../production/production-context';

/** The reporting lines as a tree: each box is a person in a role, with the people who report to them below. */
export const OrgChartTab = () => {
  const { production } = useProduction();
  const chart = useQuery(`org-chart:${production.id}`, (client) =>
    client.call('orgChart', { params: { productionId: production.id } }),
  );
  return (
    <QueryView query={chart} loadingLabel="Loading the org chart…">
      {(data) =>
        data.roots.length === 0 ? (
          <EmptyState title="No reporting lines yet">
            <p>Add people on the Team tab; the chart follows whom they report to.</p>
          </EmptyState>
        ) : (
          <div className="org-chart" data-testid="org-chart">
            <ul className="org-chart__level" aria-label="Org chart">
              {data.roots.map((node) => (
                <OrgChartNode key={node.assignmentId} node={node} />
              ))}
            </ul>
          </div>
        )
      }
    </QueryView>
  );
};

const OrgChartNode = ({ node }: { readonly node: OrgChartNodeDto }) => {
  const { isSeries } = useProduction();
  return (
    <li className="org-chart__item">
      <div className={`org-card org-card--${node.role}`} data-testid="org-card">
        <span className="org-card__name">{node.name}</span>
        <span className="org-card__role">{roleLabel(node.role, isSeries)}</span>
        {node.department ? (
          <span className="org-card__department">{DEPARTMENT_LABELS[node.department]}</span>
        ) : null}
        {node.reports.length > 0 ? (
          <span className="org-card__count">
            {node.reports.length} direct {node.reports.length === 1 ? 'report' : 'reports'}
          </span>
        ) : null}
      </div>
      {node.reports.length > 0 ? (
        <ul className="org-chart__level" aria-label={`Reports to ${node.name}`}>
          {node.reports.map((child) => (
            <OrgChartNode key={child.assignmentId} node={child} />
          ))}
        </ul>
      ) : null}
    </li>
  );
};
