import { useQuery } from '../../api/use-query';
import type { RuleSubjects } from './rule-subjects';

/**
 * The scenes, numbered cast and sets of the current draft, for the rules to name. Read from the breakdown
 * (sheets and element lists) rather than a board: the rules belong to the production, not to one board, and a
 * production may have no board yet.
 */
export const useRuleSubjects = (productionId: string): RuleSubjects => {
  const lists = useQuery(`element-lists:${productionId}`, (client) =>
    client.call('elementLists', { params: { productionId } }),
  );
  const sheets = useQuery(`breakdown-sheets:${productionId}`, (client) =>
    client.call('breakdownSheets', { params: { productionId } }),
  );
  return {
    scenes: (sheets.data?.sheets ?? []).map((sheet) => ({
      id: sheet.sceneId,
      number: sheet.sceneNumber,
      heading: sheet.heading,
      set: sheet.set,
      eighths: sheet.eighths,
      pages: sheet.pages,
    })),
    cast: (lists.data?.cast ?? [])
      .flatMap((c) => (c.castNumber === null ? [] : [{ castNumber: c.castNumber, name: c.name }]))
      .sort((a, b) => a.castNumber - b.castNumber),
    sets: (lists.data?.sets ?? []).map((set) => ({
      name: set.name,
      sceneNumbers: set.sceneNumbers,
    })),
    loading: lists.loading || sheets.loading,
    error: lists.error ?? sheets.error,
    reload: () => {
      lists.reload();
      sheets.reload();
    },
  };
};
