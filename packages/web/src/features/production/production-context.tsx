import { createContext, useContext } from 'react';
import type { ProductionDto } from '@greenlight/contract';
import type { Role } from '@greenlight/domain';

/** The production a tab belongs to, shared by the production layout with its tabs. */
export type ProductionScope = {
  readonly production: ProductionDto;
  readonly isSeries: boolean;
  /** The signed-in user's roles on it (empty for someone who only oversees it). */
  readonly myRoles: readonly Role[];
  readonly reload: () => void;
};

export const ProductionContext = createContext<ProductionScope | null>(null);

export const useProduction = (): ProductionScope => {
  const scope = useContext(ProductionContext);
  if (!scope) throw new Error('useProduction must be used inside a production page');
  return scope;
};
