import type { RaterGroupKind, ScoringProgressDto } from '../../proxy/models';

export interface CommunityScoring {
  communityId: string;
  communityName: string;
  total: number;
  submitted: number;
  percent: number;
  groups: { group: RaterGroupKind; total: number; submitted: number }[];
}

/** The server's rows (one per community and rater group) as one row per community, with its groups beside. */
export function scoringByCommunity(rows: readonly ScoringProgressDto[]): CommunityScoring[] {
  const byCommunity = new Map<string, CommunityScoring>();
  for (const r of rows) {
    const c = byCommunity.get(r.communityId) ?? { communityId: r.communityId, communityName: r.communityName, total: 0, submitted: 0, percent: 0, groups: [] };
    c.total += r.total;
    c.submitted += r.submitted;
    c.groups.push({ group: r.group, total: r.total, submitted: r.submitted });
    byCommunity.set(r.communityId, c);
  }
  return [...byCommunity.values()].map(c => ({ ...c, percent: c.total ? Math.floor((c.submitted * 100) / c.total) : 0 }));
}

/** The street's totals over every community. */
export function scoringTotals(rows: readonly CommunityScoring[]): { total: number; submitted: number; percent: number } {
  const total = rows.reduce((s, r) => s + r.total, 0);
  const submitted = rows.reduce((s, r) => s + r.submitted, 0);
  return { total, submitted, percent: total ? Math.floor((submitted * 100) / total) : 0 };
}
