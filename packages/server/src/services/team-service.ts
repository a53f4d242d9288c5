import type {
  AddTeamMemberRequest,
  AssignmentDto,
  OrgChartDto,
  OrgChartNodeDto,
  TeamDto,
} from '@greenlight/contract';
import {
  buildOrgChart,
  hiringActionForRole,
  roleLabel,
  validateReportingLine,
  type ActionId,
  type Assignment,
  type AssignmentId,
  type MinorUnits,
  type OrgChartNode,
  type PersonId,
  type ProductionId,
} from '@greenlight/domain';
import { takeAction, type TakeActionResult } from './take-action.js';
import { mustFind, readOnly, type ServiceContext } from './service-context.js';

export const toAssignmentDto = (a: Assignment): AssignmentDto => ({
  id: a.id,
  productionId: a.productionId,
  personId: a.personId,
  role: a.role,
  department: a.department,
  reportsTo: a.reportsTo,
});

export const team = async (
  context: ServiceContext,
  productionId: ProductionId,
): Promise<TeamDto> => {
  const repos = readOnly(context.deps);
  const production = mustFind(await repos.productions.get(productionId), 'production');
  const [assignments, people, logins] = await Promise.all([
    repos.assignments.listByProduction(productionId),
    repos.people.listByProduction(productionId),
    repos.users.personIdsWithLogin(productionId),
  ]);
  const byId = new Map(people.map((p) => [p.id, p]));
  const isSeries = production.kind === 'series';
  return {
    members: assignments.map((a) => {
      const person = mustFind(byId.get(a.personId), 'person');
      return {
        ...toAssignmentDto(a),
        person: { id: person.id, name: person.name, email: person.email },
        roleLabel: roleLabel(a.role, isSeries),
        hasLogin: logins.has(a.personId),
      };
    }),
  };
};

/** A hire: allowed, routed for approval or refused by the hiring action that matches the role. */
export const addTeamMember = async (
  context: ServiceContext,
  productionId: ProductionId,
  input: AddTeamMemberRequest,
  declare: (action: ActionId) => unknown,
): Promise<TakeActionResult> => {
  const action = hiringActionForRole(input.role);
  declare(action);
  const repos = readOnly(context.deps);
  let name = input.name ?? null;
  if (input.personId !== undefined) {
    name = mustFind(await repos.people.get(input.personId as PersonId), 'person').name;
  }
  return takeAction(context, {
    productionId,
    action,
    amount: input.fee as MinorUnits,
    ...(input.department === undefined ? {} : { department: input.department }),
    summary: `Bring ${name ?? 'someone'} on as ${input.role.replaceAll('-', ' ')}${input.department ? ` (${input.department})` : ''}`,
    buildEffect: async () => ({
      kind: 'add-team-member',
      personId: input.personId ?? null,
      name,
      email: input.email ?? null,
      role: input.role,
      department: input.department ?? null,
    }),
  });
};

export const setReportsTo = async (
  context: ServiceContext,
  productionId: ProductionId,
  assignmentId: AssignmentId,
  reportsTo: AssignmentId | null,
): Promise<TakeActionResult> =>
  takeAction(context, {
    productionId,
    action: 'team.edit-reporting-lines',
    summary: 'Change a reporting line',
    buildEffect: async (repos) => {
      // Checked now so a request for an impossible line (a loop) is refused before anyone is asked.
      const checked = validateReportingLine(
        await repos.assignments.listByProduction(productionId),
        assignmentId,
        reportsTo,
      );
      if (!checked.ok) throw checked.error;
      return { kind: 'set-reports-to', assignmentId, reportsTo };
    },
  });

const toNodeDto = (node: OrgChartNode, isSeries: boolean): OrgChartNodeDto => ({
  assignmentId: node.assignment.id,
  personId: node.assignment.personId,
  name: node.person?.name ?? '',
  role: node.assignment.role,
  roleLabel: roleLabel(node.assignment.role, isSeries),
  department: node.assignment.department,
  reports: node.reports.map((r) => toNodeDto(r, isSeries)),
});

export const orgChart = async (
  context: ServiceContext,
  productionId: ProductionId,
): Promise<OrgChartDto> => {
  const repos = readOnly(context.deps);
  const production = mustFind(await repos.productions.get(productionId), 'production');
  const [assignments, people] = await Promise.all([
    repos.assignments.listByProduction(productionId),
    repos.people.listByProduction(productionId),
  ]);
  return {
    roots: buildOrgChart(assignments, people).map((n) =>
      toNodeDto(n, production.kind === 'series'),
    ),
  };
};
