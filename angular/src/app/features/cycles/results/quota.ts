import type { QuotaPoolDto } from '../../../proxy/models';

export type QuotaState = 'room' | 'full' | 'over';

/** Room left under the excellent cap: "full" means the next move up will be refused by the server. */
export function quotaState(pool: Pick<QuotaPoolDto, 'excellent' | 'cap'>): QuotaState {
  return pool.excellent < pool.cap ? 'room' : pool.excellent === pool.cap ? 'full' : 'over';
}

/** The pool a community's results count in: its own, or the street's when it pools (or the quota is per street). */
export function poolOf(pools: readonly QuotaPoolDto[], communityId: string): QuotaPoolDto | undefined {
  return pools.find(p => p.pool === communityId) ?? pools.find(p => p.pool === 'street');
}
